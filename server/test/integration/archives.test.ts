import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { createSigner } from '../../src/platform/crypto/signing.js';
import { createLocalBlobStore } from '../../src/platform/blob/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { createArchivesService } from '../../src/modules/archives/index.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/index.js';
import { runCli } from '../support/cli.js';
import { faceFrame, priorCredit, studyAndConfirm } from '../support/completion.js';
import { openClass, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** M26 and M28: the learner's archive, who may open it (and that they did), and the hand-over bundle. */
const clock = fixedClock(new Date('2026-11-26T01:00:00Z'));
const ME = faceFrame('person-a-webcam-variant.jpg');
const OPERATOR = { ...SYSTEM_ACTOR, role: 'operator:test' };

let t: TestApp;
let receiver: TestApp | null = null;
let learner: Session;
let inst: Session;
let learnerId: string;
let classId: string;
let institutionId: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-archives-'));

const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
const viewsOf = async (id: string) =>
  t.database.db.selectFrom('audit_log').select(['actor_account_id', 'actor_role', 'digest']).where('action', '=', 'archive.viewed').where('target_id', '=', id).orderBy('id').execute();

beforeAll(async () => {
  t = await startTestApp({ clock });
  inst = await loginAs(t, 'demo-inst');
  const courseId = await publishedCourse(t, inst);
  ({ classId } = await openClass(t, inst, courseId));
  const detail = (await get(`/api/v1/classes/${classId}`, inst)).json();
  const code = detail.code;
  institutionId = detail.institutionId;
  const lessonId = (await get(`/api/v1/courses/${courseId}`, inst)).json().lessons[0].id;
  learner = await loginAs(t, '440106199001011235');
  learnerId = (await get('/api/v1/me', learner)).json().account.id;
  await t.app.inject({ method: 'POST', url: '/api/v1/me/enrolments', headers: learner.headers, payload: { code } });
  await t.app.inject({ method: 'POST', url: '/api/v1/me/face/enrolment', headers: learner.headers, payload: { images: [faceFrame('person-a-webcam.jpg')] } });
  await priorCredit(t, { learnerId, classId, courseId, shortBy: 150, at: new Date('2026-11-20T02:00:00Z') });
  await studyAndConfirm(t, learner, { classId, lessonId, beats: 10, advance: clock.advance, image: ME });
  clock.advance(60_000);
  await studyAndConfirm(t, learner, { classId, lessonId, beats: 4, advance: clock.advance, image: ME });
});
afterAll(async () => {
  await t?.stop();
  await receiver?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the learner electronic archive (M26)', () => {
  it('shows the learner everything, recorded as it happened, without auditing their own views', async () => {
    const archive = (await get('/api/v1/me/archive', learner)).json();
    expect(archive.learner).toMatchObject({ name: '张三', idNumberMasked: '4401**********1235' });
    expect(archive.classes).toHaveLength(1);
    expect(archive.classes[0]).toMatchObject({ name: '低压电工初训班', institutionName: '广州市安培职业培训学校（演示）', standing: { totalStudyHours: 148, requiredStudyHours: 148, complete: true } });
    expect(archive.certificates).toHaveLength(1);
    expect(archive.faceChecks.map((c: { purpose: string }) => c.purpose)).toEqual(['enrolment', 'lesson_start', 'lesson_random', 'lesson_start', 'lesson_random']);
    expect(archive.sessionCount).toBe(2);
    expect(await viewsOf(learnerId)).toEqual([]);
  });

  it('lists every lesson with its times, duration and credit, a page at a time', async () => {
    const first = (await get('/api/v1/me/archive/sessions?limit=1', learner)).json();
    expect(first.items).toHaveLength(1);
    expect(first.items[0]).toMatchObject({ lessonTitle: '第一讲', courseTitle: '低压电工作业', status: 'ended', durationSeconds: 60, creditedSeconds: 0 });
    const second = (await get(`/api/v1/me/archive/sessions?limit=1&cursor=${first.nextCursor}`, learner)).json();
    expect(second.items[0]).toMatchObject({ durationSeconds: 150, creditedSeconds: 150 });
    expect(second.nextCursor).toBeNull();
  });

  it("leaves an audit entry each time the institution opens a learner's archive (M28)", async () => {
    const res = await get(`/api/v1/learners/${learnerId}/archive`, inst);
    expect(res.statusCode).toBe(200);
    expect(res.json().classes[0].standing.complete).toBe(true);
    await get(`/api/v1/learners/${learnerId}/archive/sessions`, inst);
    const views = await viewsOf(learnerId);
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({ actor_role: 'institution_admin', actor_account_id: (await get('/api/v1/me', inst)).json().account.id });
  });

  it('shows the evidence frame of a face check, audited', async () => {
    const check = (await get('/api/v1/me/archive', learner)).json().faceChecks.find((c: { purpose: string }) => c.purpose === 'lesson_random');
    const res = await get(`/api/v1/learners/${learnerId}/archive/face-checks/${check.id}/frame`, inst);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.rawPayload.equals(Buffer.from(ME, 'base64'))).toBe(true);
    expect((await viewsOf(learnerId)).map((v) => v.actor_role)).toHaveLength(3);
  });

  it('is open to an exam institution for its candidates once the exams module says so', async () => {
    const exam = await loginAs(t, 'gz-exam');
    const examActor = (await t.services.identity.resolveSession(decodeURIComponent(exam.cookie.split(';')[0]!.split('=')[1]!)))!;
    const withCandidates = createArchivesService({
      db: t.database.db,
      clock,
      audit: t.services.audit,
      blobs: createLocalBlobStore(path.join(t.dataDir, 'blobs')),
      signer: createSigner(loadConfig({ NODE_ENV: 'test' }).secrets.signingKey),
      certificates: t.services.certificates,
      isCandidateOf: async (q) => q.learnerId === learnerId,
    });
    const archive = await withCandidates.view(examActor, learnerId, null);
    expect(archive.classes).toHaveLength(1);
    expect((await viewsOf(learnerId)).at(-1)).toMatchObject({ actor_role: 'exam_admin' });
  });

  it('is open to regulators of the region and to the exam institution he applied to, and closed to everyone else (404, no existence leak)', async () => {
    expect((await get(`/api/v1/learners/${learnerId}/archive`, await loginAs(t, 'gz-yjj'))).statusCode).toBe(200);
    // The institution is in Tianhe and the class in its own city: the county bureau supervises it too (M29).
    expect((await get(`/api/v1/learners/${learnerId}/archive`, await loginAs(t, 'th-yjj'))).statusCode).toBe(200);
    // The demo data has 张三 applying for the exam in Guangzhou: gz-exam sees his archive through the exams module (M26).
    expect((await get(`/api/v1/learners/${learnerId}/archive`, await loginAs(t, 'gz-exam'))).statusCode).toBe(200);
    expect((await get(`/api/v1/learners/${learnerId}/archive`, await loginAs(t, 'sz-yjj'))).json().code).toBe('ARCHIVE_NOT_FOUND');
    expect((await get(`/api/v1/learners/${learnerId}/archive`, await loginAs(t, 'platform'))).statusCode).toBe(403);
    expect((await get('/api/v1/archives?name=张', inst)).json().items.map((l: { name: string }) => l.name)).toEqual(['张三']);
    expect((await get('/api/v1/archives', await loginAs(t, 'sz-yjj'))).json().items).toEqual([]);
  });
});

describe('hand-over of archives (M26, M15)', () => {
  let bundle: Uint8Array;

  it("lets the institution download its learners' archives as a signed bundle", async () => {
    const res = await get('/api/v1/archives/export', inst);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString());
    expect(manifest.learners.map((l: { name: string }) => l.name)).toEqual(['张三']);
    expect(Object.keys(files).filter((p) => p.endsWith('.pdf'))).toHaveLength(1);
    expect(Object.keys(files).filter((p) => p.includes('/evidence/'))).toHaveLength(5);
    const exported = await t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'archive.exported').execute();
    expect(exported).toHaveLength(1);
  });

  it('round-trips into another instance with nothing lost', async () => {
    const out = new PassThrough();
    const bytes = buffer(out);
    await t.services.archives.exportBundle({ kind: 'learner', id: learnerId }, OPERATOR, out);
    bundle = new Uint8Array(await bytes);
    const sent = unzipSync(bundle);
    receiver = await startTestApp();
    const publicKey = t.services.certificates.publicKey().publicKeyPem;
    expect(await receiver.services.archives.importBundle(bundle, publicKey, OPERATOR)).toMatchObject({ learners: 1, imported: 1 });
    const [got] = await receiver.services.archives.imported();
    expect(got!.archive).toEqual(JSON.parse(Buffer.from(sent[`learners/${learnerId}/archive.json`]!).toString()));
    expect((got!.archive as { sessions: unknown[] }).sessions).toHaveLength(2);
    const sentFiles = Object.keys(sent).filter((p) => p.startsWith('learners/')).sort();
    expect(got!.files.map((f) => f.path)).toEqual(sentFiles);
    for (const f of got!.files) expect(Buffer.from(f.bytes).equals(Buffer.from(sent[f.path]!))).toBe(true);
    expect(await receiver.services.archives.importBundle(bundle, publicKey, OPERATOR)).toMatchObject({ imported: 0, alreadyImported: 1 });
  });

  it('refuses a bundle signed by another key or with a changed file', async () => {
    const stranger = createSigner(randomBytes(32)).publicKeyPem;
    await expect(receiver!.services.archives.importBundle(bundle, stranger, OPERATOR)).rejects.toMatchObject({ code: 'ARCHIVE_BUNDLE_SIGNATURE_INVALID' });
    const files = unzipSync(bundle);
    const archivePath = `learners/${learnerId}/archive.json`;
    files[archivePath] = Buffer.from(Buffer.from(files[archivePath]!).toString().replace('"totalStudyHours": 148', '"totalStudyHours": 200'));
    const publicKey = t.services.certificates.publicKey().publicKeyPem;
    await expect(receiver!.services.archives.importBundle(zipSync(files), publicKey, OPERATOR)).rejects.toMatchObject({ code: 'ARCHIVE_BUNDLE_HASH_MISMATCH', details: { path: archivePath } });
  });

  it('works from the command line: export-archive on one side, import-archive on the other', async () => {
    const out = path.join(tmp, 'bundle.zip');
    const keyFile = path.join(tmp, 'platform.pem');
    fs.writeFileSync(keyFile, t.services.certificates.publicKey().publicKeyPem);
    // One process per embedded data directory: stop the servers first.
    await t.close();
    await receiver!.close();
    const exported = runCli(['export-archive', '--institution', institutionId, '--out', out], t.cliEnv);
    expect(exported.stdout).toContain('已导出 1 名学员');
    expect(exported.code).toBe(0);
    const imported = runCli(['import-archive', out, '--public-key', keyFile], receiver!.cliEnv);
    expect(imported.stdout).toContain('签名与摘要核验通过');
    expect(imported.code).toBe(0);
  });
});

