import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface S3Server {
  /** A BLOB_URL for the platform, with s3rver's fixed test credentials. */
  blobUrl: string;
  stop(): Promise<void>;
}

/**
 * An S3-compatible server on loopback (s3rver from the npm registry: the S3 REST
 * protocol with signature checks, objects in a folder), one bucket per test file.
 */
export async function startS3Server(bucket = 'xunkao'): Promise<S3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    blobUrl: `s3://S3RVER:S3RVER@${bucket}/media/?endpoint=${encodeURIComponent(`http://127.0.0.1:${port}`)}&path-style=1`,
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
