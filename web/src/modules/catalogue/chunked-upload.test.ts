import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { CHUNK_ATTEMPTS, progressOf, uploadInChunks, type UploadTransport } from './chunked-upload';

const file = (size: number) => new Blob([new Uint8Array(size)]);
const meta = { filename: '第一讲.mp4', contentType: 'video/mp4' };

function transport(over: Partial<UploadTransport> = {}) {
  const sent: number[] = [];
  const t: UploadTransport = {
    create: vi.fn(async () => ({ uploadId: 'u1', chunkSize: 4, chunkCount: 3 })),
    status: vi.fn(async () => ({ chunkSize: 4, chunkCount: 3, received: [0] })),
    putChunk: vi.fn(async (_id: string, index: number, chunk: Blob, onBytes: (n: number) => void) => {
      onBytes(chunk.size);
      sent.push(index);
    }),
    complete: vi.fn(async () => undefined),
    sleep: vi.fn(async () => undefined),
    ...over,
  };
  return { t, sent };
}

describe('chunked upload', () => {
  it('creates the upload, sends every chunk in order with the server chunk size, then completes', async () => {
    const { t, sent } = transport();
    const progress: number[] = [];
    await expect(uploadInChunks(file(10), meta, t, { onProgress: (p) => progress.push(p.percent) })).resolves.toBe('u1');
    expect(t.create).toHaveBeenCalledWith({ filename: '第一讲.mp4', contentType: 'video/mp4', size: 10 });
    expect(sent).toEqual([0, 1, 2]);
    const sizes = vi.mocked(t.putChunk).mock.calls.map((call) => call[2].size);
    expect(sizes).toEqual([4, 4, 2]);
    expect(t.complete).toHaveBeenCalledWith('u1');
    expect(progress.at(-1)).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('retries a chunk after a network failure, waiting longer each time', async () => {
    let failures = 2;
    const { t, sent } = transport({
      putChunk: vi.fn(async (_id: string, index: number) => {
        if (index === 1 && failures-- > 0) throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器');
        sent.push(index);
      }),
    });
    await uploadInChunks(file(10), meta, t);
    expect(sent).toEqual([0, 1, 2]);
    expect(vi.mocked(t.sleep).mock.calls.map((c) => c[0])).toEqual([1000, 2000]);
  });

  it('gives up after the last attempt so the user can resume later', async () => {
    const { t } = transport({ putChunk: vi.fn(async () => Promise.reject(new ApiError(503, 'NOT_READY', '系统正在启动'))) });
    await expect(uploadInChunks(file(10), meta, t)).rejects.toMatchObject({ code: 'NOT_READY' });
    expect(t.putChunk).toHaveBeenCalledTimes(CHUNK_ATTEMPTS);
    expect(t.complete).not.toHaveBeenCalled();
  });

  it('does not retry a refusal', async () => {
    const { t } = transport({ putChunk: vi.fn(async () => Promise.reject(new ApiError(400, 'UPLOAD_CHUNK_INVALID', '分片序号或大小不正确'))) });
    await expect(uploadInChunks(file(10), meta, t)).rejects.toMatchObject({ code: 'UPLOAD_CHUNK_INVALID' });
    expect(t.putChunk).toHaveBeenCalledTimes(1);
  });

  it('resumes by sending only the chunks the server has not got', async () => {
    const { t, sent } = transport();
    const progress: number[] = [];
    await uploadInChunks(file(10), meta, t, { uploadId: 'u1', onProgress: (p) => progress.push(p.percent) });
    expect(t.create).not.toHaveBeenCalled();
    expect(sent).toEqual([1, 2]);
    expect(progress[0]).toBe(40);
  });

  it('reports whole percentages and never more than 100', () => {
    expect(progressOf(1, 3).percent).toBe(33);
    expect(progressOf(5, 3).percent).toBe(100);
    expect(progressOf(0, 0).percent).toBe(100);
  });
});
