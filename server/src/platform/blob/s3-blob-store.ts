import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createLocalBlobStore, type BlobStore } from './blob-store.js';

/**
 * The same content-addressed store on S3-compatible object storage (DESIGN §1:
 * media behind a CDN, any number of replicas). Objects are immutable and named
 * by their SHA-256, so a local copy is never stale: BLOB_DIR becomes a cache
 * that tools such as ffprobe read, and that can be emptied at any time.
 */
export interface S3Location {
  bucket: string;
  prefix: string;
  endpoint: string | undefined;
  region: string;
  forcePathStyle: boolean;
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
}

/** `s3://KEY:SECRET@bucket/prefix/?endpoint=http://host:port&region=cn-south-1&path-style=1`; without KEY:SECRET the SDK's usual credential chain applies. */
export function parseBlobUrl(blobUrl: string): S3Location {
  const url = new URL(blobUrl);
  if (url.protocol !== 's3:' || !url.hostname) throw new Error('BLOB_URL must look like s3://bucket/prefix');
  const prefix = decodeURIComponent(url.pathname.replace(/^\//, ''));
  return {
    bucket: url.hostname,
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
    endpoint: url.searchParams.get('endpoint') ?? undefined,
    region: url.searchParams.get('region') ?? 'us-east-1',
    forcePathStyle: url.searchParams.get('path-style') === '1',
    credentials: url.username ? { accessKeyId: decodeURIComponent(url.username), secretAccessKey: decodeURIComponent(url.password) } : undefined,
  };
}

export function createS3BlobStore(location: S3Location, cacheDir: string): BlobStore {
  const client = new S3Client({
    region: location.region,
    endpoint: location.endpoint,
    forcePathStyle: location.forcePathStyle,
    credentials: location.credentials,
    // Plain PUT/GET: many S3-compatible servers do not take the newer streaming checksum encoding.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const cache = createLocalBlobStore(cacheDir);
  const objectKey = (key: string) => `${location.prefix}${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`;

  async function head(key: string): Promise<number | null> {
    try {
      const res = await client.send(new HeadObjectCommand({ Bucket: location.bucket, Key: objectKey(key) }));
      return res.ContentLength ?? 0;
    } catch (error) {
      if (error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async function get(key: string, range?: { start: number; end: number }): Promise<Readable> {
    const res = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: objectKey(key), ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }));
    return res.Body as Readable;
  }

  return {
    async put(source, options) {
      // Hash while spooling to the cache: the key is known only at the end of the stream.
      const info = await cache.put(source, options);
      if ((await head(info.key)) === null) {
        const file = await cache.localPath(info.key);
        await client.send(new PutObjectCommand({ Bucket: location.bucket, Key: objectKey(info.key), Body: fs.createReadStream(file), ContentLength: info.size, ContentType: 'application/octet-stream' }));
      }
      return info;
    },
    open(key, range) {
      const out = new PassThrough();
      void (async () => {
        if (await cache.stat(key)) return cache.open(key, range);
        return get(key, range);
      })().then(
        (stream) => stream.on('error', (e) => out.destroy(e)).pipe(out),
        (error: Error) => out.destroy(error),
      );
      return out;
    },
    async stat(key) {
      const cached = await cache.stat(key);
      if (cached) return cached;
      const size = await head(key);
      return size === null ? null : { key, size };
    },
    async localPath(key) {
      if (!(await cache.stat(key))) await cache.put(await get(key));
      return cache.localPath(key);
    },
  };
}
