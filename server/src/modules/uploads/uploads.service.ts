import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Clock } from '../../platform/clock.js';
import type { BlobStore } from '../../platform/blob/index.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import { UploadErrors } from './uploads.errors.js';
import { ALLOWED_TYPES, CHUNK_BYTES, MAX_UPLOAD_BYTES, UPLOAD_TTL_HOURS } from './uploads.policy.js';
import * as repo from './uploads.repository.js';

/**
 * Chunked, resumable uploads: the client sends fixed-size chunks in any order
 * and retries any that failed; completion streams them, in order, into the
 * content-addressed blob store. Nothing is held in memory.
 */
export function createUploadsService(deps: { db: Db; clock: Clock; blobs: BlobStore; spoolDir: string }) {
  const { db, clock, blobs } = deps;
  const chunkFile = (id: string, index: number) => path.join(deps.spoolDir, id, String(index));

  async function create(actor: Actor, input: { purpose: string; filename: string; contentType: string; size: number }) {
    const allowed = ALLOWED_TYPES[input.purpose];
    if (!allowed?.includes(input.contentType)) throw UploadErrors.UPLOAD_TYPE_NOT_ALLOWED({ allowed });
    if (input.size > MAX_UPLOAD_BYTES) throw UploadErrors.UPLOAD_TOO_LARGE({ maxBytes: MAX_UPLOAD_BYTES });
    const now = clock.now();
    const row = await repo.insertUpload(db, {
      owner: actor.accountId,
      ...input,
      chunkSize: CHUNK_BYTES,
      chunkCount: Math.ceil(input.size / CHUNK_BYTES),
      at: now,
      expiresAt: new Date(now.getTime() + UPLOAD_TTL_HOURS * 3_600_000),
    });
    return { uploadId: row.id, chunkSize: CHUNK_BYTES, chunkCount: Math.ceil(input.size / CHUNK_BYTES) };
  }

  async function openUpload(actor: Actor, id: string) {
    const upload = await repo.findOwned(db, id, actor.accountId);
    if (!upload || upload.expires_at.getTime() < clock.now().getTime()) throw UploadErrors.UPLOAD_NOT_FOUND();
    return upload;
  }

  async function status(actor: Actor, id: string) {
    const u = await openUpload(actor, id);
    return { uploadId: u.id, size: u.size, chunkSize: u.chunk_size, chunkCount: u.chunk_count, received: u.received, status: u.status, blobKey: u.blob_key };
  }

  async function putChunk(actor: Actor, id: string, index: number, body: Readable) {
    const u = await openUpload(actor, id);
    if (u.status !== 'open') throw UploadErrors.UPLOAD_CLOSED();
    if (!Number.isInteger(index) || index < 0 || index >= u.chunk_count) throw UploadErrors.UPLOAD_CHUNK_INVALID({ index });
    const expected = index === u.chunk_count - 1 ? u.size - u.chunk_size * index : u.chunk_size;
    const target = chunkFile(id, index);
    const tmp = `${target}.part`;
    await fsp.mkdir(path.dirname(target), { recursive: true });
    let written = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _enc, done) {
        written += chunk.length;
        done(written > expected ? UploadErrors.UPLOAD_CHUNK_INVALID({ index, expectedBytes: expected }) : null, chunk);
      },
    });
    try {
      await pipeline(body, limit, fs.createWriteStream(tmp));
      if (written !== expected) throw UploadErrors.UPLOAD_CHUNK_INVALID({ index, expectedBytes: expected, receivedBytes: written });
      await fsp.rename(tmp, target);
    } catch (error) {
      await fsp.rm(tmp, { force: true });
      throw error;
    }
    return { received: await repo.markReceived(db, id, index) };
  }

  async function complete(actor: Actor, id: string) {
    const u = await openUpload(actor, id);
    if (u.status === 'complete' && u.blob_key) return { blobKey: u.blob_key, size: u.size };
    if (u.received.length !== u.chunk_count) throw UploadErrors.UPLOAD_INCOMPLETE({ missing: u.chunk_count - u.received.length });
    const chunks = Array.from({ length: u.chunk_count }, (_, i) => chunkFile(id, i));
    const joined = Readable.from(
      (async function* () {
        for (const file of chunks) yield* fs.createReadStream(file);
      })(),
    );
    const blob = await blobs.put(joined, { maxBytes: u.size });
    if (blob.size !== u.size) throw UploadErrors.UPLOAD_INCOMPLETE({ size: blob.size, expected: u.size });
    await repo.complete(db, id, blob.key);
    await fsp.rm(path.join(deps.spoolDir, id), { recursive: true, force: true });
    return { blobKey: blob.key, size: blob.size };
  }

  /** A completed upload of this account, for the module that attaches it (a lesson, a scan). */
  async function claim(actor: Actor, id: string, purpose: string) {
    const u = await repo.findOwned(db, id, actor.accountId);
    if (!u || u.status !== 'complete' || !u.blob_key || u.purpose !== purpose) throw UploadErrors.UPLOAD_NOT_FOUND();
    return { blobKey: u.blob_key, contentType: u.content_type, filename: u.filename, size: u.size };
  }

  /** Puts a file this server made (demo media, generated PDFs) straight into the store. */
  async function storeFile(filePath: string) {
    return blobs.put(fs.createReadStream(filePath));
  }

  return { create, status, putChunk, complete, claim, storeFile };
}

export type UploadsService = ReturnType<typeof createUploadsService>;
