import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { approvedTeacher, enrolledLearner, openClass } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * Offline classroom hours and corrections (M19, M16; issue 6 item 5): the
 * institution records a session with its approved teacher and a sign-in list;
 * learners present are credited up to the planned face-to-face hours; any
 * correction takes effect only when the region's regulator approves it.
 */
const clock = fixedClock(new Date('2026-11-27T10:00:00Z'));
const frame = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/faces/${name}`, import.meta.url))).toString('base64');
/** The smallest PNG there is: a signature image stands in for the learner's handwriting. */
const SIGNATURE = Buffer.concat([Buffer.from([0x89]), Buffer.from('PNG\r\n\x1a\n'), Buffer.alloc(120, 1)]).toString('base64');

let t: TestApp;
let inst: Session;
let learner: Session;
let learnerId: string;
let classId: string;
let courseId: string;
let teacherId: string;

const post = (s: Session, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const session = (over: object = {}) => ({
  kind: 'theory',
  courseId: null,
  teacherId,
  topic: '触电急救实训讲解',
  place: '天河区中山大道西1号 3楼教室',
  startsAt: '2026-11-27T01:00:00Z',
  endsAt: '2026-11-27T04:00:00Z',
  signIns: [{ learnerId, method: 'signature', image: SIGNATURE }],
  ...over,
});
const offline = async () => (await get(learner, '/api/v1/me/hours')).json().items.find((i: { classId: string }) => i.classId === classId)?.offlineSeconds ?? 0;
const sessionsCount = async () => Number((await t.database.db.selectFrom('classroom_sessions').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await startTestApp({ clock });
  ({ inst, learner, classId, courseId } = await enrolledLearner(t, frame('person-a-webcam.jpg')));
  learnerId = (await get(learner, '/api/v1/me')).json().account.id;
  teacherId = await approvedTeacher(t, inst);
});
afterAll(async () => {
  await t?.stop();
});

describe('offline classroom hours (M19)', () => {
  it('credits each signed-in learner the length of the session, in the ledger and on the hours page, audited', async () => {
    const res = await post(inst, `/api/v1/classes/${classId}/classroom-sessions`, session());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ seconds: 3 * 3600, credited: [{ learnerId, seconds: 3 * 3600 }] });
    expect(await offline()).toBe(3 * 3600);
    const ledger = await t.database.db.selectFrom('hour_ledger').selectAll().where('kind', '=', 'offline').execute();
    expect(ledger).toHaveLength(1);
    expect(ledger[0]!.evidence).toMatchObject({ signIn: 'signature', teacherId, kind: 'theory' });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'classroom.recorded').execute();
    expect(audit).toHaveLength(1);
    const listed = (await get(inst, `/api/v1/classes/${classId}/classroom-sessions`)).json().items;
    expect(listed[0]).toMatchObject({ topic: '触电急救实训讲解', signIns: [{ learnerId, method: 'signature', seconds: 10800 }] });
  });

  it('never credits beyond the planned face-to-face theory hours of the class (18 学时)', async () => {
    const res = await post(inst, `/api/v1/classes/${classId}/classroom-sessions`, session({ startsAt: '2026-11-26T00:00:00Z', endsAt: '2026-11-26T08:00:00Z' }));
    expect(res.json().credited[0].seconds).toBe(8 * 3600);
    const third = await post(inst, `/api/v1/classes/${classId}/classroom-sessions`, session({ startsAt: '2026-11-25T00:00:00Z', endsAt: '2026-11-25T08:00:00Z' }));
    expect(third.json().credited[0].seconds).toBe(18 * 2700 - 11 * 3600);
    expect(await offline()).toBe(18 * 2700);
  });

  it('refuses an unapproved teacher, a future or over-long session, a stranger on the list and a non-image signature', async () => {
    const before = await sessionsCount();
    const cases: [object, number, string][] = [
      [{ teacherId: '00000000-0000-4000-8000-000000000000' }, 422, 'CLASSROOM_TEACHER_NOT_APPROVED'],
      [{ startsAt: '2026-11-27T09:00:00Z', endsAt: '2026-11-27T11:00:00Z' }, 400, 'CLASSROOM_PERIOD_INVALID'],
      [{ startsAt: '2026-11-24T00:00:00Z', endsAt: '2026-11-24T09:00:00Z' }, 400, 'CLASSROOM_PERIOD_INVALID'],
      [{ signIns: [{ learnerId: teacherId, method: 'signature', image: SIGNATURE }] }, 422, 'CLASSROOM_LEARNER_NOT_ENROLLED'],
      [{ signIns: [{ learnerId, method: 'signature', image: Buffer.alloc(200, 7).toString('base64') }] }, 400, 'CLASSROOM_SIGNATURE_INVALID'],
    ];
    for (const [over, status, code] of cases) {
      const res = await post(inst, `/api/v1/classes/${classId}/classroom-sessions`, session(over));
      expect([res.statusCode, res.json().code]).toEqual([status, code]);
    }
    expect(await sessionsCount()).toBe(before);
  });

  it("a stranger's face at the sign-in sends the whole list back and saves nothing (M24)", async () => {
    const before = await sessionsCount();
    const res = await post(inst, `/api/v1/classes/${classId}/classroom-sessions`, session({ kind: 'practical', signIns: [{ learnerId, method: 'face', image: frame('person-b.jpg') }] }));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'CLASSROOM_SIGN_IN_FAILED', details: { learnerId, decision: 'MISMATCH' } });
    expect(await sessionsCount()).toBe(before);
    const own = await post(inst, `/api/v1/classes/${classId}/classroom-sessions`, session({ kind: 'practical', signIns: [{ learnerId, method: 'face', image: frame('person-a-webcam-variant.jpg') }] }));
    expect(own.statusCode).toBe(201);
  });

  it('only the class institution records its sessions', async () => {
    const res = await post(await loginAs(t, 'gz-yjj'), `/api/v1/classes/${classId}/classroom-sessions`, session());
    expect(res.statusCode).toBe(403);
  });

  it('sessions and sign-ins cannot be changed or deleted', async () => {
    const db = t.database.db;
    await expect(sql`update classroom_sessions set topic = 'x'`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`delete from classroom_sign_ins`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
  });
});

describe('hour corrections (M16): requested by the institution, approved by the regulator', () => {
  let correctionId: string;

  it('a request changes nothing until approved; another city cannot decide; the city approves once', async () => {
    const before = await offline();
    const req = await post(inst, `/api/v1/classes/${classId}/hour-corrections`, { learnerId, target: 'offline', seconds: -1800, reason: '11月25日面授提前半小时结束，签到表误记' });
    expect(req.statusCode).toBe(201);
    correctionId = req.json().correctionId;
    expect(await offline()).toBe(before);

    const gz = await loginAs(t, 'gz-yjj');
    const pending = (await get(gz, '/api/v1/hour-corrections?status=pending')).json();
    expect(pending).toMatchObject({ total: 1, items: [{ id: correctionId, learnerName: '张三', seconds: -1800 }] });
    expect((await get(await loginAs(t, 'sz-yjj'), '/api/v1/hour-corrections')).json().total).toBe(0);
    expect((await post(await loginAs(t, 'sz-yjj'), `/api/v1/hour-corrections/${correctionId}/decision`, { approve: true, note: null })).statusCode).toBe(404);

    const ok = await post(gz, `/api/v1/hour-corrections/${correctionId}/decision`, { approve: true, note: '已核对签到表' });
    expect(ok.json()).toEqual({ status: 'approved' });
    expect(await offline()).toBe(before - 1800);
    const row = await t.database.db.selectFrom('hour_ledger').selectAll().where('kind', '=', 'correction').executeTakeFirstOrThrow();
    const gzId = (await get(gz, '/api/v1/me')).json().account.id;
    expect(row).toMatchObject({ seconds: -1800, reason: '11月25日面授提前半小时结束，签到表误记', approved_by: gzId });
    expect((await post(gz, `/api/v1/hour-corrections/${correctionId}/decision`, { approve: false, note: '重复' })).json().code).toBe('CORRECTION_DECIDED');
  });

  it('refuses an approval that would take online hours below zero', async () => {
    const req = await post(inst, `/api/v1/classes/${classId}/hour-corrections`, { learnerId, target: 'online', seconds: -600, reason: '误记网络学时' });
    const res = await post(await loginAs(t, 'gz-yjj'), `/api/v1/hour-corrections/${req.json().correctionId}/decision`, { approve: true, note: null });
    expect(res.json()).toMatchObject({ code: 'CORRECTION_OUT_OF_RANGE', details: { heldSeconds: 0 } });
  });

  it('narrow to one class on request, within the caller\'s scope (a class page lists its own)', async () => {
    const other = (await openClass(t, inst, courseId)).classId;
    await t.database.db.insertInto('enrolments').values({ class_id: other, learner_account_id: learnerId, joined_via: 'import', status: 'active', joined_at: clock.now() }).execute();
    const req = await post(inst, `/api/v1/classes/${other}/hour-corrections`, { learnerId, target: 'offline', seconds: 600, reason: '补记11月26日面授签到' });
    expect(req.statusCode).toBe(201);
    const list = async (s: Session, query: string) => (await get(s, `/api/v1/hour-corrections?${query}`)).json();
    expect((await list(inst, 'pageSize=100')).total).toBe(3);
    const first = await list(inst, `classId=${classId}`);
    expect(first.total).toBe(2);
    expect(first.items.every((c: { classId: string }) => c.classId === classId)).toBe(true);
    expect(await list(inst, `classId=${other}`)).toMatchObject({ total: 1, items: [{ id: req.json().correctionId, classId: other }] });
    expect((await list(await loginAs(t, 'th-yjj'), `classId=${other}&status=pending`)).total).toBe(1);
    expect((await list(await loginAs(t, 'sz-yjj'), `classId=${other}`)).total).toBe(0);
    expect((await get(inst, '/api/v1/hour-corrections?classId=not-a-uuid')).statusCode).toBe(400);
  });
});
