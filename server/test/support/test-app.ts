import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type XunkaoApp } from '../../src/app.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-db.js';
import type { Clock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../../src/platform/http/server.js';

export const testDb = (process.env.XUNKAO_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface TestApp extends XunkaoApp {
  dataDir: string;
  baseUrl: string;
  /** The environment an operator's CLI needs to reach this instance's database. */
  cliEnv: Record<string, string>;
  scratch: ScratchDatabase | null;
  stop(): Promise<void>;
}

/**
 * A whole platform on a scratch database with the demo data, as `npm start` has it.
 * `listen: true` serves on a real port (needed for the OIDC round trip).
 */
export async function startTestApp(
  options: { clock?: Clock; random?: (n: number) => number; listen?: boolean; jobs?: boolean; env?: Record<string, string>; restartOf?: TestApp } = {},
): Promise<TestApp> {
  const previous = options.restartOf;
  const dataDir = previous?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-test-'));
  const scratch = previous ? previous.scratch : testDb === 'postgres' ? await createScratchDatabase('xk_test', process.env.XUNKAO_TEST_PG_TEMPLATE) : null;
  const port = options.listen ? await freePort() : 0;
  const config = loadConfig({
    NODE_ENV: 'test',
    XUNKAO_DATA_DIR: dataDir,
    XUNKAO_DEMO: '1',
    XUNKAO_PUBLIC_URL: `http://127.0.0.1:${port || 3000}`,
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    ...options.env,
  });
  const template = testDb === 'pglite' && !previous ? process.env.XUNKAO_TEST_PGLITE_TEMPLATE : undefined;
  const app = await buildApp({ config, clock: options.clock, ...(options.random ? { random: options.random } : {}), jobs: options.jobs ?? false, webDist: null, ...(template ? { pgliteTemplate: template } : {}) });
  if (options.listen) await app.app.listen({ port, host: '127.0.0.1' });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  return {
    ...app,
    close,
    dataDir,
    baseUrl: config.publicUrl,
    cliEnv: { XUNKAO_DATA_DIR: dataDir, ...(scratch ? { DATABASE_URL: scratch.url } : {}) },
    scratch,
    async stop() {
      await close();
      await scratch?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in caller for inject()-based tests: cookies and the CSRF header. */
export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

export async function loginAs(app: TestApp, username: string, password = 'Demo@2026'): Promise<Session> {
  const res = await app.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookies = res.cookies as { name: string; value: string }[];
  const session = cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  const csrf = cookies.find((c) => c.name === CSRF_COOKIE)?.value;
  if (!session || !csrf) throw new Error('login did not set cookies');
  const cookie = `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf}`;
  return { cookie, csrf, headers: { cookie, [CSRF_HEADER]: csrf } };
}
