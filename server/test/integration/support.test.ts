import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** M10: tickets from anyone, answered within 2 hours and resolved within 3 working days, with clocks on every ticket. */
const beijing = (local: string) => new Date(`${local}+08:00`);
// Friday morning: the resolution clock must stop over the weekend.
const clock = fixedClock(beijing('2026-11-20T10:00:00'));
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1e2b1bd0000000049454e44ae426082', 'hex');

let t: TestApp;
let learner: Session;
let agent: Session;
let inst: Session;

const req = (method: 'GET' | 'POST' | 'PUT', url: string, s: Session | null, payload?: object) =>
  t.app.inject({ method, url, ...(s ? { headers: s.headers } : {}), ...(payload ? { payload } : {}) });

/** Sessions expire as the clock jumps days ahead: sign in again at the new time. */
async function signIn() {
  [learner, agent, inst] = [await loginAs(t, '440106199001011235'), await loginAs(t, 'demo-support'), await loginAs(t, 'demo-inst')];
}

beforeAll(async () => {
  // Captcha letters come from the injected randomness (STYLE 11): index 0 is always 'A'.
  t = await startTestApp({ clock, random: () => 0 });
  await signIn();
});
afterAll(async () => {
  await t?.stop();
});

describe('support desk (M10)', () => {
  let ticketId: string;

  it('a learner opens a ticket with a screenshot; both clocks start, the resolution clock skipping the weekend', async () => {
    const res = await req('POST', '/api/v1/support/tickets', learner, {
      category: 'learning',
      subject: '学时没有累计',
      body: '昨天学习了两个小时，学时记录里没有。',
      attachments: [{ filename: '截图.png', contentType: 'image/png', dataBase64: PNG.toString('base64') }],
    });
    expect(res.statusCode).toBe(201);
    const ticket = res.json();
    ticketId = ticket.id;
    expect(ticket).toMatchObject({
      status: 'open',
      requesterKind: 'learner',
      sla: {
        firstResponse: { due: beijing('2026-11-20T12:00:00').toISOString(), at: null, state: 'running' },
        resolution: { due: beijing('2026-11-25T10:00:00').toISOString(), at: null, state: 'running' },
        calendarKnown: true,
      },
    });
    expect(ticket.messages[0].attachments[0]).toMatchObject({ filename: '截图.png', size: PNG.length });
    const mine = (await req('GET', '/api/v1/me/support/tickets', learner)).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([ticketId]);
  });

  it("refuses an attachment whose bytes are not what it claims", async () => {
    const res = await req('POST', '/api/v1/support/tickets', learner, { category: 'other', subject: '附件', body: '见附件', attachments: [{ filename: 'a.pdf', contentType: 'application/pdf', dataBase64: PNG.toString('base64') }] });
    expect(res.json().code).toBe('ATTACHMENT_INVALID');
  });

  it("others cannot see a learner's ticket: 404, not 403", async () => {
    expect((await req('GET', `/api/v1/support/tickets/${ticketId}`, inst)).statusCode).toBe(404);
    expect((await req('GET', '/api/v1/support/queue', inst)).statusCode).toBe(403);
  });

  it('the agent sees it in the queue, answers within the hour (met) and downloads the screenshot', async () => {
    const queue = (await req('GET', '/api/v1/support/queue', agent)).json();
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(ticketId);
    clock.advance(40 * 60_000);
    const answered = (await req('POST', `/api/v1/support/tickets/${ticketId}/messages`, agent, { body: '您好，已收到，正在核查学习记录。' })).json();
    expect(answered).toMatchObject({ status: 'in_progress', assigneeName: expect.any(String), sla: { firstResponse: { state: 'met' } } });
    const file = await req('GET', `/api/v1/support/tickets/${ticketId}/attachments/${answered.messages[0].attachments[0].blobKey}`, agent);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(PNG)).toBe(true);
    const seen = (await req('GET', `/api/v1/support/tickets/${ticketId}`, learner)).json();
    expect(seen.messages.map((m: { side: string }) => m.side)).toEqual(['requester', 'agent']);
  });

  it('resolution before the deadline is met; a resolved ticket takes no more replies', async () => {
    clock.set(beijing('2026-11-24T16:00:00'));
    await signIn();
    const done = (await req('POST', `/api/v1/support/tickets/${ticketId}/resolve`, agent, { body: '已补记学时，请刷新查看。' })).json();
    expect(done).toMatchObject({ status: 'resolved', sla: { firstResponse: { state: 'met' }, resolution: { state: 'met' } } });
    expect((await req('POST', `/api/v1/support/tickets/${ticketId}/messages`, learner, { body: '谢谢' })).json().code).toBe('TICKET_RESOLVED');
  });

  it('escalates a clock about to run out, once, and reports it missed after the deadline', async () => {
    const opened = (await req('POST', '/api/v1/support/tickets', inst, { category: 'institution', subject: '备案材料', body: '如何提交变更材料？' })).json();
    expect(opened.requesterKind).toBe('institution');
    clock.advance(100 * 60_000);
    expect(await t.services.support.escalate()).toBe(1);
    expect(await t.services.support.escalate()).toBe(0);
    const atRisk = (await req('GET', `/api/v1/support/tickets/${opened.id}`, agent)).json();
    expect(atRisk).toMatchObject({ escalated: true, sla: { firstResponse: { state: 'at_risk' } } });
    expect(atRisk.messages.at(-1)).toMatchObject({ side: 'system', body: expect.stringContaining('首次响应时限将于') });
    clock.advance(30 * 60_000);
    expect((await req('GET', `/api/v1/support/tickets/${opened.id}`, agent)).json().sla.firstResponse.state).toBe('missed');
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', opened.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['support.ticket_opened', 'support.ticket_escalated']);
  });

  it('the monthly SLA report counts met and missed by category, for the platform and the province only', async () => {
    const report = (await req('GET', '/api/v1/support/reports/sla?month=2026-11', await loginAs(t, 'gd-yjt'))).json();
    expect(report.rows).toEqual([
      { category: 'institution', categoryName: '培训机构与备案', total: 1, firstResponse: { met: 0, missed: 1, running: 0 }, resolution: { met: 0, missed: 0, running: 1 } },
      { category: 'learning', categoryName: '学习与学时', total: 1, firstResponse: { met: 1, missed: 0, running: 0 }, resolution: { met: 1, missed: 0, running: 0 } },
    ]);
    expect((await req('GET', '/api/v1/support/reports/sla?month=2026-11', agent)).statusCode).toBe(200);
    expect((await req('GET', '/api/v1/support/reports/sla?month=2026-11', await loginAs(t, 'gz-yjj'))).json().code).toBe('SLA_REPORT_SCOPE');
    expect((await req('GET', '/api/v1/support/reports/sla?month=2026-10', agent)).json().rows).toEqual([]);
  });
});

describe('the public form with a self-hosted captcha', () => {
  const open = async (answer: string) => {
    const { captchaId, svg } = (await req('POST', '/api/v1/public/support/captcha', null)).json();
    expect(svg).toMatch(/^<svg/);
    return req('POST', '/api/v1/public/support/tickets', null, { captchaId, captchaAnswer: answer, name: '李女士', category: 'complaint', subject: '培训机构收费', body: '某机构收费后未组织培训。' });
  };

  it('refuses a wrong captcha answer, and each challenge is good for one attempt', async () => {
    expect((await open('ABCD')).json().code).toBe('CAPTCHA_INVALID');
    const { captchaId } = (await req('POST', '/api/v1/public/support/captcha', null)).json();
    const body = { captchaId, captchaAnswer: 'aaaa', name: '李女士', category: 'complaint', subject: '第一次', body: '内容' };
    expect((await req('POST', '/api/v1/public/support/tickets', null, body)).statusCode).toBe(201);
    expect((await req('POST', '/api/v1/public/support/tickets', null, body)).json().code).toBe('CAPTCHA_INVALID');
  });

  it('opens a ticket without any contact detail and reads the answer with the number and the one-time key', async () => {
    const res = await open('AAAA');
    expect(res.statusCode).toBe(201);
    const { number, accessKey } = res.json();
    const ticket = (await req('POST', '/api/v1/public/support/tickets/lookup', null, { number, accessKey })).json();
    expect(ticket).toMatchObject({ number, requesterKind: 'public', requesterName: '李女士', status: 'open' });
    expect((await req('POST', '/api/v1/public/support/tickets/lookup', null, { number, accessKey: `${accessKey}x` })).statusCode).toBe(404);
    await req('POST', `/api/v1/support/tickets/${ticket.id}/messages`, agent, { body: '已转市应急管理局核查。' });
    const followed = (await req('POST', '/api/v1/public/support/tickets/messages', null, { number, accessKey, body: '补充：机构名称为某某培训学校。' })).json();
    expect(followed.messages.map((m: { side: string }) => m.side)).toEqual(['requester', 'agent', 'requester']);
  });
});

describe('the working-day calendar the operator keeps (M10)', () => {
  it('warns when next year is missing and counts it once entered', async () => {
    clock.set(beijing('2026-12-30T10:00:00'));
    await signIn();
    const platform = await loginAs(t, 'platform');
    expect((await req('GET', '/api/v1/support/calendar', platform)).json()).toMatchObject({ builtInThrough: '2026-12-31', warning: expect.stringContaining('2027') });
    const before = (await req('POST', '/api/v1/support/tickets', learner, { category: 'other', subject: '年底问题', body: '内容' })).json();
    expect(before.sla.calendarKnown).toBe(false);

    const bad = await req('PUT', '/api/v1/support/calendar/2027', platform, { holidays: ['2026-12-31'], workdays: [], source: '国务院办公厅通知' });
    expect(bad.json().code).toBe('CALENDAR_YEAR_INVALID');
    const saved = await req('PUT', '/api/v1/support/calendar/2027', platform, { holidays: ['2027-01-01'], workdays: [], source: '国务院办公厅关于2027年部分节假日安排的通知' });
    expect(saved.json()).toMatchObject({ knownThrough: '2027-12-31', warning: null });
    expect((await req('PUT', '/api/v1/support/calendar/2027', agent, { holidays: [], workdays: [], source: '无权录入' })).statusCode).toBe(403);

    const after = (await req('POST', '/api/v1/support/tickets', learner, { category: 'other', subject: '年底问题', body: '内容' })).json();
    // Wednesday 14 h, Thursday 24 h, New Year's Day and the weekend off, Monday 24 h, Tuesday 10 h.
    expect(after.sla).toMatchObject({ calendarKnown: true, resolution: { due: beijing('2027-01-05T10:00:00').toISOString() } });
  });
});
