import type { AttachmentInput } from './types';

/** Mirrors the server's rule (M10 desk): JPG, PNG or PDF, ≤ 2 MB each, at most 3. */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
export const MAX_ATTACHMENTS = 3;
const TYPES: readonly AttachmentInput['contentType'][] = ['image/jpeg', 'image/png', 'application/pdf'];

export type AttachmentProblem = { kind: 'type' | 'size'; name: string } | { kind: 'count' };

/** Why a set of chosen files cannot be sent, or null. Pure, so the rule is tested without a browser. */
export function attachmentProblem(files: readonly { name: string; type: string; size: number }[]): AttachmentProblem | null {
  if (files.length > MAX_ATTACHMENTS) return { kind: 'count' };
  for (const f of files) {
    if (!TYPES.includes(f.type as AttachmentInput['contentType'])) return { kind: 'type', name: f.name };
    if (f.size > MAX_ATTACHMENT_BYTES) return { kind: 'size', name: f.name };
  }
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function toAttachment(file: File): Promise<AttachmentInput> {
  return { filename: file.name, contentType: file.type as AttachmentInput['contentType'], dataBase64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}
