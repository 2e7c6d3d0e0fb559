import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobTooLargeError, createS3BlobStore, parseBlobUrl, type BlobStore } from '../../src/platform/blob/index.js';
import { startS3Server, type S3Server } from '../support/s3-server.js';
import { loginAs, startTestApp, type TestApp } from '../support/test-app.js';

/** DESIGN §1: blobs on S3-compatible storage, selected with BLOB_URL, against a real S3-protocol server. */
let s3: S3Server;
const caches: string[] = [];
const freshStore = (): BlobStore => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-blob-cache-'));
  caches.push(dir);
  return createS3BlobStore(parseBlobUrl(s3.blobUrl), dir);
};
const read = (stream: Readable) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });

beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
  for (const dir of caches) fs.rmSync(dir, { recursive: true, force: true });
});

describe('S3-compatible blob store', () => {
  const bytes = Buffer.from('第一讲 安全用电 '.repeat(500));
  const key = createHash('sha256').update(bytes).digest('hex');

  it('stores by content address; another replica with an empty cache reads it whole, by range and as a local file', async () => {
    expect(await freshStore().put(Readable.from([bytes]))).toEqual({ key, size: bytes.length });
    const other = freshStore();
    expect(await other.stat(key)).toEqual({ key, size: bytes.length });
    expect((await read(other.open(key))).equals(bytes)).toBe(true);
    expect((await read(other.open(key, { start: 10, end: 29 }))).equals(bytes.subarray(10, 30))).toBe(true);
    expect(fs.readFileSync(await other.localPath(key)).equals(bytes)).toBe(true);
  });

  it('answers null for an unknown key and refuses a blob over the limit', async () => {
    const store = freshStore();
    expect(await store.stat('0'.repeat(64))).toBeNull();
    await expect(store.put(Readable.from([bytes]), { maxBytes: 100 })).rejects.toBeInstanceOf(BlobTooLargeError);
  });

  it('reads the location from BLOB_URL', () => {
    expect(parseBlobUrl('s3://AK:SK@xunkao-media/prod/?endpoint=https%3A%2F%2Foss-cn-guangzhou.aliyuncs.com&region=cn-guangzhou')).toEqual({
      bucket: 'xunkao-media',
      prefix: 'prod/',
      endpoint: 'https://oss-cn-guangzhou.aliyuncs.com',
      region: 'cn-guangzhou',
      forcePathStyle: false,
      credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
    });
  });
});

describe('the platform with BLOB_URL', () => {
  let t: TestApp;
  afterAll(async () => {
    await t?.stop();
  });

  it("keeps a learner's enrolment photo in the bucket", async () => {
    t = await startTestApp({ env: { BLOB_URL: s3.blobUrl } });
    const learner = await loginAs(t, '440106199001011235');
    const photo = fs.readFileSync(fileURLToPath(new URL('../fixtures/faces/person-a-webcam.jpg', import.meta.url)));
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/me/face/enrolment', headers: learner.headers, payload: { images: [photo.toString('base64')] } });
    expect(res.statusCode).toBe(201);
    const { photo_blob_key: stored } = await t.database.db.selectFrom('face_enrolments').select('photo_blob_key').executeTakeFirstOrThrow();
    expect((await read(freshStore().open(stored))).equals(photo)).toBe(true);
  });
});
