import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_BYTES } from '../../src/modules/uploads/index.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** Chunked, resumable uploads streamed into the content-addressed blob store. */
let t: TestApp;
let inst: Session;

beforeAll(async () => {
  t = await startTestApp();
  inst = await loginAs(t, 'demo-inst');
});
afterAll(async () => {
  await t?.stop();
});

const create = (s: Session, size: number, contentType = 'video/mp4') =>
  t.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: s.headers, payload: { purpose: 'lesson-media', filename: 'lesson.mp4', contentType, size } });
const putChunk = (s: Session, id: string, index: number, body: Buffer) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/uploads/${id}/chunks/${index}`, headers: { ...s.headers, 'content-type': 'application/octet-stream' }, payload: body });

describe('chunked uploads', () => {
  it('accepts chunks in any order, resumes after a failure, and stores the file by its SHA-256', async () => {
    const file = randomBytes(CHUNK_BYTES * 2 + 1234);
    const created = await create(inst, file.length);
    expect(created.statusCode).toBe(201);
    const { uploadId, chunkCount } = created.json();
    expect(chunkCount).toBe(3);
    const chunk = (i: number) => file.subarray(i * CHUNK_BYTES, Math.min((i + 1) * CHUNK_BYTES, file.length));

    expect((await putChunk(inst, uploadId, 2, chunk(2))).json().received).toEqual([2]);
    // A chunk cut short by a dropped connection is refused and can be sent again.
    const short = await putChunk(inst, uploadId, 0, chunk(0).subarray(0, 1000));
    expect(short.json().code).toBe('UPLOAD_CHUNK_INVALID');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/uploads/${uploadId}/complete`, headers: inst.headers })).json().code).toBe('UPLOAD_INCOMPLETE');
    const status = (await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${uploadId}`, headers: inst.headers })).json();
    expect(status.received).toEqual([2]);
    await putChunk(inst, uploadId, 0, chunk(0));
    expect((await putChunk(inst, uploadId, 1, chunk(1))).json().received).toEqual([0, 1, 2]);

    const done = await t.app.inject({ method: 'POST', url: `/api/v1/uploads/${uploadId}/complete`, headers: inst.headers });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ blobKey: createHash('sha256').update(file).digest('hex'), size: file.length });
    expect((await putChunk(inst, uploadId, 0, chunk(0))).json().code).toBe('UPLOAD_CLOSED');
  });

  it('refuses files over 2 GB and types that are not lesson media', async () => {
    expect((await create(inst, 3 * 1024 ** 3)).json().code).toBe('UPLOAD_TOO_LARGE');
    expect((await create(inst, 100, 'application/x-msdownload')).json().code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
  });

  it("another account cannot see or write someone's upload (404)", async () => {
    const { uploadId } = (await create(inst, 10)).json();
    const other = await loginAs(t, 'gz-yjj');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${uploadId}`, headers: other.headers })).statusCode).toBe(403);
    const signup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/institutions/signup',
      payload: {
        institution: { name: '另一家机构', creditCode: '524401003000000108', address: '广州市越秀区1号', regionCode: '440104', legalRepresentative: '甲', contactName: '乙', contactPhone: '020-11111111' },
        admin: { username: 'other-inst', displayName: '乙', password: 'Other2026' },
      },
    });
    expect(signup.statusCode).toBe(201);
    const otherInst = await loginAs(t, 'other-inst', 'Other2026');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${uploadId}`, headers: otherInst.headers })).statusCode).toBe(404);
    expect((await putChunk(otherInst, uploadId, 0, randomBytes(10))).statusCode).toBe(404);
  });
});
