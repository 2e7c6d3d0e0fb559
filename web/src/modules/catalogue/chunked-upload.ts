import { isApiError } from '../../api/client';

/**
 * Chunked, resumable upload of a lesson's media: create the upload (the server
 * fixes the chunk size), send the chunks one after another with retries, then
 * complete. A failed upload can be resumed: only the chunks the server has not
 * got are sent again. Transport is injected so the procedure is testable.
 */
export interface UploadTransport {
  create(file: { filename: string; contentType: string; size: number }): Promise<{ uploadId: string; chunkSize: number; chunkCount: number }>;
  status(uploadId: string): Promise<{ chunkSize: number; chunkCount: number; received: number[] }>;
  putChunk(uploadId: string, index: number, chunk: Blob, onBytes: (sent: number) => void): Promise<void>;
  complete(uploadId: string): Promise<void>;
  sleep(ms: number): Promise<void>;
}

export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
  /** 0–100, whole numbers, for antd Progress. */
  percent: number;
}

/** Tries per chunk before the upload stops and waits for the user to resume it. */
export const CHUNK_ATTEMPTS = 4;
const RETRY_BASE_MS = 1_000;

/** A chunk is retried after network trouble or a server hiccup, never after a refusal (4xx). */
export function isRetryable(error: unknown): boolean {
  if (error instanceof DOMException && error.name === 'AbortError') return false;
  return !isApiError(error) || error.status === 0 || error.status === 429 || error.status >= 500;
}

export function progressOf(sentBytes: number, totalBytes: number): UploadProgress {
  const percent = totalBytes > 0 ? Math.min(100, Math.floor((sentBytes / totalBytes) * 100)) : 100;
  return { sentBytes, totalBytes, percent };
}

export interface UploadOptions {
  /** Resume this upload instead of starting a new one. */
  uploadId?: string;
  onProgress?: (progress: UploadProgress) => void;
  /** Told the upload id as soon as it exists, so a failure can be resumed. */
  onStarted?: (uploadId: string) => void;
}

export async function uploadInChunks(
  file: Blob,
  meta: { filename: string; contentType: string },
  transport: UploadTransport,
  options: UploadOptions = {},
): Promise<string> {
  const total = file.size;
  let uploadId = options.uploadId;
  let chunkSize: number;
  let chunkCount: number;
  let received = new Set<number>();
  if (uploadId) {
    const status = await transport.status(uploadId);
    ({ chunkSize, chunkCount } = status);
    received = new Set(status.received);
  } else {
    const created = await transport.create({ ...meta, size: total });
    ({ uploadId, chunkSize, chunkCount } = created);
  }
  options.onStarted?.(uploadId);

  const sizeOf = (index: number) => Math.min(chunkSize, total - index * chunkSize);
  let done = [...received].reduce((sum, index) => sum + sizeOf(index), 0);
  options.onProgress?.(progressOf(done, total));

  for (let index = 0; index < chunkCount; index += 1) {
    if (received.has(index)) continue;
    const chunk = file.slice(index * chunkSize, index * chunkSize + sizeOf(index));
    for (let attempt = 1; ; attempt += 1) {
      try {
        await transport.putChunk(uploadId, index, chunk, (sent) => options.onProgress?.(progressOf(done + Math.min(sent, chunk.size), total)));
        break;
      } catch (error) {
        if (attempt >= CHUNK_ATTEMPTS || !isRetryable(error)) throw error;
        options.onProgress?.(progressOf(done, total));
        await transport.sleep(RETRY_BASE_MS * 2 ** (attempt - 1));
      }
    }
    done += chunk.size;
    options.onProgress?.(progressOf(done, total));
  }
  await transport.complete(uploadId);
  return uploadId;
}
