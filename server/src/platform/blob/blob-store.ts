import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

/**
 * Content-addressed blob storage (DESIGN §1): a blob's key is the SHA-256 of
 * its bytes, so what was uploaded, reviewed and played is provably the same
 * file, and duplicates cost nothing. Local folder by default; an S3-compatible
 * store implements the same interface (issue: operations).
 */
export interface BlobInfo {
  key: string;
  size: number;
}

export interface ByteRange {
  start: number;
  end: number;
}

export interface BlobStore {
  /** Streams `source` into the store; never holds the whole file in memory. */
  put(source: Readable, options?: { maxBytes?: number }): Promise<BlobInfo>;
  open(key: string, range?: ByteRange): Readable;
  stat(key: string): Promise<BlobInfo | null>;
  /** A local file path with the blob's bytes, for tools such as ffprobe. */
  localPath(key: string): Promise<string>;
}

export class BlobTooLargeError extends Error {
  override name = 'BlobTooLargeError';
}

const KEY = /^[0-9a-f]{64}$/;

export function createLocalBlobStore(root: string): BlobStore {
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`invalid blob key ${key}`);
    return path.join(root, key.slice(0, 2), key.slice(2, 4), key);
  };

  return {
    async put(source, options = {}) {
      const tmpDir = path.join(root, 'tmp');
      await fsp.mkdir(tmpDir, { recursive: true });
      const tmp = path.join(tmpDir, randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (options.maxBytes !== undefined && size > options.maxBytes) return done(new BlobTooLargeError(`blob exceeds ${options.maxBytes} bytes`));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, meter, fs.createWriteStream(tmp, { flags: 'wx' }));
        const key = hash.digest('hex');
        const target = fileOf(key);
        await fsp.mkdir(path.dirname(target), { recursive: true });
        await fsp.rename(tmp, target);
        return { key, size };
      } catch (error) {
        await fsp.rm(tmp, { force: true });
        throw error;
      }
    },
    open(key, range) {
      return fs.createReadStream(fileOf(key), range ? { start: range.start, end: range.end } : {});
    },
    async stat(key) {
      try {
        const s = await fsp.stat(fileOf(key));
        return { key, size: s.size };
      } catch {
        return null;
      }
    },
    async localPath(key) {
      return fileOf(key);
    },
  };
}
