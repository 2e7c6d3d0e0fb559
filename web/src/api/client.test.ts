import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, csrfHeaders, NETWORK_ERROR_MESSAGE, readCookie } from './client';

const COOKIES = 'theme=light; xk_csrf=tok%2B123; other=x';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function clientWith(response: Response | Error) {
  const fetch = vi.fn<typeof globalThis.fetch>(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  const onUnauthorized = vi.fn();
  const request = createApiClient({ fetch, cookies: () => COOKIES, onUnauthorized });
  const sentInit = () => fetch.mock.calls[0]?.[1] as RequestInit & { headers: Record<string, string> };
  return { request, fetch, onUnauthorized, sentInit };
}

describe('CSRF header', () => {
  it('reads the readable xk_csrf cookie among others', () => {
    expect(readCookie(COOKIES, 'xk_csrf')).toBe('tok+123');
    expect(readCookie('a=1', 'xk_csrf')).toBeNull();
  });

  it('is sent on writes and never on reads', () => {
    expect(csrfHeaders('POST', COOKIES)).toEqual({ 'x-csrf-token': 'tok+123' });
    expect(csrfHeaders('delete', COOKIES)).toEqual({ 'x-csrf-token': 'tok+123' });
    expect(csrfHeaders('GET', COOKIES)).toEqual({});
    expect(csrfHeaders('HEAD', COOKIES)).toEqual({});
  });

  it('is omitted when there is no CSRF cookie yet (before login)', () => {
    expect(csrfHeaders('POST', '')).toEqual({});
  });

  it('goes out with a POST made through the client, with same-origin credentials', async () => {
    const { request, sentInit } = clientWith(new Response(null, { status: 204 }));
    await expect(request('/api/v1/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    expect(sentInit().headers['x-csrf-token']).toBe('tok+123');
    expect(sentInit().credentials).toBe('same-origin');
  });

  it('sends extra headers such as an Idempotency-Key, never in place of the CSRF token', async () => {
    const { request, sentInit } = clientWith(jsonResponse(200, { credited: 0 }));
    await request('/api/v1/learning/sessions/s1/heartbeats', { method: 'POST', body: { seq: 2 }, headers: { 'idempotency-key': 's1:2', 'x-csrf-token': 'forged' } });
    expect(sentInit().headers['idempotency-key']).toBe('s1:2');
    expect(sentInit().headers['x-csrf-token']).toBe('tok+123');
  });

  it('does not go out with a GET', async () => {
    const { request, sentInit } = clientWith(jsonResponse(200, { status: 'ok' }));
    await expect(request('/api/health')).resolves.toEqual({ status: 'ok' });
    expect(sentInit().headers['x-csrf-token']).toBeUndefined();
  });
});

describe('errors', () => {
  it('carries the server code, zh-CN message, status and details', async () => {
    const until = '2026-01-01T08:15:00.000Z';
    const { request } = clientWith(jsonResponse(423, { code: 'AUTH_LOCKED', message: '账号已临时锁定', details: { until } }));
    const error = await request('/api/v1/auth/login', { method: 'POST', body: {}, allowUnauthenticated: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 423, code: 'AUTH_LOCKED', message: '账号已临时锁定', details: { until } });
  });

  it('sends the user to login on a 401', async () => {
    const { request, onUnauthorized } = clientWith(jsonResponse(401, { code: 'AUTH_REQUIRED', message: '请先登录', details: null }));
    await expect(request('/api/v1/me/sessions')).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('leaves a failed login on the login page', async () => {
    const { request, onUnauthorized } = clientWith(jsonResponse(401, { code: 'AUTH_INVALID_CREDENTIALS', message: '用户名或密码不正确' }));
    await expect(request('/api/v1/auth/login', { method: 'POST', body: {}, allowUnauthenticated: true })).rejects.toMatchObject({
      code: 'AUTH_INVALID_CREDENTIALS',
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('keeps the session when a password check inside a signed-in call fails', async () => {
    const { request, onUnauthorized } = clientWith(jsonResponse(401, { code: 'AUTH_INVALID_CREDENTIALS', message: '用户名或密码不正确' }));
    await expect(request('/api/v1/me/password', { method: 'POST', body: {} })).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('explains an unreachable server in plain words', async () => {
    const { request } = clientWith(new TypeError('fetch failed'));
    await expect(request('/api/v1/me')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE });
  });

  it('handles a gateway error without a JSON body', async () => {
    const { request } = clientWith(new Response('<html>Bad Gateway</html>', { status: 502 }));
    await expect(request('/api/v1/me')).rejects.toMatchObject({ status: 502, code: 'HTTP_502', message: NETWORK_ERROR_MESSAGE });
  });
});
