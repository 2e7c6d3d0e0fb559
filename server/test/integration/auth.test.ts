import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { DEMO_STAFF } from '../../src/modules/demo/index.js';
import { loginAs, startTestApp, type TestApp } from '../support/test-app.js';

const clock = fixedClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(async () => {
  await t?.stop();
});

const EXPECTED_SCOPES: Record<string, { role: string; kind: string; regionCode: string | null }> = {
  platform: { role: 'platform_operator', kind: 'platform', regionCode: null },
  'platform-review': { role: 'platform_operator', kind: 'platform', regionCode: null },
  'gd-yjt': { role: 'regulator', kind: 'province', regionCode: '440000' },
  'gz-yjj': { role: 'regulator', kind: 'city', regionCode: '440100' },
  'th-yjj': { role: 'regulator', kind: 'county', regionCode: '440106' },
  'sz-yjj': { role: 'regulator', kind: 'city', regionCode: '440300' },
  'demo-inst': { role: 'institution_admin', kind: 'institution', regionCode: '440100' },
  'gz-exam': { role: 'exam_admin', kind: 'exam_institution', regionCode: '440100' },
  'demo-site': { role: 'exam_site_admin', kind: 'exam_site', regionCode: '440100' },
  'demo-proctor': { role: 'exam_staff', kind: 'exam_institution', regionCode: '440100' },
  'demo-support': { role: 'support_agent', kind: 'platform', regionCode: null },
};

describe('demo accounts', () => {
  it('lists every staff account the README promises', () => {
    expect(DEMO_STAFF.map((s) => s.username).sort()).toEqual(Object.keys(EXPECTED_SCOPES).sort());
  });

  it.each(Object.entries(EXPECTED_SCOPES))('%s logs in and /me shows its role and scope', async (username, expected) => {
    const s = await loginAs(t, username);
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers })).json();
    expect(me.account.kind).toBe('staff');
    expect(me.account.username).toBe(username);
    expect(me.roles).toHaveLength(1);
    expect(me.roles[0].role).toBe(expected.role);
    expect(me.roles[0].scope.kind).toBe(expected.kind);
    expect(me.roles[0].scope.regionCode).toBe(expected.regionCode);
  });

  it('the learner logs in with the ID number and sees only a masked number', async () => {
    const s = await loginAs(t, '440106199001011235');
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers })).json();
    expect(me.account).toMatchObject({ kind: 'learner', displayName: '张三', username: '4401**********1235' });
    expect(me.roles).toEqual([{ role: 'learner', scope: { kind: 'self', regionCode: null, orgId: null, label: '本人' } }]);
  });

  it('a lowercase x check character is accepted as the same login', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: ' 440106199001011235 ', password: 'Demo@2026' } });
    expect(res.statusCode).toBe(200);
  });
});

describe('sign-in protection', () => {
  it('rejects a wrong password with AUTH_INVALID_CREDENTIALS and the same answer for unknown users', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'sz-yjj', password: 'nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('locks an account for 15 minutes after 5 failed logins, even against the right password', async () => {
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'demo-support', password } });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    const locked = await attempt('Demo@2026');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('AUTH_LOCKED');
    clock.advance(14 * 60_000);
    expect((await attempt('Demo@2026')).statusCode).toBe(423);
    clock.advance(2 * 60_000);
    expect((await attempt('Demo@2026')).statusCode).toBe(200);
  });

  it('validates the body and answers with VALIDATION_FAILED', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String) });
  });
});

describe('sessions', () => {
  it('sets an httpOnly SameSite=Strict session cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'gz-yjj', password: 'Demo@2026' } });
    const cookie = (res.cookies as { name: string; httpOnly?: boolean; sameSite?: string }[]).find((c) => c.name === 'xk_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const s = await loginAs(t, 'gz-yjj');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers });
    expect(ok.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers });
    expect(after.statusCode).toBe(401);
  });

  it('lists own sessions and revokes another one', async () => {
    const a = await loginAs(t, 'th-yjj');
    const b = await loginAs(t, 'th-yjj');
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/me/sessions', headers: a.headers })).json();
    expect(list.items.length).toBeGreaterThanOrEqual(2);
    const other = list.items.find((i: { current: boolean }) => !i.current);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/me/sessions/${other.id}`, headers: a.headers });
    expect(del.statusCode).toBe(204);
    const remaining = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: b.headers })).statusCode;
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: a.headers })).statusCode;
    expect([remaining, mine].sort()).toEqual([200, 401]);
  });

  it('requests arriving together are each resolved to their own account, a signed-out one to nobody (batched lookups, issue 6)', async () => {
    const sessions = await Promise.all(['gz-yjj', 'sz-yjj', 'demo-inst', 'gz-exam'].map((u) => loginAs(t, u)));
    const signedOut = sessions[3]!;
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: signedOut.headers });
    const answers = await Promise.all(sessions.map((s) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers })));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 401]);
    expect(answers.slice(0, 3).map((a) => a.json().account.username)).toEqual(['gz-yjj', 'sz-yjj', 'demo-inst']);
  });

  it("cannot revoke another account's session (404, not 403)", async () => {
    const mine = await loginAs(t, 'gd-yjt');
    const theirs = await loginAs(t, 'sz-yjj');
    const theirList = (await t.app.inject({ method: 'GET', url: '/api/v1/me/sessions', headers: theirs.headers })).json();
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/me/sessions/${theirList.items[0].id}`, headers: mine.headers });
    expect(res.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: theirs.headers })).statusCode).toBe(200);
  });

  it('expires a session after two idle hours', async () => {
    const s = await loginAs(t, 'demo-site');
    clock.advance(121 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers })).statusCode).toBe(401);
  });

  it('changes the password, rejects weak ones, and signs out the other sessions', async () => {
    const a = await loginAs(t, 'demo-proctor');
    const b = await loginAs(t, 'demo-proctor');
    const weak = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: a.headers, payload: { currentPassword: 'Demo@2026', newPassword: 'short' } });
    expect(weak.json().code).toBe('AUTH_WEAK_PASSWORD');
    const wrongCurrent = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: a.headers, payload: { currentPassword: 'x', newPassword: 'NewPass2026' } });
    expect(wrongCurrent.json().code).toBe('AUTH_INVALID_CREDENTIALS');
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: a.headers, payload: { currentPassword: 'Demo@2026', newPassword: 'NewPass2026' } });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: b.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: a.headers })).statusCode).toBe(200);
    await loginAs(t, 'demo-proctor', 'NewPass2026');
  });
});
