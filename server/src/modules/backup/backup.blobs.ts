import fsp from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { BackupErrors } from './backup.errors.js';
import { sha256File } from './backup.manifest.js';

/** The content-addressed layout `ab/cd/<sha256>`; `tmp/` and `spool/` hold unfinished uploads, not blobs. */
const SHARD = /^[0-9a-f]{2}$/;

/** Relative paths of every stored blob. */
export async function listBlobs(blobDir: string): Promise<string[]> {
  const out: string[] = [];
  const shards = await fsp.readdir(blobDir).catch(() => [] as string[]);
  for (const a of shards.filter((s) => SHARD.test(s)).sort()) {
    for (const b of (await fsp.readdir(path.join(blobDir, a))).sort()) {
      for (const key of (await fsp.readdir(path.join(blobDir, a, b))).sort()) out.push(path.join(a, b, key));
    }
  }
  return out;
}

/**
 * Archives the blobs (gzip tar). Blobs are immutable and written before any
 * row names them, so archiving after the database dump captures every blob
 * the dump refers to; a few newer ones are harmless.
 */
export async function archiveBlobs(blobDir: string, file: string): Promise<number> {
  const blobs = await listBlobs(blobDir);
  if (blobs.length === 0) return 0;
  await tar.create({ gzip: true, file, cwd: blobDir, portable: true }, blobs);
  return blobs.length;
}

/** Extracts the archive and checks that every blob still hashes to its own name. */
export async function extractBlobs(file: string, blobDir: string): Promise<number> {
  await fsp.mkdir(blobDir, { recursive: true });
  await tar.extract({ file, cwd: blobDir, strict: true });
  const blobs = await listBlobs(blobDir);
  for (const rel of blobs) {
    if ((await sha256File(path.join(blobDir, rel))) !== path.basename(rel)) throw BackupErrors.BACKUP_BLOB_CORRUPT({ blob: path.basename(rel) });
  }
  return blobs.length;
}
