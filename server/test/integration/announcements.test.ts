import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** M8: nothing is published without an approver other than its author; M9: the prohibited-content filter runs first. */
let t: TestApp;
let platform: Session;
let reviewer: Session;

const req = (method: 'GET' | 'POST' | 'PUT', url: string, s: Session | null, payload?: object) =>
  t.app.inject({ method, url, ...(s ? { headers: s.headers } : {}), ...(payload ? { payload } : {}) });
const draft = async (s: Session, title: string, body: string) => (await req('POST', '/api/v1/announcements', s, { title, body })).json();
const publicTitles = async () => (await req('GET', '/api/v1/public/announcements', null)).json().items.map((a: { title: string }) => a.title);

beforeAll(async () => {
  t = await startTestApp();
  [platform, reviewer] = [await loginAs(t, 'platform'), await loginAs(t, 'platform-review')];
});
afterAll(async () => {
  await t?.stop();
});

describe('announcements with review (M8) and moderation (M9)', () => {
  it('a platform announcement is published only when another operator approves it', async () => {
    const a = await draft(platform, '平台维护通知', '本周六凌晨2:00至4:00系统维护。');
    expect(a).toMatchObject({ status: 'draft', publisherName: '训考平台', mine: true });
    expect((await req('POST', `/api/v1/announcements/${a.id}/submit`, platform)).json().status).toBe('pending_review');
    expect(await publicTitles()).not.toContain('平台维护通知');

    const self = await req('POST', `/api/v1/announcements/${a.id}/review`, platform, { decision: 'approve' });
    expect(self.json().code).toBe('ANNOUNCEMENT_SELF_REVIEW');
    const published = (await req('POST', `/api/v1/announcements/${a.id}/review`, reviewer, { decision: 'approve' })).json();
    expect(published).toMatchObject({ status: 'published', reviewerName: '平台内容审核员', publishedAt: expect.any(String) });
    expect(await publicTitles()).toContain('平台维护通知');
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'actor_account_id']).where('target_id', '=', a.id).orderBy('id').execute();
    expect(audit.map((x) => x.action)).toEqual(['announcement.drafted', 'announcement.submitted', 'announcement.published']);
    expect(audit[0]!.actor_account_id).not.toBe(audit[2]!.actor_account_id);
  });

  it('the filter stops prohibited text at submission, evasions included, and names the term', async () => {
    const a = await draft(platform, '招生简章', '本机构 包 过，无需到场。');
    const res = await req('POST', `/api/v1/announcements/${a.id}/submit`, platform);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'CONTENT_PROHIBITED', details: { hits: [{ field: 'body', term: '包过', category: 'false_advertising' }] } });
    const fixed = await req('PUT', `/api/v1/announcements/${a.id}`, platform, { title: '招生简章', body: '本机构依法开展培训，学时真实记录。' });
    expect(fixed.json().status).toBe('draft');
    expect((await req('POST', `/api/v1/announcements/${a.id}/submit`, platform)).json().status).toBe('pending_review');
  });

  it('a term the operator adds takes effect at approval, even for text already submitted', async () => {
    const a = await draft(platform, '关于刷课软件的提醒', '近期出现所谓“秒过神器”，请勿使用。');
    await req('POST', `/api/v1/announcements/${a.id}/submit`, platform);
    const added = await req('POST', '/api/v1/moderation/terms', platform, { term: '秒过神器', category: 'fraud' });
    expect(added.statusCode).toBe(201);
    expect((await req('POST', '/api/v1/moderation/terms', platform, { term: '秒过神器', category: 'fraud' })).json().code).toBe('TERM_EXISTS');
    expect((await req('POST', `/api/v1/announcements/${a.id}/review`, reviewer, { decision: 'approve' })).json().code).toBe('CONTENT_PROHIBITED');
    await req('PUT', `/api/v1/moderation/terms/${added.json().id}/active`, platform, { active: false });
    expect((await req('POST', `/api/v1/announcements/${a.id}/review`, reviewer, { decision: 'approve' })).json().status).toBe('published');
    const terms = (await req('GET', '/api/v1/moderation/terms?search=秒过', platform)).json().items;
    expect(terms).toMatchObject([{ term: '秒过神器', active: false }]);
    expect((await req('GET', '/api/v1/moderation/terms', reviewer)).statusCode).toBe(200);
    expect((await req('GET', '/api/v1/moderation/terms', await loginAs(t, 'gz-yjj'))).statusCode).toBe(403);
  });

  it("a city bureau's announcement is approved by the province, not by another city, and rejection needs a reason", async () => {
    const gz = await loginAs(t, 'gz-yjj');
    const a = await draft(gz, '广州市2026年第四季度考试安排', '请各培训机构按时组织学员报名。');
    expect(a).toMatchObject({ publisherKind: 'regulator', regionCode: '440100', publisherName: '广州市应急管理局' });
    await req('POST', `/api/v1/announcements/${a.id}/submit`, gz);
    const sz = await loginAs(t, 'sz-yjj');
    expect((await req('GET', `/api/v1/announcements/${a.id}`, sz)).statusCode).toBe(404);
    expect((await req('POST', `/api/v1/announcements/${a.id}/review`, sz, { decision: 'approve' })).statusCode).toBe(404);
    const gd = await loginAs(t, 'gd-yjt');
    expect((await req('GET', `/api/v1/announcements/${a.id}`, gd)).json().canReview).toBe(true);
    expect((await req('POST', `/api/v1/announcements/${a.id}/review`, gd, { decision: 'reject' })).json().code).toBe('ANNOUNCEMENT_REJECT_REASON_REQUIRED');
    expect((await req('POST', `/api/v1/announcements/${a.id}/review`, gd, { decision: 'reject', note: '请补充报名截止日期' })).json()).toMatchObject({ status: 'rejected', reviewNote: '请补充报名截止日期' });
    await req('PUT', `/api/v1/announcements/${a.id}`, gz, { title: a.title, body: '请各培训机构于12月10日前组织学员报名。' });
    await req('POST', `/api/v1/announcements/${a.id}/submit`, gz);
    expect((await req('POST', `/api/v1/announcements/${a.id}/review`, gd, { decision: 'approve' })).json().status).toBe('published');
    const listed = (await req('GET', '/api/v1/public/announcements', null)).json().items;
    expect(listed[0]).toMatchObject({ title: '广州市2026年第四季度考试安排', publisherName: '广州市应急管理局' });
  });

  it('a published announcement can be withdrawn with a reason and leaves the public list', async () => {
    const a = await draft(platform, '临时通知', '测试撤回。');
    await req('POST', `/api/v1/announcements/${a.id}/submit`, platform);
    await req('POST', `/api/v1/announcements/${a.id}/review`, reviewer, { decision: 'approve' });
    expect((await req('POST', `/api/v1/announcements/${a.id}/withdraw`, reviewer, { note: '信息有误' })).json().status).toBe('withdrawn');
    expect((await req('GET', `/api/v1/public/announcements/${a.id}`, null)).statusCode).toBe(404);
  });

  it('the database itself refuses a published row without a distinct approver', async () => {
    const a = await draft(platform, '直接写库', '绕过流程');
    const account = (await req('GET', '/api/v1/me', platform)).json().account.id;
    const attempt = t.database.db.updateTable('announcements').set({ status: 'published', reviewer_account_id: account, published_at: new Date() }).where('id', '=', a.id).execute();
    await expect(attempt).rejects.toThrow(/announcements_approver/);
  });

  it('pages the public list with a cursor', async () => {
    const first = (await req('GET', '/api/v1/public/announcements?limit=1', null)).json();
    expect(first.items).toHaveLength(1);
    const second = (await req('GET', `/api/v1/public/announcements?limit=1&cursor=${first.nextCursor}`, null)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });
});
