import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/platform/config.js';
import { createScratchDatabase } from '../server/test/support/scratch-db.js';
import { load, printTable } from './harness.js';

/**
 * Authenticated GET /api/v1/me (session lookup, roles, access hook, schema
 * serialisation) against a bare Fastify route on the same machine, same run.
 */
export async function benchMe(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-bench-'));
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase('xk_bench') : null;
  const config = loadConfig({ ...process.env, ...(scratch ? { DATABASE_URL: scratch.url } : {}), NODE_ENV: 'test', XUNKAO_DATA_DIR: dataDir, XUNKAO_DEMO: '1', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const xunkao = await buildApp({ config, webDist: null });
  const address = await xunkao.app.listen({ port: 0, host: '127.0.0.1' });

  const bare = Fastify();
  bare.get('/bare', async () => ({ ok: true }));
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });

  try {
    const login = await fetch(`${address}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'gz-yjj', password: 'Demo@2026' }),
    });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const baseline = await load('bare Fastify GET', `${bareAddress}/bare`);
    const me = await load(`GET /api/v1/me (${xunkao.database.kind})`, `${address}/api/v1/me`, { cookie });
    printTable('Identity: authenticated GET /api/v1/me vs a bare Fastify route', baseline, [me]);
  } finally {
    await bare.close();
    await xunkao.close();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
