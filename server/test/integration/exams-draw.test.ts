import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { runCli } from '../support/cli.js';
import { applicationFor, completeHours, DEMO_INSTITUTION, DEMO_SCHOOL_SITE, DEMO_SITE, importLearners, publishedDraw, sessionAt } from '../support/exam-factories.js';
import { openClass, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** N2.3, N2.6 and DESIGN §7: applications and the verifiable cross-exam draw, end to end through the API. */
const clock = fixedClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;
let inst: Session;
let exam: Session;
let gz: Session;
let learners: string[];
let drawId: string;

const post = (s: Session, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const secret = () => randomBytes(32).toString('hex');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

beforeAll(async () => {
  t = await startTestApp({ clock });
  [inst, exam, gz] = await Promise.all([loginAs(t, 'demo-inst'), loginAs(t, 'gz-exam'), loginAs(t, 'gz-yjj')]);
  const { classId } = await openClass(t, inst, await publishedCourse(t, inst));
  learners = await importLearners(t, inst, classId, [501, 502, 503]);
  for (const id of learners.slice(0, 2)) await completeHours(t, classId, id);
  for (const siteId of [DEMO_SITE, DEMO_SCHOOL_SITE]) expect((await post(exam, '/api/v1/exam-sessions', sessionAt(siteId, '2026-12-10T01:00:00Z'))).statusCode).toBe(201);
});
afterAll(async () => {
  await t?.stop();
});

describe('exam applications (N2.6)', () => {
  it('refuses a learner whose class is not complete: no valid hour certificate of the category (M25)', async () => {
    const res = await post(inst, '/api/v1/exam-applications', applicationFor(learners[2]!));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'EXAM_APPLICATION_NOT_ELIGIBLE', details: { reason: 'no_valid_certificate' } });
  });

  it('refuses a special-operation application outside the cities of household, work and residence', async () => {
    const res = await post(inst, '/api/v1/exam-applications', applicationFor(learners[0]!, { cityCode: '440300', workCityCode: '440600' }));
    expect(res.json().code).toBe('EXAM_APPLICATION_PLACE_NOT_ALLOWED');
  });

  it('accepts trained learners once, in their city', async () => {
    for (const id of learners.slice(0, 2)) expect((await post(inst, '/api/v1/exam-applications', applicationFor(id, { householdCityCode: '440300', workCityCode: '440100' }))).statusCode).toBe(201);
    expect((await post(inst, '/api/v1/exam-applications', applicationFor(learners[0]!))).json().code).toBe('EXAM_APPLICATION_EXISTS');
  });
});

describe('the draw ceremony (DESIGN §7)', () => {
  it('freezes the inputs and publishes their hash before any seed exists', async () => {
    drawId = (await post(exam, '/api/v1/exam-draws', { cityCode: '440100', title: '2026年12月低压电工交叉考试', sessionsFrom: '2026-12-01', sessionsTo: '2026-12-31' })).json().drawId;
    const frozen = await post(exam, `/api/v1/exam-draws/${drawId}/freeze`);
    expect(frozen.json().inputsHash).toMatch(/^[0-9a-f]{64}$/);
    const detail = (await get(gz, `/api/v1/exam-draws/${drawId}`)).json();
    expect(detail).toMatchObject({ status: 'frozen', candidates: 3, sessions: 2, seed: null, myParty: 'regulator' });
    expect((await post(exam, `/api/v1/exam-draws/${drawId}/freeze`)).json().code).toBe('EXAM_DRAW_WRONG_STAGE');
    expect((await post(inst, `/api/v1/exam-applications/${(await get(inst, '/api/v1/exam-applications')).json().items[0].id}/withdraw`)).json().code).toBe('EXAM_APPLICATION_LOCKED');
  });

  it('takes the seed from two parties by commit-reveal; nobody else, and no reveal before both commit', async () => {
    const [a, b] = [secret(), secret()];
    expect((await post(exam, `/api/v1/exam-draws/${drawId}/commits`, { commitment: sha(a) })).json()).toEqual({ party: 'exam_institution' });
    expect((await post(exam, `/api/v1/exam-draws/${drawId}/reveals`, { secret: a })).json().code).toBe('EXAM_DRAW_SEED_INCOMPLETE');
    expect((await post(await loginAs(t, 'th-yjj'), `/api/v1/exam-draws/${drawId}/commits`, { commitment: sha(b) })).json().code).toBe('EXAM_DRAW_PARTY_NOT_ALLOWED');
    expect((await post(await loginAs(t, 'sz-yjj'), `/api/v1/exam-draws/${drawId}/commits`, { commitment: sha(b) })).statusCode).toBe(404);
    expect((await post(gz, `/api/v1/exam-draws/${drawId}/commits`, { commitment: sha(b) })).json()).toEqual({ party: 'regulator' });
    expect((await post(gz, `/api/v1/exam-draws/${drawId}/commits`, { commitment: sha(a) })).json().code).toBe('EXAM_DRAW_COMMIT_EXISTS');
    expect((await post(exam, `/api/v1/exam-draws/${drawId}/run`)).json().code).toBe('EXAM_DRAW_SEED_INCOMPLETE');
    expect((await post(gz, `/api/v1/exam-draws/${drawId}/reveals`, { secret: a })).json().code).toBe('EXAM_DRAW_REVEAL_MISMATCH');
    expect((await post(exam, `/api/v1/exam-draws/${drawId}/reveals`, { secret: a })).statusCode).toBe(200);
    expect((await post(gz, `/api/v1/exam-draws/${drawId}/reveals`, { secret: b })).statusCode).toBe(200);
  });

  it('assigns away from sites related to the candidates institution, and shows it only after publication', async () => {
    const run = (await post(exam, `/api/v1/exam-draws/${drawId}/run`)).json();
    expect(run.seed).toMatch(/^[0-9a-f]{64}$/);
    expect((await get(inst, '/api/v1/exam-applications')).json().items.every((a: { assignment: unknown }) => a.assignment === null)).toBe(true);
    expect((await get(exam, `/api/v1/exam-draws/${drawId}`)).json().outcome).toEqual({ assigned: 3, unassigned: 0, exceptions: 0, crossCity: 0 });
    expect((await post(exam, `/api/v1/exam-draws/${drawId}/publish`)).statusCode).toBe(204);
    const items = (await get(inst, '/api/v1/exam-applications')).json().items as { status: string; assignment: { sessionId: string } | null }[];
    const sessions = (await get(exam, '/api/v1/exam-sessions')).json().items as { id: string; siteId: string }[];
    const sites = items.filter((a) => a.status === 'in_draw').map((a) => sessions.find((s) => s.id === a.assignment!.sessionId)!.siteId);
    expect(sites).toEqual([DEMO_SITE, DEMO_SITE, DEMO_SITE]);
    const me = (await get(await loginAs(t, '440106199001011235'), '/api/v1/me/exam-applications')).json().items;
    expect(me[0].assignment).toMatchObject({ siteName: '广州市公共实训基地考点（演示）', room: '第一考场', startsAt: '2026-12-10T01:00:00.000Z' });
  });

  it('publishes a bundle anyone can recompute, on the public page and with xunkao verify-draw', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/public/exam-draws' })).json();
    expect(list.items.map((d: { id: string }) => d.id)).toContain(drawId);
    const bundle = (await t.app.inject({ method: 'GET', url: `/api/v1/public/exam-draws/${drawId}/bundle` })).json();
    expect(JSON.stringify(bundle)).not.toMatch(/考生|4401061990/);
    const verify = (b: object) => t.app.inject({ method: 'POST', url: '/api/v1/public/exam-draws/verify', payload: b });
    expect((await verify(bundle)).json()).toMatchObject({ ok: true, inputsHashMatches: true, seedMatches: true, resultMatches: true, assignments: 3 });
    const elsewhere = bundle.inputs.sessions.find((s: { id: string }) => s.id !== bundle.assignments[0].sessionId).id;
    const tampered = { ...bundle, assignments: bundle.assignments.map((a: object, i: number) => (i === 0 ? { ...a, sessionId: elsewhere } : a)) };
    expect((await verify(tampered)).json()).toMatchObject({ ok: false, resultMatches: false });

    const file = path.join(t.dataDir, 'bundle.json');
    fs.writeFileSync(file, JSON.stringify(bundle));
    const ok = runCli(['verify-draw', file], {});
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('核验通过');
    fs.writeFileSync(file, JSON.stringify({ ...bundle, inputs: { ...bundle.inputs, frozenAt: '2020-01-01T00:00:00.000Z' } }));
    const bad = runCli(['verify-draw', file], {});
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('输入哈希：不一致');
  });

  it('shows draws and applications only within each role scope', async () => {
    const [sz, th, site, learner] = await Promise.all([loginAs(t, 'sz-yjj'), loginAs(t, 'th-yjj'), loginAs(t, 'demo-site'), loginAs(t, '440106199001011235')]);
    expect((await get(sz, '/api/v1/exam-draws')).json().total).toBe(0);
    expect((await get(sz, `/api/v1/exam-draws/${drawId}`)).statusCode).toBe(404);
    expect((await get(sz, '/api/v1/exam-applications')).json().total).toBe(0);
    for (const s of [gz, th, exam]) expect((await get(s, `/api/v1/exam-draws/${drawId}`)).statusCode).toBe(200);
    expect((await get(gz, '/api/v1/exam-applications')).json().total).toBe(3);
    expect((await get(site, '/api/v1/exam-draws')).statusCode).toBe(403);
    expect((await get(site, '/api/v1/exam-applications')).statusCode).toBe(403);
    expect((await get(inst, '/api/v1/exam-applications')).json().items.every((a: { institutionId: string }) => a.institutionId === DEMO_INSTITUTION)).toBe(true);
    expect((await get(learner, '/api/v1/me/exam-applications')).json().items.map((a: { learnerName: string }) => a.learnerName)).toEqual(['张三']);
    expect((await get(learner, '/api/v1/exam-applications')).statusCode).toBe(403);
  });

  it('keeps unpublished draws off the public list and bundle', async () => {
    const other = (await post(exam, '/api/v1/exam-draws', { cityCode: '440100', title: '未公布', sessionsFrom: '2027-01-01', sessionsTo: '2027-01-31' })).json().drawId;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/exam-draws/${other}/bundle` })).statusCode).toBe(404);
  });
});

describe('a draw seeded by a declared public beacon (DESIGN §7.2)', () => {
  it('takes the seed from the beacon declared before freezing, and verifies', async () => {
    await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SITE, '2027-02-10T01:00:00Z'));
    const beaconSource = '2027-02-01 深圳证券交易所深证成份指数收盘点位';
    const id = (await post(exam, '/api/v1/exam-draws', { cityCode: '440100', title: '信标分配', sessionsFrom: '2027-02-01', sessionsTo: '2027-02-28', beaconSource })).json().drawId;
    expect((await post(exam, `/api/v1/exam-draws/${id}/beacon`, { value: '10234.56' })).json().code).toBe('EXAM_DRAW_WRONG_STAGE');
    await post(exam, `/api/v1/exam-draws/${id}/freeze`);
    expect((await post(gz, `/api/v1/exam-draws/${id}/commits`, { commitment: sha(secret()) })).json().code).toBe('EXAM_DRAW_USES_BEACON');
    expect((await post(exam, `/api/v1/exam-draws/${id}/run`)).json().code).toBe('EXAM_DRAW_SEED_INCOMPLETE');
    expect((await post(exam, `/api/v1/exam-draws/${id}/beacon`, { value: '10234.56' })).statusCode).toBe(204);
    expect((await get(gz, `/api/v1/exam-draws/${id}`)).json().beacon).toEqual({ source: beaconSource, value: '10234.56' });
    await post(exam, `/api/v1/exam-draws/${id}/run`);
    await post(exam, `/api/v1/exam-draws/${id}/publish`);
    const bundle = (await t.app.inject({ method: 'GET', url: `/api/v1/public/exam-draws/${id}/bundle` })).json();
    expect(bundle.seedSource).toEqual({ kind: 'beacon', source: beaconSource, value: '10234.56' });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/public/exam-draws/verify', payload: bundle })).json().ok).toBe(true);
    expect((await post(exam, `/api/v1/exam-draws/${drawId}/beacon`, { value: '1' })).json().code).toBe('EXAM_DRAW_WRONG_STAGE');
  });
});

describe('provincial spot checks of exceptions (N2.3)', () => {
  it('lists a school student seated at their own school and lets only the province record the check', async () => {
    const { classId } = await openClass(t, inst, await publishedCourse(t, inst, '低压电工作业（在校生）'));
    const [student] = await importLearners(t, inst, classId, [701]);
    await completeHours(t, classId, student!);
    expect((await post(inst, '/api/v1/exam-applications', applicationFor(student!, { schoolSiteId: DEMO_SITE }))).json().code).toBe('EXAM_SITE_NOT_FOUND');
    const applicationId = (await post(inst, '/api/v1/exam-applications', applicationFor(student!, { schoolSiteId: DEMO_SCHOOL_SITE }))).json().applicationId;
    await post(exam, '/api/v1/exam-sessions', sessionAt(DEMO_SCHOOL_SITE, '2027-03-10T01:00:00Z'));
    await publishedDraw(t, exam, gz, { sessionsFrom: '2027-03-01', sessionsTo: '2027-03-31' });
    const province = await loginAs(t, 'gd-yjt');
    const exceptions = (await get(province, '/api/v1/exam-exceptions')).json().items;
    expect(exceptions).toEqual([expect.objectContaining({ applicationId, exception: 'school_student', siteName: '广州市城建职业学院考点（演示）' })]);
    expect((await get(exam, '/api/v1/exam-exceptions')).json().code).toBe('EXAM_SPOT_CHECK_PROVINCE_ONLY');
    const check = { target: 'exception', applicationId, outcome: 'compliant', notes: '核对学籍，属全日制在校生' };
    expect((await post(gz, '/api/v1/exam-spot-checks', check)).json().code).toBe('EXAM_SPOT_CHECK_PROVINCE_ONLY');
    expect((await post(province, '/api/v1/exam-spot-checks', check)).statusCode).toBe(201);
    expect((await post(province, '/api/v1/exam-spot-checks', { ...check, target: 'video_patrol' })).json().code).toBe('VALIDATION_FAILED');
  });
});
