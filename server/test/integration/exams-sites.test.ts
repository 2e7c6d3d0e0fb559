import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { DEMO_INSTITUTION, DEMO_SCHOOL_SITE, DEMO_SITE, sessionAt } from '../support/exam-factories.js';
import { LOW_VOLTAGE } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** N2.1–N2.3, N3.2–N3.3: exam institutions, sites, sessions, changes, sanctions, and who sees what. */
const clock = fixedClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;
let exam: Session;
let site: Session;
let gz: Session;

const post = (s: Session, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const newSite = (extra: object = {}) => ({
  name: '广州市第二公共实训基地考点',
  ownerType: 'public_base',
  ownerName: '广州市人民政府',
  address: '广州市黄埔区开发大道1号',
  cityCode: '440100',
  equipment: '考试用计算机 40 台',
  subjects: [{ categoryId: LOW_VOLTAGE, seats: 40 }],
  relations: [],
  ...extra,
});

beforeAll(async () => {
  t = await startTestApp({ clock });
  [exam, site, gz] = await Promise.all([loginAs(t, 'gz-exam'), loginAs(t, 'demo-site'), loginAs(t, 'gz-yjj')]);
});
afterAll(async () => {
  await t?.stop();
});

describe('exam institutions and sites (N2.1, N2.2)', () => {
  it('seeds the provincial exam institution and one per city; the province sees all, a city only its own', async () => {
    const all = (await get(await loginAs(t, 'gd-yjt'), '/api/v1/exam-institutions')).json().items;
    expect(all).toHaveLength(22);
    expect(all[0]).toMatchObject({ name: '广东省安全生产科学技术研究院', level: 'province', regionCode: '440000' });
    expect((await get(exam, '/api/v1/exam-institutions')).json().items.map((i: { regionCode: string }) => i.regionCode)).toEqual(['440100']);
    expect((await get(await loginAs(t, 'sz-yjj'), '/api/v1/exam-institutions')).json().items.map((i: { regionCode: string }) => i.regionCode)).toEqual(['440300']);
  });

  it('refuses a new exam site hosted by a training institution, and carries one approved before the notice (N2.2)', async () => {
    const banned = await post(exam, '/api/v1/exam-sites', newSite({ ownerType: 'training_institution', ownerName: '广州市安培职业培训学校' }));
    expect(banned.statusCode).toBe(422);
    expect(banned.json().code).toBe('EXAM_SITE_TRAINING_INSTITUTION_BANNED');
    expect((await post(exam, '/api/v1/exam-sites', newSite({ ownerType: 'training_institution', legacyApprovedOn: '2023-08-10' }))).json().code).toBe('EXAM_SITE_TRAINING_INSTITUTION_BANNED');
    const legacy = await post(exam, '/api/v1/exam-sites', newSite({ ownerType: 'training_institution', legacyApprovedOn: '2021-03-01', relations: [{ institutionId: DEMO_INSTITUTION, relation: '举办者' }] }));
    expect(legacy.statusCode).toBe(201);
    expect((await get(exam, `/api/v1/exam-sites/${legacy.json().siteId}`)).json()).toMatchObject({ ownerType: 'training_institution', legacyApprovedOn: '2021-03-01', status: 'active' });
  });

  it('lets only the exam institution of the city register sites there', async () => {
    expect((await post(exam, '/api/v1/exam-sites', newSite({ cityCode: '440300' }))).statusCode).toBe(403);
    expect((await post(gz, '/api/v1/exam-sites', newSite())).statusCode).toBe(403);
  });
});

describe('who sees exam data (scope)', () => {
  it('shows a Guangzhou site to its exam institution, its regulators and itself, and 404 to others', async () => {
    for (const user of ['gz-exam', 'gz-yjj', 'th-yjj', 'gd-yjt', 'demo-site']) expect((await get(await loginAs(t, user), `/api/v1/exam-sites/${DEMO_SITE}`)).statusCode, user).toBe(200);
    expect((await get(await loginAs(t, 'sz-yjj'), `/api/v1/exam-sites/${DEMO_SITE}`)).statusCode).toBe(404);
    expect((await get(site, `/api/v1/exam-sites/${DEMO_SCHOOL_SITE}`)).statusCode).toBe(404);
    expect((await get(site, '/api/v1/exam-sites')).json().items.map((s: { id: string }) => s.id)).toEqual([DEMO_SITE]);
    expect((await get(await loginAs(t, 'sz-yjj'), '/api/v1/exam-sites')).json().items).toEqual([]);
    expect((await get(await loginAs(t, 'demo-inst'), '/api/v1/exam-sites')).statusCode).toBe(403);
    expect((await get(await loginAs(t, '440106199001011235'), '/api/v1/exam-sessions')).statusCode).toBe(403);
  });

  it('shows sessions to the site only for its own site, and to the Shenzhen bureau none', async () => {
    const own = (await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SITE, '2026-12-20T01:00:00Z'))).json().sessionId;
    const other = (await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SCHOOL_SITE, '2026-12-20T01:00:00Z'))).json().sessionId;
    const siteSees = (await get(site, '/api/v1/exam-sessions?pageSize=100')).json().items.map((s: { id: string }) => s.id);
    expect(siteSees).toContain(own);
    expect(siteSees).not.toContain(other);
    expect((await get(site, `/api/v1/exam-sessions/${other}`)).statusCode).toBe(404);
    expect((await get(await loginAs(t, 'sz-yjj'), `/api/v1/exam-sessions/${own}`)).statusCode).toBe(404);
    expect((await get(await loginAs(t, 'sz-yjj'), '/api/v1/exam-sessions')).json().total).toBe(0);
  });
});

describe('sessions and their changes (N3.2 item 6)', () => {
  let sessionId: string;

  it('schedules only within the subject seats of the site', async () => {
    expect((await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SITE, '2026-12-21T01:00:00Z', 61))).json().code).toBe('EXAM_SESSION_INVALID');
    expect((await post(exam, '/api/v1/exam-sessions', { ...sessionAt(DEMO_SITE, '2026-12-21T01:00:00Z'), categoryId: 'special_work:30号令-2015:9.3' })).json().code).toBe('EXAM_SITE_SUBJECT_MISSING');
    expect((await post(exam, '/api/v1/exam-sessions', { ...sessionAt(DEMO_SITE, '2026-12-21T01:00:00Z'), openToOtherCities: true })).json().code).toBe('EXAM_SESSION_CROSS_CITY_NOT_ALLOWED');
    sessionId = (await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SITE, '2026-12-21T01:00:00Z'))).json().sessionId;
  });

  it('changes start, end or place only when the exam institution approves', async () => {
    const change = { startsAt: '2026-12-21T02:00:00Z', endsAt: '2026-12-21T04:00:00Z', siteId: DEMO_SITE, room: '第二考场', reason: '第一考场空调维修' };
    const changeId = (await post(site, `/api/v1/exam-sessions/${sessionId}/change-requests`, change)).json().changeId;
    expect((await post(site, `/api/v1/exam-sessions/${sessionId}/change-requests`, change)).json().code).toBe('EXAM_SESSION_CHANGE_PENDING');
    expect((await get(site, `/api/v1/exam-sessions/${sessionId}`)).json()).toMatchObject({ startsAt: '2026-12-21T01:00:00.000Z', room: '第一考场', pendingChange: { id: changeId } });
    expect((await post(site, `/api/v1/exam-session-changes/${changeId}/decision`, { approve: true })).statusCode).toBe(403);
    expect((await post(exam, `/api/v1/exam-session-changes/${changeId}/decision`, { approve: true })).statusCode).toBe(204);
    expect((await get(site, `/api/v1/exam-sessions/${sessionId}`)).json()).toMatchObject({ startsAt: '2026-12-21T02:00:00.000Z', room: '第二考场', pendingChange: null });
    expect((await post(exam, `/api/v1/exam-session-changes/${changeId}/decision`, { approve: false })).json().code).toBe('EXAM_SESSION_CHANGE_DECIDED');
  });

  it('records an unapproved change of time or room as a violation of the site', async () => {
    const approved = await post(site, `/api/v1/exam-sessions/${sessionId}/actual`, { startedAt: '2026-12-21T02:00:20Z', endedAt: '2026-12-21T04:00:00Z', room: '第二考场' });
    expect(approved.json()).toEqual({ violationId: null });
    const moved = (await post(site, `/api/v1/exam-sessions/${sessionId}/actual`, { startedAt: '2026-12-21T01:30:00Z', endedAt: '2026-12-21T04:00:00Z', room: '第二考场' })).json();
    const violations = (await get(exam, '/api/v1/exam-violations')).json().items;
    expect(violations.find((v: { id: string }) => v.id === moved.violationId)).toMatchObject({ subjectId: DEMO_SITE, kind: 'unapproved_change', source: 'system' });
  });
});

describe('violations and sanctions (N3.2, N3.3)', () => {
  let violationId: string;
  const schoolViolation = { subjectType: 'site', subjectId: DEMO_SCHOOL_SITE, kind: 'unprepared', description: '考试视频监控缺失', evidence: [{ label: '巡考记录' }] };

  it('suspends a site only for 3 to 6 months', async () => {
    violationId = (await post(exam, '/api/v1/exam-violations', schoolViolation)).json().violationId;
    const suspend = (startsOn: string, endsOn: string) => post(exam, `/api/v1/exam-violations/${violationId}/measures`, { measure: 'suspend', note: '暂停考试业务', startsOn, endsOn });
    for (const [from, to] of [['2026-11-23', '2027-02-22'], ['2026-11-23', '2027-05-24'], ['2026-11-01', '2027-02-01']]) {
      const res = await suspend(from!, to!);
      expect(res.statusCode, `${from}→${to}`).toBe(422);
      expect(res.json().code).toBe('EXAM_SUSPENSION_RANGE');
    }
    expect((await suspend('2026-11-23', '2027-02-23')).statusCode).toBe(201);
    expect((await get(exam, `/api/v1/exam-sites/${DEMO_SCHOOL_SITE}`)).json()).toMatchObject({ status: 'suspended', suspendedUntil: '2027-02-23' });
    expect((await suspend('2026-11-23', '2027-05-23')).statusCode).toBe(201);
  });

  it('gives a suspended site no new sessions and no draw assignments', async () => {
    expect((await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SCHOOL_SITE, '2027-01-10T01:00:00Z'))).json().code).toBe('EXAM_SITE_NOT_ACTIVE');
    await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SITE, '2027-01-10T01:00:00Z'));
    const drawId = (await post(exam, '/api/v1/exam-draws', { cityCode: '440100', title: '2026年12月', sessionsFrom: '2026-12-01', sessionsTo: '2027-01-31' })).json().drawId;
    await post(exam, `/api/v1/exam-draws/${drawId}/freeze`);
    const bundleSites = await t.database.db.selectFrom('exam_draws').select('inputs').where('id', '=', drawId).executeTakeFirstOrThrow();
    const sites = (bundleSites.inputs as { sites: { id: string }[] }).sites.map((s) => s.id);
    expect(sites).toContain(DEMO_SITE);
    expect(sites).not.toContain(DEMO_SCHOOL_SITE);
  });

  it('revokes only after a rectification deadline passed without rectification', async () => {
    const measure = (body: object) => post(exam, `/api/v1/exam-violations/${violationId}/measures`, { note: '处理', ...body });
    expect((await measure({ measure: 'revoke' })).json().code).toBe('EXAM_REVOKE_NOT_DUE');
    expect((await measure({ measure: 'rectify' })).json().code).toBe('VALIDATION_FAILED');
    expect((await measure({ measure: 'criticism' })).json().code).toBe('EXAM_MEASURE_INVALID');
    expect((await measure({ measure: 'rectify', deadline: '2026-12-01' })).statusCode).toBe(201);
    expect((await measure({ measure: 'revoke' })).json().code).toBe('EXAM_REVOKE_NOT_DUE');
    clock.advance(10 * 86_400_000);
    try {
      const later = await loginAs(t, 'gz-exam');
      expect((await post(later, `/api/v1/exam-violations/${violationId}/measures`, { note: '逾期未整改', measure: 'revoke' })).statusCode).toBe(201);
      expect((await get(later, `/api/v1/exam-sites/${DEMO_SCHOOL_SITE}`)).json().status).toBe('revoked');
    } finally {
      clock.advance(-10 * 86_400_000);
    }
    const published = (await t.app.inject({ method: 'GET', url: '/api/v1/public/exam-sanctions' })).json().items.map((s: { measure: string }) => s.measure);
    expect(published).toEqual(expect.arrayContaining(['revoke', 'suspend']));
    expect(published).not.toContain('rectify');
  });

  it('takes the right to organise exams from an exam institution only at the provincial level (N3.3)', async () => {
    const gzExamInstitution = (await get(exam, '/api/v1/exam-institutions')).json().items[0].id;
    expect((await post(exam, '/api/v1/exam-violations', { subjectType: 'exam_institution', subjectId: gzExamInstitution, kind: 'no_cross_exam', description: '未落实交叉考试', evidence: [] })).statusCode).toBe(403);
    const v = (await post(gz, '/api/v1/exam-violations', { subjectType: 'exam_institution', subjectId: gzExamInstitution, kind: 'no_cross_exam', description: '未落实交叉考试', evidence: [] })).json().violationId;
    expect((await post(gz, `/api/v1/exam-violations/${v}/measures`, { measure: 'lose_organising_right', note: '取消' })).statusCode).toBe(403);
    expect((await post(gz, `/api/v1/exam-violations/${v}/measures`, { measure: 'interview', note: '约谈' })).statusCode).toBe(201);
    expect((await post(await loginAs(t, 'gd-yjt'), `/api/v1/exam-violations/${v}/measures`, { measure: 'lose_organising_right', note: '取消组织考试资格' })).statusCode).toBe(201);
    expect((await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SITE, '2027-01-12T01:00:00Z'))).json().code).toBe('EXAM_INSTITUTION_MAY_NOT_ORGANISE');
  });
});
