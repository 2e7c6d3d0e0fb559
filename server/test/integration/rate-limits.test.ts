import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpOptions, type HttpServer } from '../../src/platform/http/server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * DESIGN §1: rate limits are shared by every replica — through PostgreSQL by
 * default, through Redis (127.0.0.1:6379) when REDIS_URL is set. Two HTTP
 * servers stand in for two replicas; each would allow the whole budget alone.
 */
const LIMIT = 5;
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

async function replica(store: HttpOptions['rateLimitStore']): Promise<HttpServer> {
  const server = await createHttpServer({ logLevel: 'silent', authenticate: async () => null, rateLimitPerMinute: LIMIT, rateLimitStore: store });
  server.app.get('/api/v1/ping', { config: { access: { public: '测试' } } }, async () => ({ ok: true }));
  return server;
}

/** Alternates requests between the two replicas from one client address; returns the statuses in order. */
async function alternate(one: HttpServer, two: HttpServer, count: number, address: string) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await (i % 2 ? two : one).app.inject({ method: 'GET', url: '/api/v1/ping', remoteAddress: address });
    statuses.push(res.statusCode);
  }
  return statuses;
}

describe('rate limits shared across replicas', () => {
  it('through PostgreSQL (the default): one budget per address for both replicas', async () => {
    const [one, two] = [await replica({ kind: 'postgres', db: t.database.db }), await replica({ kind: 'postgres', db: t.database.db })];
    const statuses = await alternate(one, two, 2 * LIMIT, `10.0.${randomUUID().slice(0, 4)}`);
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual(Array(LIMIT).fill(429));
    await Promise.all([one.app.close(), two.app.close()]);
  });

  it('through Redis when configured', async () => {
    const url = 'redis://127.0.0.1:6379';
    const [one, two] = [await replica({ kind: 'redis', url }), await replica({ kind: 'redis', url })];
    const statuses = await alternate(one, two, 2 * LIMIT, `10.1.${randomUUID().slice(0, 4)}`);
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual(Array(LIMIT).fill(429));
    await Promise.all([one.app.close(), two.app.close()]);
  });
});
