import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/index.js';
import { runCli } from '../support/cli.js';
import { faceFrame, priorCredit, studyAndConfirm } from '../support/completion.js';
import { openClass, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** M25 end to end: a certificate the moment the ledger completes the class, verifiable by anyone, never edited. */
const clock = fixedClock(new Date('2026-11-26T01:00:00Z'));
const ME = faceFrame('person-a-webcam-variant.jpg');

let t: TestApp;
let learner: Session;
let inst: Session;
let classId: string;
let courseId: string;
let lessonId: string;
let learnerId: string;
let number: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-certs-'));

const get = (url: string, s?: Session) => t.app.inject({ method: 'GET', url, headers: s?.headers ?? {} });
const post = (url: string, payload: object, s: Session) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const verifyPage = (n: string, p?: string) => get(`/api/v1/public/certificates/${n}${p ? `?p=${p}` : ''}`);

beforeAll(async () => {
  t = await startTestApp({ clock });
  inst = await loginAs(t, 'demo-inst');
  courseId = await publishedCourse(t, inst);
  ({ classId } = await openClass(t, inst, courseId));
  const code = (await get(`/api/v1/classes/${classId}`, inst)).json().code;
  lessonId = (await get(`/api/v1/courses/${courseId}`, inst)).json().lessons[0].id;
  learner = await loginAs(t, '440106199001011235');
  learnerId = (await get('/api/v1/me', learner)).json().account.id;
  await post('/api/v1/me/enrolments', { code }, learner);
  await post('/api/v1/me/face/enrolment', { images: [faceFrame('person-a-webcam.jpg')] }, learner);
  await priorCredit(t, { learnerId, classId, courseId, shortBy: 150, at: new Date('2026-11-20T02:00:00Z') });
});
afterAll(async () => {
  await t?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('hour certificates (M25)', () => {
  it('are not issued while the class still lacks hours', async () => {
    expect(await t.services.certificates.issueMissing()).toEqual([]);
    expect((await get('/api/v1/me/certificates', learner)).json().items).toEqual([]);
  });

  it('are issued the moment a confirmed credit completes the class', async () => {
    const confirmed = await studyAndConfirm(t, learner, { classId, lessonId, beats: 10, advance: clock.advance, image: ME });
    expect(confirmed).toBe(150);
    const items = (await get('/api/v1/me/certificates', learner)).json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ version: 1, status: 'valid', learnerName: '张三', idNumberMasked: '4401**********1235', totalStudyHours: 148 });
    number = items[0].number;
    expect(number).toMatch(/^XK-2026-4401-\d{6}-1$/);
    // 结业: the enrolment is completed with the certificate.
    const mine = (await get('/api/v1/me/classes', learner)).json().items.find((c: { id: string }) => c.id === classId);
    expect(mine.status).toBe('completed');
  });

  it('are issued by the catch-up job for a class completed while real-time issuing missed it', async () => {
    const other = await t.services.identity.createLearnerAccount({ idNumber: withCheckDigit('44010619850505001'), name: '李四', password: 'Lisi@2026x' }, SYSTEM_ACTOR);
    await t.database.db.insertInto('enrolments').values({ class_id: classId, learner_account_id: other, joined_via: 'import', status: 'active', joined_at: clock.now() }).execute();
    await priorCredit(t, { learnerId: other, classId, courseId, shortBy: 0, at: new Date('2026-11-21T02:00:00Z') });
    const issued = await t.services.certificates.issueMissing();
    expect(issued).toHaveLength(1);
    expect((await verifyPage(issued[0]!)).json()).toMatchObject({ status: 'valid', learnerName: '李四', totalStudyHours: 148 });
  });

  it('are issued once: the catch-up job finds nothing more to issue', async () => {
    expect(await t.services.certificates.issueMissing()).toEqual([]);
    expect(await t.services.certificates.issueIfComplete({ learnerId, classId })).toBeNull();
    const rows = await t.database.db.selectFrom('certificates').select('number').where('learner_account_id', '=', learnerId).execute();
    expect(rows).toHaveLength(1);
  });

  it('show anyone the full content and status, with a valid signature', async () => {
    const res = await verifyPage(number);
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v).toMatchObject({ number, status: 'valid', signatureValid: true, revocation: null, supersededBy: null });
    expect(v.content).toMatchObject({
      learner: { name: '张三', idNumberMasked: '4401**********1235' },
      training: { trainingType: 'initial', categoryName: expect.stringContaining('低压电工') },
      institution: { name: '广州市安培职业培训学校（演示）' },
      hours: { totalStudyHours: 148, countedOnlineSeconds: 70 * 2700, offlineSeconds: 78 * 2700 },
      tests: [],
    });
    expect(v.content.hours.courses.map((c: { title: string }) => c.title)).toEqual(['低压电工作业', '面授及实际操作']);
    const key = (await get('/api/v1/public/certificates/public-key')).json();
    expect(key).toMatchObject({ algorithm: 'Ed25519', keyId: v.keyId, publicKeyPem: expect.stringContaining('BEGIN PUBLIC KEY') });
  });

  it('answer an unknown or malformed number with 404 or 400', async () => {
    expect((await verifyPage('XK-2026-4401-999999-1')).json().code).toBe('CERTIFICATE_NOT_FOUND');
    expect((await verifyPage('not-a-number')).statusCode).toBe(400);
  });

  it('print as an A4 PDF whose QR payload and signed record verify offline', async () => {
    const res = await get(`/api/v1/certificates/${number}/pdf`, learner);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    const file = path.join(tmp, 'certificate.pdf');
    fs.writeFileSync(file, pdf);
    const ok = runCli(['verify-certificate', file], t.cliEnv);
    expect(ok.stdout).toContain('签名有效');
    expect(ok.stdout).toContain(number);
    expect(ok.code).toBe(0);
  });

  it('fail offline verification when the PDF content or the QR payload is tampered with', async () => {
    const pdf = (await get(`/api/v1/certificates/${number}/pdf`, learner)).rawPayload;
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const info = doc.context.lookup(doc.context.trailerInfo.Info) as unknown as { get(k: PDFName): PDFHexString; set(k: PDFName, v: PDFHexString): void };
    const record = JSON.parse(info.get(PDFName.of('XunkaoCertificate')).decodeText());
    record.content.hours.totalStudyHours = 200;
    info.set(PDFName.of('XunkaoCertificate'), PDFHexString.fromText(JSON.stringify(record)));
    const tamperedFile = path.join(tmp, 'tampered.pdf');
    fs.writeFileSync(tamperedFile, await doc.save());
    const bad = runCli(['verify-certificate', tamperedFile], t.cliEnv);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('内容与摘要不符');

    const payload = info.get(PDFName.of('XunkaoPayload')).decodeText();
    const [prefix, body, sig] = payload.split('.');
    const fields = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const forged = `${prefix}.${Buffer.from(JSON.stringify({ ...fields, hrs: 200 })).toString('base64url')}.${sig}`;
    const res = runCli(['verify-certificate', forged], t.cliEnv);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('签名与平台公钥不符');
    expect((await verifyPage(number, forged)).json().payloadMatches).toBe(false);
    expect((await verifyPage(number, payload)).json().payloadMatches).toBe(true);
    expect(runCli(['verify-certificate', `http://127.0.0.1:3000/verify/${number}?p=${payload}`], t.cliEnv).code).toBe(0);
  });

  it('cannot be updated or deleted in the database (M16)', async () => {
    const { db } = t.database;
    await expect(sql`update certificates set content_hash = 'x'`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`delete from certificates`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
  });

  it('are seen only by the learner, the institution and the regulators supervising the class (M29)', async () => {
    expect((await get(`/api/v1/certificates/${number}/pdf`, inst)).statusCode).toBe(200);
    // The demo institution is in 天河区: its county bureau supervises the class, and Guangzhou over it.
    for (const who of ['th-yjj', 'gz-yjj']) {
      const bureau = await loginAs(t, who);
      expect((await get(`/api/v1/certificates/${number}/pdf`, bureau)).statusCode, who).toBe(200);
      expect((await get(`/api/v1/classes/${classId}/certificates`, bureau)).json().items, who).toHaveLength(2);
    }
    const sz = await loginAs(t, 'sz-yjj');
    expect((await get(`/api/v1/certificates/${number}/pdf`, sz)).json().code).toBe('CERTIFICATE_NOT_FOUND');
    expect((await get(`/api/v1/classes/${classId}/certificates`, sz)).statusCode).toBe(404);
    expect((await get(`/api/v1/classes/${classId}/certificates`, inst)).json().items.map((c: { learnerName: string }) => c.learnerName)).toEqual(['张三', '李四']);
  });

  it('reissue as a new version that supersedes the old one, which stays as it was', async () => {
    const before = (await verifyPage(number)).json();
    const res = await post(`/api/v1/certificates/${number}/reissue`, { reason: '学员姓名更正后重新出具' }, inst);
    expect(res.statusCode).toBe(201);
    const second = res.json().number as string;
    expect(second).toBe(number.replace(/-1$/, '-2'));
    const old = (await verifyPage(number)).json();
    expect(old).toMatchObject({ status: 'superseded', supersededBy: second, signatureValid: true });
    expect(old.content).toEqual(before.content);
    expect((await verifyPage(second)).json()).toMatchObject({ status: 'valid', version: 2, supersedes: number, content: { supersedes: number } });
    expect((await post(`/api/v1/certificates/${number}/reissue`, { reason: '再次' }, inst)).json().code).toBe('CERTIFICATE_NOT_CURRENT');
    number = second;
  });

  it('revoke by a new record with reason and actor; the public page shows revoked with the reason', async () => {
    expect((await post(`/api/v1/certificates/${number}/revoke`, { reason: ' ' }, inst)).statusCode).toBe(400);
    const reason = { reason: '检查发现学时记录存在代学行为（M30）' };
    expect((await post(`/api/v1/certificates/${number}/revoke`, reason, await loginAs(t, 'sz-yjj'))).json().code).toBe('CERTIFICATE_NOT_FOUND');
    // M29: the county bureau supervising the class revokes; Guangzhou still finds it (already revoked).
    const res = await post(`/api/v1/certificates/${number}/revoke`, reason, await loginAs(t, 'th-yjj'));
    expect(res.json()).toEqual({ number, status: 'revoked' });
    const v = (await verifyPage(number)).json();
    expect(v).toMatchObject({ status: 'revoked', revocation: { reason: '检查发现学时记录存在代学行为（M30）' }, signatureValid: true });
    const record = await t.database.db.selectFrom('certificate_revocations').selectAll().executeTakeFirstOrThrow();
    expect(record).toMatchObject({ revoked_role: 'regulator', reason: '检查发现学时记录存在代学行为（M30）' });
    const series = number.replace(/-\d+$/, '-%');
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'target_id']).where('action', 'like', 'certificate.%').where('target_id', 'like', series).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['certificate.issued', 'certificate.reissued', 'certificate.revoked']);
    expect((await post(`/api/v1/certificates/${number}/revoke`, { reason: '重复' }, await loginAs(t, 'gz-yjj'))).json().code).toBe('CERTIFICATE_NOT_CURRENT');
    await expect(sql`delete from certificate_revocations`.execute(t.database.db)).rejects.toThrow(/APPEND_ONLY/);
  });

  it('limit public verification to 30 requests a minute per address', async () => {
    const answers = [];
    for (let i = 0; i < 31; i++) answers.push((await get('/api/v1/public/certificates/public-key')).statusCode);
    expect(answers.filter((s) => s === 200).length).toBeLessThanOrEqual(30);
    expect(answers.at(-1)).toBe(429);
  });
});

/** GB 11643: the 18th character of an ID number from the first 17. */
function withCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}
