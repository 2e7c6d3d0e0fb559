import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { DEMO_INSTITUTION, importLearners } from '../support/exam-factories.js';
import { lawfulClass, openClass, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * Issue 8 part C: fraud signals on a small built dataset (one per detector),
 * inspections (N3), cases and measures (N3.1, M30, M31), suspension enforced in
 * classes and certificates, public sanctions (N3) — with the region matrix on
 * every route: gd-yjt all, gz-yjj 4401xx, th-yjj 440106, sz-yjj no Guangzhou
 * data, the institution its own, a learner 403.
 */
// 2026-11-26 10:00 Asia/Shanghai: the detectors look at 11-23, 11-24 and 11-25.
const clock = fixedClock(new Date('2026-11-26T02:00:00Z'));
const at = (local: string) => new Date(`${local}+08:00`);
const SZ_INSTITUTIONS = ['5f0c1d2e-0000-4000-8000-0000000000a1', '5f0c1d2e-0000-4000-8000-0000000000a2', '5f0c1d2e-0000-4000-8000-0000000000a3', '5f0c1d2e-0000-4000-8000-0000000000a4'];

let t: TestApp;
let inst: Session;
let gd: Session;
let gz: Session;
let th: Session;
let sz: Session;
let learner: Session;
let classId: string;
let courseId: string;
let gzLearners: string[];
let signals: { id: string; kind: string; learnerCount: number; institutions: { id: string }[]; regionCodes: string[] }[];
let detectedFirst: Record<string, number>;
let detectedAgain: Record<string, number>;

const call = (method: 'GET' | 'POST', s: Session | null, url: string, payload?: object) => t.app.inject({ method, url, headers: s?.headers ?? {}, ...(payload ? { payload } : {}) });
const db = () => t.database.db;

async function session(learnerId: string, device: string, ip: string, from: string, to: string) {
  const e = await db().selectFrom('enrolments').select('id').where('learner_account_id', '=', learnerId).where('class_id', '=', classId).executeTakeFirstOrThrow();
  const lessonId = '00000000-0000-4000-8000-000000000001';
  const row = await db()
    .insertInto('learning_sessions')
    .values({
      learner_account_id: learnerId,
      enrolment_id: e.id,
      class_id: classId,
      course_id: courseId,
      lesson_id: lessonId,
      lesson_duration: 600,
      max_online_seconds: 70 * 2700,
      device_id: device,
      status: 'ended',
      end_reason: 'ended',
      started_at: at(from),
      ended_at: at(to),
      playback: JSON.stringify({ lastSeq: 0, lastServerAt: null, lastPosition: 0 }),
      next_face_check_at: at(to),
      next_challenge_at: at(to),
      challenge: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db().insertInto('learning_events').values({ session_id: row.id, learner_account_id: learnerId, kind: 'start', payload: JSON.stringify({ deviceId: device, clientIp: ip }), created_at: at(from) }).execute();
  return row.id;
}

async function credit(learnerId: string, cls: string, seconds: number, when: string, sessionId: string | null = null) {
  await db()
    .insertInto('hour_ledger')
    .values({ learner_account_id: learnerId, class_id: cls, session_id: sessionId, kind: 'online', seconds, evidence: '{"test": true}', created_at: at(when) })
    .execute();
}

/** Four Shenzhen institutions with a class each; one credits its learners five times the others' daily hours. */
async function shenzhenPeers(learners: string[]) {
  for (const [i, id] of SZ_INSTITUTIONS.entries()) {
    await sql`insert into institutions (id, name, credit_code, address, region_code, legal_representative, contact_name, contact_phone)
      values (${id}, ${`深圳测试培训机构${i}`}, ${`91440300MA5TEST0${i}X`}, '深圳市南山区', '440305', '李某', '李某', '0755-0000000')`.execute(db());
    const cls = await sql<{ id: string }>`insert into classes (institution_id, code, name, category_id, training_type, city_code, starts_on, ends_on,
        planned_online_theory_hours, planned_offline_theory_hours, planned_practical_hours, required_theory_hours, required_practical_hours, max_online_hours, status, created_at)
      values (${id}, ${`SZ${i}TEST`}, '低压电工初训班', 'special_work:30号令-2015:1.1', 'initial', '440300', '2026-11-01', '2026-12-31', 70, 18, 60, 88, 60, 70, 'open', now()) returning id`.execute(db());
    for (const l of learners.slice(i * 5, i * 5 + 5)) await credit(l, cls.rows[0]!.id, i === 3 ? 20_000 : 3500 + i * 100, '2026-11-23T14:00:00');
  }
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  inst = await loginAs(t, 'demo-inst');
  [gd, gz, th, sz, learner] = (await Promise.all(['gd-yjt', 'gz-yjj', 'th-yjj', 'sz-yjj', '440106199001011235'].map((u) => loginAs(t, u)))) as [Session, Session, Session, Session, Session];
  courseId = await publishedCourse(t, inst);
  ({ classId } = await openClass(t, inst, courseId));
  const all = await importLearners(t, inst, classId, Array.from({ length: 24 }, (_, i) => i + 1));
  gzLearners = all.slice(0, 4);
  const [l1, l2, l3, l4] = gzLearners as [string, string, string, string];

  // One device for 张/李 at once, and one address for three learners (11-25); the first session credited beyond its wall time.
  const s1 = await session(l1, 'dev-shared', '10.0.0.9', '2026-11-25T10:00:00', '2026-11-25T10:30:00');
  await session(l2, 'dev-shared', '10.0.0.9', '2026-11-25T10:10:00', '2026-11-25T10:40:00');
  await session(l3, 'dev-own-3', '10.0.0.9', '2026-11-25T10:20:00', '2026-11-25T10:50:00');
  await credit(l1, classId, 2400, '2026-11-25T10:29:00', s1);
  // Nine hours credited in one day (above the 8 h cap), 11-24.
  for (let h = 8; h < 17; h++) await credit(l3, classId, 3600, `2026-11-24T${String(h).padStart(2, '0')}:59:00`);
  // Two and a half hours between 01:00 and 04:00 (11-24), and three failed face checks (11-25).
  for (let m = 0; m < 10; m++) await credit(l4, classId, 900, `2026-11-24T0${1 + Math.floor(m / 4)}:${String((m % 4) * 15).padStart(2, '0')}:00`);
  for (let i = 0; i < 3; i++) {
    await db()
      .insertInto('face_checks')
      .values({ account_id: l4, purpose: 'lesson_random', decision: 'MISMATCH', score: 0.2, face_count: 1, quality: 0.8, liveness: 0.9, antispoof: 0.9, engine: 'test', photo_blob_key: null, created_at: at(`2026-11-25T1${i}:00:00`) })
      .execute();
  }
  await shenzhenPeers(all.slice(4));
  detectedFirst = await t.services.enforcement.signals.detect();
  detectedAgain = await t.services.enforcement.signals.detect();
  signals = (await call('GET', gd, '/api/v1/enforcement/signals?pageSize=100')).json().items;
});
afterAll(async () => {
  await t?.stop();
});

const ofKind = (kind: string) => signals.filter((s) => s.kind === kind);
const detail = async (s: Session, id: string) => (await call('GET', s, `/api/v1/enforcement/signals/${id}`)).json();

describe('fraud signals (issue 8 §3)', () => {
  it('finds one device, and one address, serving several learners in overlapping sessions', async () => {
    expect(ofKind('shared_device')).toHaveLength(2);
    const viaDevice = (await Promise.all(ofKind('shared_device').map((s) => detail(gz, s.id)))).find((d) => d.detail.via === 'device');
    expect(viaDevice).toMatchObject({ detail: { handle: 'dev-shared', day: '2026-11-25' }, institutions: [{ id: DEMO_INSTITUTION }] });
    expect(viaDevice.evidence.sessions.map((x: { deviceId: string }) => x.deviceId)).toEqual(['dev-shared', 'dev-shared']);
    expect(viaDevice.learners.map((l: { id: string }) => l.id).sort()).toEqual(gzLearners.slice(0, 2).sort());
  });

  it('finds credit above the daily cap and a session credited beyond its wall time (impossible rate)', async () => {
    const found = await Promise.all(ofKind('impossible_rate').map((s) => detail(gz, s.id)));
    expect(found.map((d) => [d.learners[0].id, d.detail.day, d.detail.creditedSeconds]).sort()).toEqual(
      [
        [gzLearners[0], '2026-11-25', 2400],
        [gzLearners[2], '2026-11-24', 32_400],
      ].sort(),
    );
    expect(found.find((d) => d.detail.creditedSeconds === 2400).evidence.sessions).toHaveLength(1);
    expect(found.find((d) => d.detail.creditedSeconds === 32_400).evidence.ledger).toHaveLength(9);
  });

  it('finds long study between 00:00 and 05:00 and repeated failed face checks, each with its evidence', async () => {
    const [odd] = await Promise.all(ofKind('odd_hours').map((s) => detail(gz, s.id)));
    expect(odd).toMatchObject({ learners: [{ id: gzLearners[3] }], detail: { day: '2026-11-24', creditedSeconds: 9000 } });
    expect(odd.evidence.ledger).toHaveLength(10);
    const [face] = await Promise.all(ofKind('face_failures').map((s) => detail(gz, s.id)));
    expect(face.evidence.faceChecks.map((c: { decision: string }) => c.decision)).toEqual(['MISMATCH', 'MISMATCH', 'MISMATCH']);
    expect(face.regionCodes).toEqual(expect.arrayContaining(['440100', '440106']));
  });

  it('flags the institution far from the other institutions of its city (z-score), and only that one', async () => {
    const [outlier] = ofKind('institution_outlier');
    expect(ofKind('institution_outlier')).toHaveLength(1);
    expect(outlier!.institutions).toEqual([expect.objectContaining({ id: SZ_INSTITUTIONS[3] })]);
    const d = await detail(gd, outlier!.id);
    expect(d.detail).toMatchObject({ metric: 'seconds_per_learner_day', value: 20_000, sample: 5, peers: 3 });
    expect(d.detail.z).toBeGreaterThanOrEqual(3);
  });

  it('is idempotent: a second run over the same evidence adds nothing', () => {
    expect(detectedFirst).toEqual({ shared_device: 2, impossible_rate: 2, odd_hours: 1, face_failures: 1, institution_outlier: 1 });
    expect(Object.values(detectedAgain).every((n) => n === 0)).toBe(true);
  });

  it('region matrix: province all, Guangzhou and Tianhe theirs, Shenzhen none of Guangzhou (404), institution its own, learner 403 (M29)', async () => {
    const list = async (s: Session) => (await call('GET', s, '/api/v1/enforcement/signals?pageSize=100')).json().items.map((x: { id: string }) => x.id).sort();
    const guangzhou = signals.filter((s) => s.kind !== 'institution_outlier').map((s) => s.id).sort();
    expect(signals).toHaveLength(7);
    expect(await list(gz)).toEqual(guangzhou);
    expect(await list(th)).toEqual(guangzhou);
    expect(await list(inst)).toEqual(guangzhou);
    expect(await list(sz)).toEqual([ofKind('institution_outlier')[0]!.id]);
    expect((await call('GET', sz, `/api/v1/enforcement/signals/${guangzhou[0]}`)).statusCode).toBe(404);
    expect((await call('GET', inst, `/api/v1/enforcement/signals/${ofKind('institution_outlier')[0]!.id}`)).statusCode).toBe(404);
    expect((await call('GET', learner, '/api/v1/enforcement/signals')).statusCode).toBe(403);
  });
});

describe('inspections (N3)', () => {
  let inspectionId: string;
  it('shows who has not been inspected this year; an inspection with a violation records its checklist', async () => {
    const before = (await call('GET', gz, '/api/v1/enforcement/inspections?year=2026')).json();
    expect(before.notInspected.map((i: { institutionId: string }) => i.institutionId)).toContain(DEMO_INSTITUTION);
    const res = await call('POST', gz, '/api/v1/enforcement/inspections', { institutionId: DEMO_INSTITUTION, cityCode: '440100', scope: 'both', plannedOn: '2026-11-27' });
    expect(res.statusCode).toBe(201);
    inspectionId = res.json().inspectionId;
    const checklist = before.checklist.map((c: { item: string }) => ({ item: c.item, result: 'ok', note: '' }));
    expect((await call('POST', gz, `/api/v1/enforcement/inspections/${inspectionId}/findings`, { findings: checklist.slice(1) })).json().code).toBe('INSPECTION_CHECKLIST_INCOMPLETE');
    checklist[3] = { item: 'face_checks', result: 'violation', note: '部分学员人脸核验记录缺失' };
    const recorded = await call('POST', gz, `/api/v1/enforcement/inspections/${inspectionId}/findings`, { findings: checklist });
    expect(recorded.json().conclusion).toBe('violations');
    const after = (await call('GET', th, '/api/v1/enforcement/inspections?year=2026')).json();
    expect(after.notInspected.map((i: { institutionId: string }) => i.institutionId)).not.toContain(DEMO_INSTITUTION);
    expect(after.inspections).toEqual([expect.objectContaining({ id: inspectionId, status: 'done', conclusion: 'violations' })]);
  });

  it('region matrix: Shenzhen neither sees the Guangzhou institution nor the inspection (404); institutions and learners 403', async () => {
    expect((await call('GET', sz, '/api/v1/enforcement/inspections?year=2026')).json().institutions.map((i: { institutionId: string }) => i.institutionId)).not.toContain(DEMO_INSTITUTION);
    expect((await call('GET', sz, `/api/v1/enforcement/inspections/${inspectionId}`)).statusCode).toBe(404);
    expect((await call('POST', sz, '/api/v1/enforcement/inspections', { institutionId: DEMO_INSTITUTION, cityCode: '440100', scope: 'training', plannedOn: '2026-12-01' })).statusCode).toBe(404);
    expect((await call('GET', gd, `/api/v1/enforcement/inspections/${inspectionId}`)).json().findings).toHaveLength(7);
    expect((await call('GET', inst, '/api/v1/enforcement/inspections?year=2026')).statusCode).toBe(403);
    expect((await call('GET', learner, `/api/v1/enforcement/inspections/${inspectionId}`)).statusCode).toBe(403);
  });

  it('a case opens from an inspection finding of a violation, not from a compliant item', async () => {
    const findings = (await call('GET', gz, `/api/v1/enforcement/inspections/${inspectionId}`)).json().findings as { id: number; result: string }[];
    const violation = findings.find((f) => f.result === 'violation')!;
    const ok = findings.find((f) => f.result === 'ok')!;
    expect((await call('POST', gz, '/api/v1/enforcement/cases', { findingId: ok.id, title: '检查发现问题', description: '' })).json().code).toBe('CASE_SOURCE_INVALID');
    const res = await call('POST', gz, '/api/v1/enforcement/cases', { findingId: violation.id, title: '人脸核验记录缺失', description: '执法检查发现' });
    expect(res.statusCode).toBe(201);
  });
});

describe('cases, measures and suspension (N3.1, M30, M31)', () => {
  let caseId: string;
  let orderId: number;

  it('gz-yjj opens a case from a signal and orders rectification by a deadline; the institution sees and answers it', async () => {
    const signal = ofKind('face_failures')[0]!;
    expect((await call('POST', sz, '/api/v1/enforcement/cases', { signalId: signal.id, title: '多次人脸核验未通过', description: '' })).json().code).toBe('SIGNAL_NOT_FOUND');
    const opened = await call('POST', gz, '/api/v1/enforcement/cases', { signalId: signal.id, title: '多次人脸核验未通过', description: '疑似代学' });
    caseId = opened.json().caseId;
    expect((await call('POST', gz, `/api/v1/enforcement/cases/${caseId}/measures`, { kind: 'rectification', decision: '限期整改', deadline: '2026-11-20', published: false })).json().code).toBe('MEASURE_INVALID');
    const order = await call('POST', gz, `/api/v1/enforcement/cases/${caseId}/measures`, { kind: 'rectification', decision: '责令限期整改人脸核验管理', deadline: '2026-12-01', published: true });
    expect(order.statusCode).toBe(201);
    orderId = order.json().measureId;
    const orders = (await call('GET', inst, '/api/v1/enforcement/orders')).json();
    expect(orders.items[0]).toMatchObject({ id: orderId, kind: 'rectification', deadline: '2026-12-01', status: 'pending', daysLeft: 5, overdue: false, caseTitle: '多次人脸核验未通过' });
    expect((await call('POST', inst, `/api/v1/enforcement/orders/${orderId}/reply`, { text: '已组织全员重新核验' })).statusCode).toBe(200);
    expect((await call('GET', inst, '/api/v1/enforcement/orders')).json().items[0].status).toBe('answered');
  });

  it('flags a rectification overdue after its deadline until the regulator accepts it', async () => {
    clock.set(new Date('2026-12-03T02:00:00Z'));
    try {
      // A week later: sign in again (sessions expire when idle).
      const [gz, inst] = await Promise.all([loginAs(t, 'gz-yjj'), loginAs(t, 'demo-inst')]);
      const overdue = (await call('GET', gz, '/api/v1/enforcement/cases?overdue=true')).json();
      expect(overdue.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
      expect((await call('GET', gz, `/api/v1/enforcement/cases/${caseId}`)).json()).toMatchObject({ overdue: true, measures: [{ id: orderId, overdue: true, daysLeft: -2 }] });
      expect((await call('POST', gz, `/api/v1/enforcement/orders/${orderId}/review`, { accept: true, text: '整改到位' })).statusCode).toBe(200);
      expect((await call('GET', gz, '/api/v1/enforcement/cases?overdue=true')).json().items).toEqual([]);
      expect((await call('POST', inst, `/api/v1/enforcement/orders/${orderId}/reply`, { text: '补充说明' })).json().code).toBe('ORDER_CLOSED');
    } finally {
      clock.set(new Date('2026-11-26T02:00:00Z'));
    }
  });

  it('write routes: Shenzhen gets 404 on Guangzhou records, an institution or a learner 403', async () => {
    const [inspection] = (await call('GET', gz, '/api/v1/enforcement/inspections?year=2026')).json().inspections as { id: string }[];
    const writes: [string, object][] = [
      [`/api/v1/enforcement/inspections/${inspection!.id}/findings`, { findings: [{ item: 'hours', result: 'ok', note: '' }] }],
      [`/api/v1/enforcement/cases/${caseId}/close`, { note: '结案' }],
      [`/api/v1/enforcement/orders/${orderId}/review`, { accept: false, text: '退回' }],
    ];
    for (const [url, body] of writes) {
      expect((await call('POST', sz, url, body)).statusCode, url).toBe(404);
      expect((await call('POST', inst, url, body)).statusCode, url).toBe(403);
      expect((await call('POST', learner, url, body)).statusCode, url).toBe(403);
    }
    expect((await call('POST', learner, `/api/v1/enforcement/orders/${orderId}/reply`, { text: '回复' })).statusCode).toBe(403);
    expect((await call('POST', gz, `/api/v1/enforcement/orders/${orderId}/reply`, { text: '回复' })).statusCode).toBe(403);
  });

  it('region matrix for cases: province and Tianhe see it, Shenzhen 404 until the case is reported to it (M31); learner 403', async () => {
    expect((await call('GET', gd, `/api/v1/enforcement/cases/${caseId}`)).statusCode).toBe(200);
    expect((await call('GET', th, `/api/v1/enforcement/cases/${caseId}`)).statusCode).toBe(200);
    expect((await call('GET', sz, `/api/v1/enforcement/cases/${caseId}`)).statusCode).toBe(404);
    expect((await call('GET', sz, '/api/v1/enforcement/cases')).json().items).toEqual([]);
    expect((await call('POST', sz, `/api/v1/enforcement/cases/${caseId}/measures`, { kind: 'warning', decision: '警告', published: false })).statusCode).toBe(404);
    expect((await call('POST', gz, `/api/v1/enforcement/cases/${caseId}/reports`, { toRegion: '440106', note: '请协查' })).json().code).toBe('REPORT_REGION_INVALID');
    expect((await call('POST', gz, `/api/v1/enforcement/cases/${caseId}/reports`, { toRegion: '440300', note: '涉事学员在深圳工作，请协查' })).statusCode).toBe(200);
    expect((await call('GET', sz, `/api/v1/enforcement/cases/${caseId}`)).json().reports).toEqual([expect.objectContaining({ toRegion: '440300' })]);
    const act = await call('POST', sz, `/api/v1/enforcement/cases/${caseId}/measures`, { kind: 'warning', decision: '警告', published: false });
    expect([act.statusCode, act.json().code]).toEqual([403, 'CASE_NOT_IN_REGION']);
    expect((await call('GET', learner, `/api/v1/enforcement/cases/${caseId}`)).statusCode).toBe(403);
    expect((await call('GET', inst, '/api/v1/enforcement/cases')).statusCode).toBe(403);
    expect((await call('GET', learner, '/api/v1/enforcement/orders')).statusCode).toBe(403);
  });

  it('a suspended institution can neither open a class nor issue a certificate; lifting the suspension restores both', async () => {
    const done = gzLearners[1]!;
    await sql`insert into hour_ledger (learner_account_id, class_id, kind, seconds, evidence, created_at)
      values (${done}, ${classId}, 'offline', ${148 * 2700}, '{"signIn": "test"}', ${at('2026-11-26T09:00:00')})`.execute(db());
    await call('POST', gz, `/api/v1/enforcement/cases/${caseId}/measures`, { kind: 'warning', decision: '警告（不公开）', published: false });
    const suspend = await call('POST', gz, `/api/v1/enforcement/cases/${caseId}/measures`, { kind: 'suspension', decision: '暂停网络培训', until: null, published: true });
    expect(suspend.statusCode).toBe(201);
    const blocked = await call('POST', inst, '/api/v1/classes', lawfulClass(courseId));
    expect([blocked.statusCode, blocked.json().code]).toEqual([423, 'CLASS_INSTITUTION_SUSPENDED']);
    await expect(t.services.certificates.issueIfComplete({ learnerId: done, classId })).rejects.toMatchObject({ code: 'CERTIFICATE_INSTITUTION_SUSPENDED' });
    expect(await t.services.certificates.issueMissing()).toEqual([]);
    expect((await call('GET', inst, '/api/v1/enforcement/orders')).json().suspended).toBe(true);

    expect((await call('POST', gz, `/api/v1/enforcement/cases/${caseId}/measures`, { kind: 'lift_suspension', decision: '整改到位，恢复网络培训', published: false })).statusCode).toBe(201);
    expect((await call('POST', inst, '/api/v1/classes', lawfulClass(courseId))).statusCode).toBe(201);
    expect(await t.services.certificates.issueMissing()).toHaveLength(1);
    expect((await call('POST', gz, `/api/v1/enforcement/cases/${caseId}/measures`, { kind: 'lift_suspension', decision: '再次解除', published: false })).json().code).toBe('MEASURE_NOT_SUSPENDED');
  });

  it('publishes only published measures, with the institution and no learner data (N3)', async () => {
    const res = await call('GET', null, '/api/v1/public/sanctions?city=440100');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((i: { kind: string }) => i.kind)).toEqual(['suspension', 'rectification']);
    expect(body.items[0]).toMatchObject({ institutionName: expect.any(String), cityCode: '440100', decision: '暂停网络培训' });
    const text = res.body;
    for (const id of gzLearners) expect(text).not.toContain(id);
    expect(text).not.toMatch(/考生|4401061990|accountId|learner/);
    expect((await call('GET', null, '/api/v1/public/sanctions?city=440300')).json().items).toEqual([]);
  });
});
