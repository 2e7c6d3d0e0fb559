import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** N1.2, M11–M13: registration per city, online declaration, review by the city bureau, the public list. */
const clock = fixedClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;
let inst: Session;
let gz: Session;
let registrationId: string;
let institutionId: string;

const LOW_VOLTAGE = 'special_work:30号令-2015:1.1';
const WELDING = 'special_work:30号令-2015:2.1';

const signup = {
  institution: {
    name: '广州市天河安全技能培训中心',
    creditCode: '52440100MA59XK2R2K',
    address: '广州市天河区体育西路1号',
    regionCode: '440106',
    legalRepresentative: '陈六',
    contactName: '林老师',
    contactPhone: '020-87654321',
  },
  admin: { username: 'th-train', displayName: '林老师', password: 'Train2026' },
};

beforeAll(async () => {
  t = await startTestApp({ clock });
  gz = await loginAs(t, 'gz-yjj');
});
afterAll(async () => {
  await t?.stop();
});

const post = (s: Session | null, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: s?.headers ?? {}, payload });
const get = (s: Session | null, url: string) => t.app.inject({ method: 'GET', url, headers: s?.headers ?? {} });

async function pendingFor(session: Session) {
  return (await get(session, '/api/v1/institution-applications?status=pending')).json().items as { id: string; kind: string; canDecide: boolean; institution: { name: string } }[];
}

describe('institution registration (N1.2, M11–M13)', () => {
  it('signs up with a validated credit code, and refuses a bad one', async () => {
    const bad = await post(null, '/api/v1/institutions/signup', { ...signup, institution: { ...signup.institution, creditCode: '91440101MA59UQWE3X' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('CREDIT_CODE_INVALID');
    const ok = await post(null, '/api/v1/institutions/signup', signup);
    expect(ok.statusCode).toBe(201);
    institutionId = ok.json().institutionId;
    expect((await post(null, '/api/v1/institutions/signup', { ...signup, admin: { ...signup.admin, username: 'other' } })).json().code).toBe('INSTITUTION_EXISTS');
    inst = await loginAs(t, 'th-train', 'Train2026');
  });

  it('reports to the Guangzhou bureau; Shenzhen cannot see or decide it (404)', async () => {
    const res = await post(inst, '/api/v1/institutions/mine/registrations', {
      cityCode: '440100',
      categories: [LOW_VOLTAGE],
      classrooms: [{ name: '一号教室', address: '体育西路1号2楼', seats: 50 }],
      offlineReport: '已于2026年11月书面报告',
    });
    expect(res.statusCode).toBe(201);
    registrationId = res.json().registrationId;

    const sz = await loginAs(t, 'sz-yjj');
    expect(await pendingFor(sz)).toEqual([]);
    const applicationId = (await pendingFor(gz)).find((a) => a.institution.name === signup.institution.name)!.id;
    const decided = await post(sz, `/api/v1/institution-applications/${applicationId}/decision`, { approve: true });
    expect(decided.statusCode).toBe(404);
    expect(decided.json().code).toBe('APPLICATION_NOT_FOUND');
  });

  it('the county where the institution sits sees it but only the city bureau decides', async () => {
    const th = await loginAs(t, 'th-yjj');
    const seen = (await pendingFor(th)).find((a) => a.institution.name === signup.institution.name)!;
    expect(seen.canDecide).toBe(false);
    const res = await post(th, `/api/v1/institution-applications/${seen.id}/decision`, { approve: true });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('DECISION_CITY_ONLY');
  });

  it('the city bureau must give reasons to reject, and registers; a second decision is refused', async () => {
    const app = (await pendingFor(gz)).find((a) => a.institution.name === signup.institution.name)!;
    expect(app.canDecide).toBe(true);
    clock.advance(60_000);
    expect((await post(gz, `/api/v1/institution-applications/${app.id}/decision`, { approve: false })).json().code).toBe('DECISION_REASON_REQUIRED');
    expect((await post(gz, `/api/v1/institution-applications/${app.id}/decision`, { approve: true })).statusCode).toBe(200);
    expect((await post(gz, `/api/v1/institution-applications/${app.id}/decision`, { approve: true })).json().code).toBe('APPLICATION_DECIDED');
    const mine = (await get(inst, '/api/v1/institutions/mine')).json();
    expect(mine.registrations[0]).toMatchObject({ cityCode: '440100', status: 'registered', onlineStatus: 'none' });
  });

  it('is not on the public list until its online training is verified and published (M12)', async () => {
    const before = (await get(null, '/api/v1/public/institutions?city=440100')).json();
    expect(before.items.map((i: { name: string }) => i.name)).not.toContain(signup.institution.name);
    await expect(t.services.institutions.assertMayTrain(institutionId, '440100', LOW_VOLTAGE)).rejects.toMatchObject({ code: 'INSTITUTION_ONLINE_NOT_PUBLISHED' });

    expect((await post(inst, `/api/v1/institutions/mine/registrations/${registrationId}/online-declaration`)).statusCode).toBe(201);
    expect((await post(inst, `/api/v1/institutions/mine/registrations/${registrationId}/online-declaration`)).json().code).toBe('ONLINE_ALREADY_DECLARED');
    const online = (await pendingFor(gz)).find((a) => a.kind === 'online')!;
    clock.advance(3_600_000);
    expect((await post(gz, `/api/v1/institution-applications/${online.id}/decision`, { approve: true })).statusCode).toBe(200);
  });

  it('the public list is ordered by registration date and carries no rating or ranking (M11)', async () => {
    const res = (await get(null, '/api/v1/public/institutions?city=440100')).json();
    expect(res.order).toBe('registeredAt');
    const names = res.items.map((i: { name: string }) => i.name);
    expect(names).toEqual(['广州市安培职业培训学校（演示）', signup.institution.name]);
    const dates = res.items.map((i: { registeredAt: string }) => i.registeredAt);
    expect([...dates].sort()).toEqual(dates);
    const text = JSON.stringify(res).toLowerCase();
    for (const word of ['rating', 'score', 'rank', 'recommend', 'star', 'satisfaction']) expect(text).not.toContain(word);
    expect(Object.keys(res.items[0]).sort()).toEqual(['address', 'categories', 'creditCode', 'id', 'name', 'onlinePublishedAt', 'registeredAt']);
    expect(res.items[1].categories).toEqual(['低压电工作业']);
  });

  it('trains only where and what it is registered for (M13)', async () => {
    await t.services.institutions.assertMayTrain(institutionId, '440100', LOW_VOLTAGE);
    await expect(t.services.institutions.assertMayTrain(institutionId, '440300', LOW_VOLTAGE)).rejects.toMatchObject({ code: 'INSTITUTION_NOT_REGISTERED_IN_CITY' });
    await expect(t.services.institutions.assertMayTrain(institutionId, '440100', WELDING)).rejects.toMatchObject({ code: 'INSTITUTION_CATEGORY_NOT_REGISTERED' });
  });

  it('a scope change goes through the same review and extends what it may train', async () => {
    expect((await post(inst, `/api/v1/institutions/mine/registrations/${registrationId}/scope-change`, { categories: [LOW_VOLTAGE, 'no-such-category'] })).json().code).toBe('CATEGORY_UNKNOWN');
    expect((await post(inst, `/api/v1/institutions/mine/registrations/${registrationId}/scope-change`, { categories: [LOW_VOLTAGE, WELDING] })).statusCode).toBe(201);
    expect((await post(inst, `/api/v1/institutions/mine/registrations/${registrationId}/cancellation`, { reason: '测试' })).json().code).toBe('APPLICATION_PENDING');
    const mine = (await get(inst, '/api/v1/institutions/mine')).json();
    expect(mine.applications[0]).toMatchObject({ kind: 'scope_change', status: 'pending', cityCode: '440100' });
    const change = (await pendingFor(gz)).find((a) => a.kind === 'scope_change')!;
    await post(gz, `/api/v1/institution-applications/${change.id}/decision`, { approve: true });
    await t.services.institutions.assertMayTrain(institutionId, '440100', WELDING);
  });

  it('every step is in the audit chain', async () => {
    const rows = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', registrationId).execute();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['institution.registration_submitted', 'institution.registration_approved', 'institution.online_applied', 'institution.online_approved', 'institution.scope_change_approved']),
    );
  });

  it('reports a teacher; only the city bureau approves; institutions see only their own (N1.3)', async () => {
    const bad = await post(inst, '/api/v1/institutions/mine/teachers', { cityCode: '440100', name: '周老师', idNumber: '440106199001011236', qualifications: '注册安全工程师', categories: [LOW_VOLTAGE] });
    expect(bad.json().code).toBe('ID_NUMBER_INVALID');
    const ok = await post(inst, '/api/v1/institutions/mine/teachers', { cityCode: '440100', name: '周老师', idNumber: '11010519491231002X', qualifications: '注册安全工程师', categories: [LOW_VOLTAGE] });
    expect(ok.statusCode).toBe(201);
    const teacherId = ok.json().teacherId;
    const demoInst = await loginAs(t, 'demo-inst');
    expect((await get(demoInst, '/api/v1/teachers')).json().items).toEqual([]);
    const sz = await loginAs(t, 'sz-yjj');
    expect((await post(sz, `/api/v1/teachers/${teacherId}/decision`, { approve: true })).statusCode).toBe(404);
    expect((await post(gz, `/api/v1/teachers/${teacherId}/decision`, { approve: true })).statusCode).toBe(200);
    const listed = (await get(inst, '/api/v1/teachers')).json().items;
    expect(listed).toEqual([expect.objectContaining({ name: '周老师', status: 'approved', idNumberMasked: '1101**********002X' })]);
    const gzPage = (await get(gz, '/api/v1/teachers?pageSize=1&name=%E5%91%A8')).json();
    expect(gzPage).toMatchObject({ page: 1, pageSize: 1, items: [expect.objectContaining({ name: '周老师' })] });
    expect(gzPage.total).toBeGreaterThanOrEqual(1);
    expect((await get(sz, '/api/v1/teachers?name=%E5%91%A8')).json()).toMatchObject({ items: [], total: 0 });
  });

  it('learners cannot reach the registry (403), anonymous callers must sign in (401)', async () => {
    const learner = await loginAs(t, '440106199001011235');
    expect((await get(learner, '/api/v1/institution-applications')).statusCode).toBe(403);
    expect((await get(learner, '/api/v1/institutions/mine')).statusCode).toBe(403);
    expect((await get(null, '/api/v1/institutions/mine')).statusCode).toBe(401);
  });
});
