import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClass, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** M24 face enrolment and checks with the built-in engine on real face photos (test/fixtures/faces/README.md). */
const frame = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/faces/${name}`, import.meta.url))).toString('base64');
let t: TestApp;
let zhang: Session;

beforeAll(async () => {
  t = await startTestApp();
  zhang = await loginAs(t, '440106199001011235');
  const inst = await loginAs(t, 'demo-inst');
  const { code } = await openClass(t, inst, await publishedCourse(t, inst));
  await t.app.inject({ method: 'POST', url: '/api/v1/me/enrolments', headers: zhang.headers, payload: { code } });
});
afterAll(async () => {
  await t?.stop();
});

const post = (s: Session | null, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: s?.headers ?? {}, payload });

describe('face enrolment and checks (M24)', () => {
  it('refuses an enrolment frame with no face or two faces, with the reason in plain words', async () => {
    const none = await post(zhang, '/api/v1/me/face/enrolment', { images: [frame('no-face.jpg')] });
    expect(none.json()).toMatchObject({ code: 'FACE_REJECTED', details: { decision: 'NO_FACE', reason: expect.stringContaining('摄像头') } });
    const two = await post(zhang, '/api/v1/me/face/enrolment', { images: [frame('two-faces.jpg')] });
    expect(two.json().details.decision).toBe('MULTIPLE_FACES');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/face', headers: zhang.headers })).json().enrolled).toBe(false);
  });

  it('enrols a live face and keeps the template sealed', async () => {
    const res = await post(zhang, '/api/v1/me/face/enrolment', { images: [frame('person-a-webcam.jpg')] });
    expect(res.statusCode).toBe(201);
    const row = await t.database.db.selectFrom('face_enrolments').selectAll().executeTakeFirstOrThrow();
    expect(row.template_enc.startsWith('v1.')).toBe(true);
    expect(row.template_enc).not.toMatch(/\d\.\d{4}/);
  });

  it("refuses to replace the enrolled face with someone else's", async () => {
    const res = await post(zhang, '/api/v1/me/face/enrolment', { images: [frame('person-b.jpg')] });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'FACE_REENROL_DENIED', details: { decision: 'MISMATCH' } });
    expect(await t.database.db.selectFrom('face_enrolments').select('id').execute()).toHaveLength(1);
  });

  it('verifies the same person (MATCH) and refuses another person (MISMATCH); each check is evidence', async () => {
    const same = (await post(zhang, '/api/v1/me/face/checks', { image: frame('person-a-webcam-variant.jpg'), nextFrame: frame('person-a-webcam-next.jpg') })).json();
    expect(same).toMatchObject({ decision: 'MATCH', passed: true });
    const other = (await post(zhang, '/api/v1/me/face/checks', { image: frame('person-b.jpg'), nextFrame: frame('person-b.jpg') })).json();
    expect(other).toMatchObject({ decision: 'MISMATCH', passed: false });
    const checks = await t.database.db.selectFrom('face_checks').select(['purpose', 'decision', 'photo_blob_key']).where('purpose', '=', 'self_test').execute();
    expect(checks.map((c) => c.decision)).toEqual(['MATCH', 'MISMATCH']);
    expect(checks.every((c) => c.photo_blob_key)).toBe(true);
    await expect(sql`delete from face_checks`.execute(t.database.db)).rejects.toThrow(/APPEND_ONLY/);
  });

  it('resets a forgotten password by a fresh face match only', async () => {
    const wrong = await post(null, '/api/v1/auth/password-reset/face', { idNumber: '440106199001011235', image: frame('person-c.jpg'), nextFrame: frame('person-c.jpg'), newPassword: 'Reset2026a' });
    expect(wrong.json().code).toBe('FACE_RESET_FAILED');
    const ok = await post(null, '/api/v1/auth/password-reset/face', { idNumber: '440106199001011235', image: frame('person-a-webcam-variant.jpg'), nextFrame: frame('person-a-webcam-next.jpg'), newPassword: 'Reset2026a' });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: zhang.headers })).statusCode).toBe(401);
    zhang = await loginAs(t, '440106199001011235', 'Reset2026a');
  });

  it('the same face under a second ID number raises a signal for the institution and its regulators only', async () => {
    const reg = await post(null, '/api/v1/learners/register', {
      name: '代学者',
      idNumber: '11010519491231002X',
      employerName: '某公司',
      employerCreditCode: '91440101MA5AQ7K11T',
      jobCategory: '电工',
      password: 'Proxy2026',
    });
    expect(reg.statusCode).toBe(201);
    const proxy = await loginAs(t, '11010519491231002X', 'Proxy2026');
    expect((await post(proxy, '/api/v1/me/face/enrolment', { images: [frame('person-a-webcam-variant.jpg')] })).statusCode).toBe(201);
    const proxyId = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: proxy.headers })).json().account.id;
    const matches = await t.services.faces.findDuplicates(proxyId);
    expect(matches).toHaveLength(1);

    const seen = async (username: string) => (await t.app.inject({ method: 'GET', url: '/api/v1/integrity/signals', headers: (await loginAs(t, username)).headers })).json().items;
    for (const who of ['th-yjj', 'gz-yjj', 'gd-yjt', 'demo-inst']) expect(await seen(who), who).toEqual([expect.objectContaining({ kind: 'shared_face', accountIds: expect.arrayContaining([proxyId]) })]);
    expect(await seen('sz-yjj')).toEqual([]);
  });
});
