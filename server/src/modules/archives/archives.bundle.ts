import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { canonicalJson } from '../../platform/crypto/canonical-json.js';
import { sha256Hex } from '../../platform/crypto/hash.js';
import { verifySignature, type Signer } from '../../platform/crypto/signing.js';
import { ArchiveErrors } from './archives.errors.js';

/**
 * The hand-over bundle (M26, M15): one ZIP with each learner's archive as JSON,
 * their certificates as PDFs and their face-check frames, plus `manifest.json`
 * listing every file with its SHA-256, and `manifest.sig`, the platform's
 * Ed25519 signature of the manifest. The receiver checks signature and hashes
 * before importing anything.
 */
export const BUNDLE_FORMAT = 'xunkao.archive-bundle/1';
export const MANIFEST = 'manifest.json';
export const MANIFEST_SIG = 'manifest.sig';

export interface Manifest {
  format: typeof BUNDLE_FORMAT;
  createdAt: string;
  scope: { kind: 'institution' | 'learner' | 'all'; id: string | null };
  source: { keyId: string; publicKeyPem: string };
  learners: { id: string; name: string; idNumberMasked: string; archive: string }[];
  files: { path: string; sha256: string; size: number }[];
}

const signingInput = (manifestBytes: Uint8Array) => `${BUNDLE_FORMAT}:${sha256Hex(Buffer.from(manifestBytes))}`;
/** PDFs and JPEGs are compressed already. */
const storedAsIs = (path: string) => /\.(pdf|jpg|jpeg|png)$/i.test(path);

/**
 * Writes a bundle to a stream one file at a time, so an institution's or a
 * province's archives never sit in memory whole; the manifest, with every
 * file's hash, comes last.
 */
export class BundleWriter {
  private readonly zip: Zip;
  private readonly files: Manifest['files'] = [];

  constructor(private readonly out: Writable) {
    this.zip = new Zip((error, chunk, final) => {
      if (error) return void out.destroy(error);
      out.write(chunk);
      if (final) out.end();
    });
  }

  add(path: string, bytes: Uint8Array): void {
    this.files.push({ path, sha256: sha256Hex(Buffer.from(bytes)), size: bytes.length });
    this.entry(path, bytes);
  }

  get fileCount(): number {
    return this.files.length;
  }

  /** Waits while the reader is behind (a slow download must not fill memory). */
  async drained(): Promise<void> {
    if (this.out.writableNeedDrain) await once(this.out, 'drain');
  }

  finish(meta: Omit<Manifest, 'format' | 'files' | 'source'>, signer: Signer): void {
    const manifest: Manifest = { format: BUNDLE_FORMAT, ...meta, source: { keyId: signer.keyId, publicKeyPem: signer.publicKeyPem }, files: this.files };
    const manifestBytes = new TextEncoder().encode(`${JSON.stringify(JSON.parse(canonicalJson(manifest)), null, 2)}\n`);
    this.entry(MANIFEST, manifestBytes);
    this.entry(MANIFEST_SIG, new TextEncoder().encode(signer.sign(signingInput(manifestBytes))));
    this.zip.end();
  }

  private entry(path: string, bytes: Uint8Array): void {
    const file = storedAsIs(path) ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
    this.zip.add(file);
    file.push(bytes, true);
  }
}

/** Opens a bundle only if the trusted key signed its manifest and every file matches its hash; nothing extra, nothing missing. */
export function openBundle(zip: Uint8Array, trustedPublicKeyPem: string): { manifest: Manifest; bundleHash: string; files: Map<string, Uint8Array> } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    throw ArchiveErrors.ARCHIVE_BUNDLE_INVALID();
  }
  const manifestBytes = entries[MANIFEST];
  const sig = entries[MANIFEST_SIG];
  if (!manifestBytes || !sig) throw ArchiveErrors.ARCHIVE_BUNDLE_INVALID();
  if (!verifySignature(trustedPublicKeyPem, signingInput(manifestBytes), new TextDecoder().decode(sig))) throw ArchiveErrors.ARCHIVE_BUNDLE_SIGNATURE_INVALID();
  const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as Manifest;
  if (manifest.format !== BUNDLE_FORMAT) throw ArchiveErrors.ARCHIVE_BUNDLE_INVALID();
  const files = new Map<string, Uint8Array>();
  for (const f of manifest.files) {
    const bytes = entries[f.path];
    if (!bytes || sha256Hex(Buffer.from(bytes)) !== f.sha256) throw ArchiveErrors.ARCHIVE_BUNDLE_HASH_MISMATCH({ path: f.path });
    files.set(f.path, bytes);
  }
  const extra = Object.keys(entries).filter((p) => p !== MANIFEST && p !== MANIFEST_SIG && !files.has(p));
  if (extra.length) throw ArchiveErrors.ARCHIVE_BUNDLE_HASH_MISMATCH({ path: extra[0] });
  return { manifest, bundleHash: sha256Hex(Buffer.from(manifestBytes)), files };
}
