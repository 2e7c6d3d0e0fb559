import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openApiDocument } from '../../src/app.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, testDb, type TestApp } from '../support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

describe('operations endpoints', () => {
  it('GET /api/health answers ok', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/ready reports the database and that all migrations ran', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ready', database: testDb });
  });

  it(`is talking to ${testDb === 'postgres' ? 'a real PostgreSQL server' : 'the embedded PGlite'}`, async () => {
    const { rows } = await sql<{ v: string }>`select version() as v`.execute(t.database.db);
    expect(t.database.kind).toBe(testDb);
    if (testDb === 'postgres') {
      expect(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test').toMatch(/^postgres/);
      // PGlite reports an emscripten/wasm build; a server build names its compiler and platform.
      expect(rows[0]!.v).toMatch(/^PostgreSQL \d+/);
      expect(rows[0]!.v).not.toMatch(/emscripten|wasm/i);
      const { rows: addr } = await sql<{ a: string | null }>`select inet_server_addr()::text as a`.execute(t.database.db);
      expect(addr[0]!.a).not.toBeNull();
    } else {
      expect(rows[0]!.v).toMatch(/emscripten|wasm/i);
    }
  });

  it('GET /metrics serves Prometheus text with request timings', async () => {
    await t.app.inject({ method: 'GET', url: '/api/health' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('xunkao_http_request_duration_seconds_bucket');
    expect(res.body).toContain('route="/api/health"');
  });

  it('serves the OpenAPI document with every route and its access note', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(spec.paths['/api/v1/me'].get.description).toContain('访问：');
    expect(spec.paths['/api/v1/auth/login'].post.description).toContain('公开');
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
  });

  it('the committed web client types match the API (run `npm run api:generate` after changing a route)', async () => {
    const committed = fs.readFileSync(fileURLToPath(new URL('../../../web/src/api/openapi.json', import.meta.url)), 'utf8');
    expect(JSON.parse(openApiDocument(t))).toEqual(JSON.parse(committed));
  });

  it('unknown API paths answer a JSON NOT_FOUND with a zh-CN message', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: '未找到相关内容' });
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('GET /api/v1/regions returns Guangdong with 21 cities and 122 counties', async () => {
    const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/regions' })).json();
    expect(tree).toMatchObject({ code: '440000', name: '广东省', level: 'province' });
    expect(tree.children).toHaveLength(21);
    const counties = tree.children.flatMap((c: { children: unknown[] }) => c.children);
    expect(counties).toHaveLength(122);
    expect(tree.children.find((c: { code: string }) => c.code === '441900').children).toEqual([]);
  });

  it('a second start on the same data keeps the data and does not seed twice', async () => {
    const count = async (app: TestApp) =>
      Number((await app.database.db.selectFrom('accounts').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const accountsBefore = await count(t);
    await loginAs(t, 'gz-yjj');
    const auditBefore = (await t.services.audit.verify()).entries;
    await t.close();
    t = await startTestApp({ restartOf: t });
    expect(await count(t)).toBe(accountsBefore);
    expect((await t.services.audit.verify()).entries).toBeGreaterThanOrEqual(auditBefore);
    await loginAs(t, 'gz-yjj');
  });
});
