import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { completeHours, importLearners } from '../support/exam-factories.js';
import { LOW_VOLTAGE, openClass, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * Issue 8 item 2 (M29): the dashboards sum a rollup the refresh job keeps
 * current; their totals equal the source rows, after a second refresh and
 * after a late row, and each regulator sees its own region only.
 */
const clock = fixedClock(new Date('2026-11-26T01:00:00Z'));
const PERIOD = 'from=2026-11-01&to=2026-11-30';
const TIANHE = '440106';
const YUEXIU = '440104';
const NANSHAN = '440305';

let t: TestApp;
let tianheClass: string;
let courseId: string;
let learners: string[];
const sessions: Record<string, Session> = {};

const get = (who: string, path: string) => t.app.inject({ method: 'GET', url: `/api/v1/dashboards/${path}`, headers: sessions[who]!.headers });
const totals = async (who: string, view: string, extra = '') => (await get(who, `${view}?${PERIOD}${extra}`)).json().totals as Record<string, number>;
const q = <T>(query: ReturnType<typeof sql<T>>) => query.execute(t.database.db).then((r) => r.rows);

/** An institution and a lawful class elsewhere than the demo institution, written as their modules would. */
async function classIn(region: string, code: string): Promise<string> {
  const [inst] = await q<{ id: string }>(sql`insert into institutions (name, credit_code, address, region_code, legal_representative, contact_name, contact_phone)
    values (${`测试培训学校${code}`}, ${`52${region}MA5AQ7${code}`}, '测试地址', ${region}, '李四', '王五', '020-00000000') returning id`);
  const [cls] = await q<{ id: string }>(sql`insert into classes (institution_id, code, name, category_id, training_type, city_code, starts_on, ends_on,
      planned_online_theory_hours, planned_offline_theory_hours, planned_practical_hours, required_theory_hours, required_practical_hours, max_online_hours, status, created_at)
    values (${inst!.id}, ${`T${code}`}, '低压电工初训班', ${LOW_VOLTAGE}, 'initial', ${`${region.slice(0, 4)}00`}, '2026-11-01', '2026-12-31', 70, 18, 60, 88, 60, 70, 'open', now()) returning id`);
  return cls!.id;
}

const credit = (learner: string, classId: string, kind: string, seconds: number, at: string) =>
  q(sql`insert into hour_ledger (learner_account_id, class_id, kind, seconds, evidence, created_at) values (${learner}, ${classId}, ${kind}, ${seconds}, '{"test": true}', ${at})`);

async function integrityEvents(learner: string, classId: string, kinds: string[], at: string) {
  const [enrolment] = await q<{ id: string }>(sql`select id from enrolments where learner_account_id = ${learner} and class_id = ${classId}`);
  const [s] = await q<{ id: string }>(sql`insert into learning_sessions (learner_account_id, enrolment_id, class_id, course_id, lesson_id, lesson_duration, max_online_seconds,
      device_id, status, started_at, playback, next_face_check_at, next_challenge_at)
    values (${learner}, ${enrolment!.id}, ${classId}, ${courseId}, gen_random_uuid(), 600, 252000, 'device-d-0001', 'ended', ${at}, '{}', ${at}, ${at}) returning id`);
  for (const kind of kinds) await q(sql`insert into learning_events (session_id, learner_account_id, kind, payload, created_at) values (${s!.id}, ${learner}, ${kind}, '{}', ${at})`);
  await q(sql`insert into learning_events (session_id, learner_account_id, kind, payload, created_at) values (${s!.id}, ${learner}, 'heartbeat', '{}', ${at})`);
}

/** What the dashboards must show, summed straight from the source tables for classes whose figures fall under a region prefix. */
async function sourceSums(prefix: string) {
  const inRegion = sql`c.id in (select c.id from classes c join institutions i on i.id = c.institution_id
    where (case when left(i.region_code, 4) = left(c.city_code, 4) then i.region_code else c.city_code end) like ${`${prefix}%`})`;
  const [ledger] = await q<{ online: number; offline: number }>(sql`select coalesce(sum(seconds) filter (where kind = 'online'), 0)::int8 as online,
    coalesce(sum(seconds) filter (where kind = 'offline'), 0)::int8 as offline from hour_ledger l join classes c on c.id = l.class_id where ${inRegion}`);
  const [enrolments] = await q<{ n: number }>(sql`select count(*)::int8 as n from enrolments e join classes c on c.id = e.class_id where ${inRegion}`);
  const [events] = await q<{ n: number }>(sql`select count(*)::int8 as n from learning_events v join learning_sessions s on s.id = v.session_id join classes c on c.id = s.class_id
    where v.kind = 'face_check_failed' and ${inRegion}`);
  const hours = (s: number) => Math.round((Number(s) / 3600) * 10) / 10;
  return { onlineHours: hours(ledger!.online), offlineHours: hours(ledger!.offline), newEnrolments: Number(enrolments!.n), faceCheckFailed: Number(events!.n) };
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  for (const who of ['gd-yjt', 'gz-yjj', 'th-yjj', 'sz-yjj', 'platform', 'demo-inst', '440106199001011235']) sessions[who] = await loginAs(t, who);
  courseId = await publishedCourse(t, sessions['demo-inst']!);
  tianheClass = (await openClass(t, sessions['demo-inst']!, courseId)).classId;
  learners = await importLearners(t, sessions['demo-inst']!, tianheClass, [301, 302, 303]);
  const yuexiuClass = await classIn(YUEXIU, '0001');
  const nanshanClass = await classIn(NANSHAN, '0002');
  for (const [classId, learner] of [[yuexiuClass, learners[0]!], [nanshanClass, learners[1]!], [nanshanClass, learners[2]!]] as const) {
    await q(sql`insert into enrolments (class_id, learner_account_id, joined_via, status, joined_at) values (${classId}, ${learner}, 'import', 'active', '2026-11-24T02:00:00Z')`);
  }
  await credit(learners[0]!, tianheClass, 'online', 3600, '2026-11-24T02:00:00Z');
  await credit(learners[0]!, tianheClass, 'online', 1800, '2026-11-24T20:00:00Z'); // 04:00 on the 25th in Shanghai
  await credit(learners[1]!, tianheClass, 'offline', 7200, '2026-11-25T01:00:00Z');
  await credit(learners[0]!, yuexiuClass, 'online', 5400, '2026-11-25T03:00:00Z');
  await credit(learners[1]!, nanshanClass, 'online', 9000, '2026-11-25T03:00:00Z');
  await credit(learners[2]!, nanshanClass, 'offline', 10800, '2026-11-26T00:30:00Z');
  await integrityEvents(learners[0]!, tianheClass, ['face_check_failed', 'credit_voided'], '2026-11-25T05:00:00Z');
  await integrityEvents(learners[1]!, nanshanClass, ['face_check_failed', 'face_check_failed', 'challenge_missed'], '2026-11-25T06:00:00Z');
  await q(sql`insert into course_ratings (course_id, class_id, learner_account_id, content_score, course_score, comment_status, created_at, updated_at)
    values (${courseId}, ${tianheClass}, ${learners[0]!}, 4, 4, 'none', '2026-11-25T06:00:00Z', '2026-11-25T06:00:00Z'),
           (${courseId}, ${tianheClass}, ${learners[1]!}, 5, 3, 'none', '2026-11-25T07:00:00Z', '2026-11-25T07:00:00Z')`);
  // A shared-face signal names the institutions involved, not a class: it counts for the Nanshan institution's region.
  await q(sql`insert into integrity_signals (kind, account_ids, score, detail, institution_ids, region_codes, created_at)
    values ('shared_face', array[${learners[1]!}, ${learners[2]!}]::uuid[], 0.93, '{}', array[(select institution_id from classes where id = ${nanshanClass})], array[${NANSHAN}], '2026-11-25T08:00:00Z')`);
  // On a fixed day (Shanghai 11-23), not the wall clock's: the figures per day below must not depend on when the test runs.
  await completeHours(t, tianheClass, learners[2]!, 148, new Date('2026-11-23T02:00:00Z'));
  await t.services.dashboards.refresh();
});
afterAll(async () => {
  await t?.stop();
});

describe('rollup correctness (issue 8 item 2)', () => {
  it('the province totals equal the sums of the source rows', async () => {
    const expected = await sourceSums('44');
    expect(expected.onlineHours).toBeGreaterThan(0);
    expect(await totals('gd-yjt', 'learning')).toMatchObject({ onlineHours: expected.onlineHours, offlineHours: expected.offlineHours, newEnrolments: expected.newEnrolments });
    expect(await totals('gd-yjt', 'integrity')).toMatchObject({ faceCheckFailed: expected.faceCheckFailed, creditVoided: 1, challengeMissed: 1, sharedFace: 1 });
    expect(await totals('gd-yjt', 'ratings')).toEqual({ ratingsCount: 2, averageScore: 3.5 });
  });

  it('counts a credit on its Asia/Shanghai day, with one learner-day per learner and day', async () => {
    const body = (await get('th-yjj', `learning?${PERIOD}`)).json();
    const day = (d: string) => body.rows.find((r: { period: string }) => r.period === d)?.values;
    expect(day('2026-11-24')).toMatchObject({ onlineHours: 1, activeLearners: 1 });
    expect(day('2026-11-25')).toMatchObject({ onlineHours: 0.5, offlineHours: 2, activeLearners: 2 });
    expect(body.series.find((s: { metric: string }) => s.metric === 'onlineHours').data).toHaveLength(30);
  });

  it('a second refresh changes nothing, and a late row with an old timestamp lands on its own day', async () => {
    const before = await get('gd-yjt', `learning?${PERIOD}&groupBy=region`);
    await t.services.dashboards.refresh();
    expect((await get('gd-yjt', `learning?${PERIOD}&groupBy=region`)).json().rows).toEqual(before.json().rows);

    await credit(learners[2]!, tianheClass, 'online', 2700, '2026-11-20T04:00:00Z');
    const { days } = await t.services.dashboards.refresh();
    expect(days).toContain('2026-11-20');
    const expected = await sourceSums('44');
    expect(await totals('gd-yjt', 'learning')).toMatchObject({ onlineHours: expected.onlineHours, offlineHours: expected.offlineHours });
    const body = (await get('th-yjj', `learning?${PERIOD}`)).json();
    expect(body.rows.find((r: { period: string }) => r.period === '2026-11-20').values).toMatchObject({ onlineHours: 0.8, activeLearners: 1 });
  });

  it('groups a month by category, and completions follow the certificates issued (M25)', async () => {
    const body = (await get('gz-yjj', `completion?${PERIOD}&granularity=month&groupBy=category`)).json();
    expect(body.periods).toEqual(['2026-11-01']);
    expect(body.rows).toMatchObject([{ period: '2026-11-01', groupKey: LOW_VOLTAGE, groupName: expect.stringContaining('低压电工') }]);
    expect(body.totals).toMatchObject({ completions: 1, certificatesIssued: 1, newEnrolments: 4, completionRate: 25 });
  });
});

describe('region matrix (M29)', () => {
  const cities = async (who: string) => [...new Set(((await get(who, `learning?${PERIOD}&groupBy=region`)).json().rows as { groupKey: string }[]).map((r) => r.groupKey))].sort();

  it('gd-yjt sees all of Guangdong, grouped by city', async () => {
    expect(await cities('gd-yjt')).toEqual(['440100', '440300']);
    expect(await totals('platform', 'learning')).toEqual(await totals('gd-yjt', 'learning'));
  });

  it('gz-yjj sees 4401xx only, grouped by county, and Shenzhen answers 404', async () => {
    const expected = await sourceSums('4401');
    expect(await totals('gz-yjj', 'learning')).toMatchObject({ onlineHours: expected.onlineHours, offlineHours: expected.offlineHours, newEnrolments: expected.newEnrolments });
    expect(await cities('gz-yjj')).toEqual([YUEXIU, TIANHE]);
    expect((await get('gz-yjj', 'learning?region=440300')).statusCode).toBe(404);
    expect((await get('gz-yjj', `integrity?region=${TIANHE}`)).statusCode).toBe(200);
  });

  it('th-yjj sees 440106 only; its city answers 404', async () => {
    const expected = await sourceSums(TIANHE);
    expect(await totals('th-yjj', 'learning')).toMatchObject({ onlineHours: expected.onlineHours, newEnrolments: expected.newEnrolments });
    expect(await cities('th-yjj')).toEqual([TIANHE]);
    expect((await get('th-yjj', 'learning?region=440100')).json().code).toBe('DASHBOARD_REGION_NOT_FOUND');
    expect((await get('th-yjj', `learning?region=${YUEXIU}`)).statusCode).toBe(404);
  });

  it('sz-yjj sees no Guangzhou figures', async () => {
    const expected = await sourceSums('4403');
    expect(await totals('sz-yjj', 'learning')).toMatchObject({ onlineHours: expected.onlineHours, offlineHours: expected.offlineHours });
    expect(await totals('sz-yjj', 'integrity')).toMatchObject({ faceCheckFailed: 2, creditVoided: 0, sharedFace: 1 });
    expect(await totals('gz-yjj', 'integrity')).toMatchObject({ faceCheckFailed: 1, sharedFace: 0 });
    expect(await totals('sz-yjj', 'ratings')).toEqual({ ratingsCount: 0, averageScore: 0 });
    expect(await cities('sz-yjj')).toEqual([NANSHAN]);
    for (const view of ['learning', 'completion', 'integrity', 'ratings']) expect((await get('sz-yjj', `${view}?region=440100`)).statusCode).toBe(404);
  });

  it('institutions and learners get 403 on every dashboard', async () => {
    for (const view of ['learning', 'completion', 'integrity', 'ratings']) {
      expect((await get('demo-inst', view)).statusCode).toBe(403);
      expect((await get('440106199001011235', view)).statusCode).toBe(403);
    }
  });

  it('rejects a period that ends before it starts or spans more than a year', async () => {
    expect((await get('gd-yjt', 'learning?from=2026-11-30&to=2026-11-01')).json().code).toBe('DASHBOARD_PERIOD_INVALID');
    expect((await get('gd-yjt', 'learning?from=2025-01-01&to=2026-11-01')).statusCode).toBe(400);
  });
});
