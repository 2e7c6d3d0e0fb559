import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { CertificateContent } from './certificates.content.js';
import { infoDictOf, PDF_INFO_PAYLOAD, PDF_INFO_RECORD } from './certificates.pdf.js';
import { checkContent, readPayload, type CompactFields } from './certificates.seal.js';

/**
 * Offline verification (M25, `xunkao verify-certificate`): a PDF, a QR payload
 * or the URL a phone read from the QR, against the platform's public key only.
 * Whether a certificate was since superseded or revoked is known online only.
 */
export interface OfflineVerdict {
  valid: boolean;
  source: 'pdf' | 'payload';
  problems: string[];
  fields: CompactFields | null;
  content: CertificateContent | null;
}

const REASON_TEXT = { malformed: '格式无法识别', bad_signature: '签名与平台公钥不符（内容被改动或非本平台签发）', hash_mismatch: '内容与摘要不符（内容被改动）' } as const;

/** The payload in a verification URL (`…/verify/<number>?p=<payload>`), or the text itself. */
export function payloadFromText(text: string): string {
  try {
    return new URL(text.trim()).searchParams.get('p') ?? text.trim();
  } catch {
    return text.trim();
  }
}

export function verifyPayloadOffline(text: string, publicKeyPem: string): OfflineVerdict {
  const read = readPayload(payloadFromText(text), publicKeyPem);
  return read.ok
    ? { valid: true, source: 'payload', problems: [], fields: read.value, content: null }
    : { valid: false, source: 'payload', problems: [`二维码数据：${REASON_TEXT[read.reason]}`], fields: null, content: null };
}

export async function verifyPdfOffline(bytes: Uint8Array, publicKeyPem: string): Promise<OfflineVerdict> {
  const problems: string[] = [];
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch {
    return { valid: false, source: 'pdf', problems: ['不是可读取的 PDF 文件'], fields: null, content: null };
  }
  const info = infoDictOf(doc);
  const text = (key: string) => info.lookupMaybe(PDFName.of(key), PDFString, PDFHexString)?.decodeText() ?? null;
  const recordText = text(PDF_INFO_RECORD);
  const payloadText = text(PDF_INFO_PAYLOAD);
  if (!recordText || !payloadText) return { valid: false, source: 'pdf', problems: ['PDF 中没有训考学时证明的签名数据'], fields: null, content: null };

  let content: CertificateContent | null = null;
  try {
    const record = JSON.parse(recordText) as { content: CertificateContent; contentHash: string; signature: string };
    const checked = checkContent(record, publicKeyPem);
    if (checked.ok) content = checked.value;
    else problems.push(`证明内容：${REASON_TEXT[checked.reason]}`);
    const payload = readPayload(payloadText, publicKeyPem);
    if (!payload.ok) problems.push(`二维码数据：${REASON_TEXT[payload.reason]}`);
    else if (payload.value.n !== record.content.number || payload.value.h !== record.contentHash) problems.push('二维码数据与证明内容不属于同一份证明');
    return { valid: problems.length === 0, source: 'pdf', problems, fields: payload.ok ? payload.value : null, content };
  } catch {
    return { valid: false, source: 'pdf', problems: ['证明内容：格式无法识别'], fields: null, content: null };
  }
}
