import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { applicationFor, completeHours, DEMO_INSTITUTION, DEMO_SITE, importLearners, publishedDraw, sessionAt } from '../support/exam-factories.js';
import { openClass, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** N2.4, N2.5: readiness and sealing, cameras, exam staff with avoidance, and append-only exam logs kept 3 years. */
const clock = fixedClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;
let exam: Session;
let site: Session;
let sessionId: string;

const post = (s: Session, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const put = (s: Session, url: string, payload: object) => t.app.inject({ method: 'PUT', url, headers: s.headers, payload });
const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const devices = [
  { name: '考试服务器', ip: '10.0.0.1' },
  { name: '考试机01', ip: '10.0.0.11' },
];
const checklist = { network: true, server: true, monitoring: true, computers: true, recorder: true, devices, notes: '' };

beforeAll(async () => {
  t = await startTestApp({ clock });
  [exam, site] = await Promise.all([loginAs(t, 'gz-exam'), loginAs(t, 'demo-site')]);
  sessionId = (await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SITE, '2026-12-10T01:00:00Z'))).json().sessionId;
});
afterAll(async () => {
  await t?.stop();
});

describe('readiness and sealing (N2.4)', () => {
  it('needs the checklist at least one day before the exam', async () => {
    const tomorrow = (await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SITE, '2026-11-24T01:00:00Z'))).json().sessionId;
    expect((await put(site, `/api/v1/exam-sessions/${tomorrow}/readiness`, checklist)).json().code).toBe('EXAM_READINESS_TOO_LATE');
  });

  it('is completed by the site, confirmed by the exam institution, then sealed', async () => {
    expect((await put(site, `/api/v1/exam-sessions/${sessionId}/readiness`, { ...checklist, recorder: false })).json()).toEqual({ complete: false });
    expect((await post(exam, `/api/v1/exam-sessions/${sessionId}/readiness/confirm`)).json().code).toBe('EXAM_READINESS_INCOMPLETE');
    expect((await post(site, `/api/v1/exam-sessions/${sessionId}/seal`)).json().code).toBe('EXAM_READINESS_NOT_CONFIRMED');
    expect((await put(site, `/api/v1/exam-sessions/${sessionId}/readiness`, checklist)).json()).toEqual({ complete: true });
    expect((await post(exam, `/api/v1/exam-sessions/${sessionId}/readiness/confirm`)).statusCode).toBe(204);
    expect((await post(site, `/api/v1/exam-sessions/${sessionId}/seal`)).statusCode).toBe(204);
    expect((await get(exam, `/api/v1/exam-sessions/${sessionId}`)).json().sealedAt).toBe('2026-11-23T02:00:00.000Z');
    expect((await put(site, `/api/v1/exam-sessions/${sessionId}/readiness`, checklist)).json().code).toBe('EXAM_SESSION_SEALED');
  });

  it('records a change of devices or IP addresses after sealing as a violation (N3.2 item 5)', async () => {
    expect((await post(site, `/api/v1/exam-sessions/${sessionId}/devices`, { devices: [...devices].reverse() })).json()).toEqual({ violationId: null });
    const changed = (await post(site, `/api/v1/exam-sessions/${sessionId}/devices`, { devices: [devices[0], { name: '考试机01', ip: '192.168.1.50' }] })).json();
    expect(changed.violationId).toBeTruthy();
    const v = (await get(exam, '/api/v1/exam-violations')).json().items.find((x: { id: string }) => x.id === changed.violationId);
    expect(v).toMatchObject({ kind: 'discipline', source: 'system', sessionId });
  });

  it('flags a camera not on 15 minutes before the start, or switched off before the end', async () => {
    const past = (await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SITE, '2026-11-22T01:00:00Z'))).json().sessionId;
    const events = [
      { cameraId: 'cam-1', event: 'on', at: '2026-11-22T00:40:00Z' },
      { cameraId: 'cam-2', event: 'on', at: '2026-11-22T00:50:00Z' },
      { cameraId: 'cam-1', event: 'off', at: '2026-11-22T01:30:00Z' },
      { cameraId: 'cam-3', event: 'on', at: '2026-11-22T00:44:59Z' },
      { cameraId: 'cam-3', event: 'off', at: '2026-11-22T03:00:00Z' },
    ];
    expect((await post(site, `/api/v1/exam-sessions/${past}/camera-events`, { events })).json()).toEqual({ recorded: 5 });
    expect((await get(exam, `/api/v1/exam-sessions/${past}`)).json().cameraProblems).toEqual([
      { cameraId: 'cam-1', problem: 'off_before_end' },
      { cameraId: 'cam-2', problem: 'not_on_in_time' },
    ]);
  });
});

describe('exam staff (N2.5) and avoidance (N2.4)', () => {
  let related: string;
  let unsigned: string;

  beforeAll(async () => {
    const inst = await loginAs(t, 'demo-inst');
    const { classId } = await openClass(t, inst, await publishedCourse(t, inst));
    const [learner] = await importLearners(t, inst, classId, [601]);
    await completeHours(t, classId, learner!);
    await post(inst, '/api/v1/exam-applications', applicationFor(learner!));
    await publishedDraw(t, exam, await loginAs(t, 'gz-yjj'), { sessionsFrom: '2026-12-10', sessionsTo: '2026-12-10' });
    const signed = async (staffId: string) => {
      for (const kind of ['responsibility_letter', 'confidentiality_agreement']) await post(exam, `/api/v1/exam-staff/${staffId}/documents`, { kind, title: kind, datedOn: '2026-01-01', expiresOn: '2026-12-31' });
    };
    related = (await post(exam, '/api/v1/exam-staff', { name: '王监考', duties: ['proctor'], relations: [{ institutionId: DEMO_INSTITUTION, relation: '兼职教师' }] })).json().staffId;
    unsigned = (await post(exam, '/api/v1/exam-staff', { name: '赵监考', duties: ['proctor'], relations: [] })).json().staffId;
    await signed(related);
  });

  it("keeps staff related to a candidate's training institution away from the session", async () => {
    const res = await post(exam, `/api/v1/exam-sessions/${sessionId}/staff`, { staffId: related, duty: 'proctor' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'EXAM_STAFF_AVOIDANCE', details: { institutionIds: [DEMO_INSTITUTION] } });
    const empty = (await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SITE, '2026-12-12T01:00:00Z'))).json().sessionId;
    expect((await post(exam, `/api/v1/exam-sessions/${empty}/staff`, { staffId: related, duty: 'proctor' })).statusCode).toBe(204);
  });

  it('assigns nobody without a responsibility letter and a confidentiality agreement in force', async () => {
    expect((await post(exam, `/api/v1/exam-sessions/${sessionId}/staff`, { staffId: unsigned, duty: 'patrol' })).json().code).toBe('EXAM_STAFF_AGREEMENTS_MISSING');
    await post(exam, `/api/v1/exam-staff/${unsigned}/documents`, { kind: 'responsibility_letter', title: '责任书', datedOn: '2026-01-01', expiresOn: '2026-12-01' });
    await post(exam, `/api/v1/exam-staff/${unsigned}/documents`, { kind: 'confidentiality_agreement', title: '保密协议', datedOn: '2026-01-01' });
    expect((await post(exam, `/api/v1/exam-sessions/${sessionId}/staff`, { staffId: unsigned, duty: 'patrol' })).json().code).toBe('EXAM_STAFF_AGREEMENTS_MISSING');
    const view = (await get(exam, '/api/v1/exam-staff')).json().items.find((s: { id: string }) => s.id === unsigned);
    expect(view).toMatchObject({ agreementsInForce: true });
    expect(view.expiringAgreements).toHaveLength(1);
    await post(exam, `/api/v1/exam-staff/${unsigned}/documents`, { kind: 'responsibility_letter', title: '责任书（续签）', datedOn: '2026-11-23', expiresOn: '2027-11-22' });
    expect((await post(exam, `/api/v1/exam-sessions/${sessionId}/staff`, { staffId: unsigned, duty: 'patrol' })).statusCode).toBe(204);
    expect((await get(site, `/api/v1/exam-sessions/${sessionId}/staff`)).json().items.map((s: { name: string }) => s.name)).toEqual(['赵监考']);
  });

  it('shows a proctor their own record and sessions', async () => {
    const mine = (await get(await loginAs(t, 'demo-proctor'), '/api/v1/me/exam-duties')).json();
    expect(mine.staff).toMatchObject({ name: '李四', agreementsInForce: true });
  });
});

describe('exam logs (N2.4): append-only, monthly partitions, kept at least 3 years', () => {
  const entry = (loggedAt: string) => ({ source: 'system', host: 'exam-server-1', level: 'info', message: `login ${loggedAt}`, loggedAt });

  it('stores logs from the site and shows them in scope', async () => {
    const res = await post(site, '/api/v1/exam-logs', { entries: [entry('2026-11-22T08:00:00Z'), entry('2023-01-15T08:00:00Z'), entry('2026-10-01T00:00:00Z')] });
    expect(res.json()).toEqual({ stored: 3 });
    expect((await get(exam, '/api/v1/exam-logs')).json().total).toBe(3);
    expect((await get(await loginAs(t, 'sz-yjj'), '/api/v1/exam-logs')).json().total).toBe(0);
  });

  it('refuses update, delete and truncate, on the table and on each monthly partition', async () => {
    const db = t.database.db;
    await expect(sql`update exam_logs set message = 'x'`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`delete from exam_logs`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`delete from exam_logs_202611`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`truncate exam_logs`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`truncate exam_logs_202611`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`update exam_camera_events set event = 'on'`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`delete from exam_violations`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
  });

  it('has a retention job that refuses to drop anything younger than 3 years and drops only older months', async () => {
    await expect(t.services.exams.logs.dropExpired('2026-01-01')).rejects.toMatchObject({ code: 'EXAM_LOG_RETENTION' });
    await expect(t.services.exams.logs.dropExpired('2023-12-01')).rejects.toMatchObject({ code: 'EXAM_LOG_RETENTION' });
    expect(await t.services.exams.logs.dropExpired()).toEqual({ dropped: ['2023-01-01'] });
    expect((await get(exam, '/api/v1/exam-logs')).json().items.map((l: { loggedAt: string }) => l.loggedAt)).toEqual(['2026-11-22T08:00:00.000Z', '2026-10-01T00:00:00.000Z']);
  });
});
