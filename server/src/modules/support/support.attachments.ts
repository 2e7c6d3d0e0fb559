import { Readable } from 'node:stream';
import type { BlobStore } from '../../platform/blob/index.js';
import type { SupportAttachment } from '../../platform/db/schema.js';
import { SupportErrors } from './support.errors.js';
import { MAX_ATTACHMENT_BYTES, type AttachmentInput } from './support.schemas.js';

/** The first bytes each allowed type must start with: the declared type is not trusted. */
const MAGIC: Record<AttachmentInput['contentType'], Buffer> = {
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  'application/pdf': Buffer.from('%PDF'),
};

/** Checks and stores a ticket's attachments in the blob store (content-addressed, like course media). */
export async function storeAttachments(blobs: BlobStore, inputs: AttachmentInput[] = []): Promise<SupportAttachment[]> {
  const decoded = inputs.map((a) => ({ ...a, bytes: Buffer.from(a.dataBase64, 'base64') }));
  for (const a of decoded) {
    if (a.bytes.length === 0 || a.bytes.length > MAX_ATTACHMENT_BYTES || !a.bytes.subarray(0, MAGIC[a.contentType].length).equals(MAGIC[a.contentType])) {
      throw SupportErrors.ATTACHMENT_INVALID({ filename: a.filename });
    }
  }
  const stored: SupportAttachment[] = [];
  for (const a of decoded) {
    const { key, size } = await blobs.put(Readable.from([a.bytes]));
    stored.push({ blobKey: key, filename: a.filename, contentType: a.contentType, size });
  }
  return stored;
}
