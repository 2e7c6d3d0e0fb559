import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * M11: staff sign in through the provincial unified identity. The demo provider
 * is a real oidc-provider served by the platform; this walks the browser's part
 * of the authorization-code + PKCE flow over real HTTP, following each redirect.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ listen: true });
});
afterAll(async () => {
  await t?.stop();
});

/** A tiny cookie-keeping browser: enough for redirects and a form post. */
function browser(base: string) {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') jar.delete(name!.trim());
      else jar.set(name!.trim(), value);
    }
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    jar,
    async request(url: string, init: RequestInit = {}): Promise<Response> {
      const res = await fetch(new URL(url, base), { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader() } });
      remember(res);
      return res;
    },
    /** Follows redirects until a page answers; returns it with the URL it came from. */
    async follow(url: string, init: RequestInit = {}): Promise<{ res: Response; url: string; hops: string[] }> {
      let res = await this.request(url, init);
      let current = new URL(url, base).href;
      const hops = [current];
      while (res.status >= 300 && res.status < 400) {
        current = new URL(res.headers.get('location')!, current).href;
        hops.push(current);
        res = await this.request(current);
      }
      return { res, url: current, hops };
    },
  };
}

async function signInThroughProvider(username: string, password: string) {
  const b = browser(t.baseUrl);
  const login = await b.follow('/api/v1/auth/oidc/login');
  expect(login.url).toMatch(/\/oidc\/interaction\/[\w-]+$/);
  expect(login.hops[1]).toContain('code_challenge_method=S256');
  const html = await login.res.text();
  expect(html).toContain('统一身份认证登录');
  const action = /action="([^"]+)"/.exec(html)![1]!;
  const done = await b.follow(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  return { b, done };
}

describe('unified identity login (M11)', () => {
  it('logs a regulator in through the OIDC provider and lands on the platform with a session', async () => {
    const { b, done } = await signInThroughProvider('gz-yjj', 'Demo@2026');
    expect(done.hops.some((h) => h.includes('/api/v1/auth/oidc/callback?code='))).toBe(true);
    expect(new URL(done.url).pathname).toBe('/');
    expect(b.jar.has('xk_session')).toBe(true);
    const me = await (await b.request('/api/v1/me')).json();
    expect(me.account.username).toBe('gz-yjj');
    expect(me.roles[0]).toMatchObject({ role: 'regulator', scope: { regionCode: '440100' } });
    const sessions = await (await b.request('/api/v1/me/sessions')).json();
    expect(sessions.items.find((s: { current: boolean }) => s.current).method).toBe('oidc');
  });

  it('shows the error on the provider page for a wrong password and creates no session', async () => {
    const { b, done } = await signInThroughProvider('gz-yjj', 'wrong');
    expect(done.res.status).toBe(401);
    expect(await done.res.text()).toContain('用户名或密码不正确');
    expect(b.jar.has('xk_session')).toBe(false);
  });

  it('refuses a callback whose state was not issued to this browser', async () => {
    const b = browser(t.baseUrl);
    const res = await b.follow('/api/v1/auth/oidc/callback?code=forged&state=forged');
    expect(res.url).toContain('/login?error=AUTH_OIDC_FAILED');
    expect(b.jar.has('xk_session')).toBe(false);
  });
});
