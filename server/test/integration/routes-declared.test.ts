import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiClientAccess, isPublic, type Access } from '../../src/platform/http/access.js';
import { createHttpServer } from '../../src/platform/http/server.js';
import { loginAs, startTestApp, type TestApp } from '../support/test-app.js';

/** DESIGN §8: every route declares {roles, scope} or why it is public; the default is deny. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

const accessOf = (route: { config?: unknown }) => (route.config as { access?: Access } | undefined)?.access;
const methodsOf = (route: { method: string | string[] }) => (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');

/** A concrete URL for a route pattern: params become a well-formed id. */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000').replace(/\*$/, 'x');

describe('access declarations', () => {
  it('every registered route declares its access', () => {
    const undeclared = t.routes.filter((r) => !accessOf(r)).map((r) => `${methodsOf(r).join(',')} ${r.url}`);
    expect(t.routes.length).toBeGreaterThan(10);
    expect(undeclared).toEqual([]);
  });

  it('every public route says why it is public, every protected one names roles and a scope rule', () => {
    for (const route of t.routes) {
      const access = accessOf(route)!;
      if (isPublic(access)) expect(access.public.length, route.url).toBeGreaterThan(2);
      else if (isApiClientAccess(access)) expect(access.apiClient.length, route.url).toBeGreaterThan(2);
      else {
        expect(access.roles === 'any-authenticated' || access.roles.length > 0, route.url).toBe(true);
        expect(access.scope, route.url).toBeTruthy();
      }
    }
  });

  it('every protected route answers 401 to an anonymous caller', async () => {
    const protectedRoutes = t.routes.filter((r) => !isPublic(accessOf(r)!));
    expect(protectedRoutes.length).toBeGreaterThan(3);
    for (const route of protectedRoutes) {
      for (const method of methodsOf(route)) {
        const res = await t.app.inject({ method: method as 'GET', url: concrete(route.url) });
        expect(res.statusCode, `${method} ${route.url}`).toBe(401);
        expect(res.json().code).toBe('AUTH_REQUIRED');
      }
    }
  });

  it('a route restricted to some roles answers 403 to the others', async () => {
    const learner = await loginAs(t, '440106199001011235');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit/heads', headers: learner.headers });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    const regulator = await loginAs(t, 'gd-yjt');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit/heads', headers: regulator.headers })).statusCode).toBe(200);
  });

  it('a route registered without a declaration is denied (default deny)', async () => {
    const bare = await createHttpServer({ logLevel: 'silent', authenticate: async () => null, rateLimitPerMinute: 100, rateLimitStore: { kind: 'postgres', db: t.database.db } });
    bare.app.get('/api/v1/undeclared', async () => ({ secret: true }));
    const res = await bare.app.inject({ method: 'GET', url: '/api/v1/undeclared' });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('secret');
    await bare.app.close();
  });
});
