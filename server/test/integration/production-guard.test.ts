import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/platform/config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Issue 3: in production the server refuses to start while demo accounts (published password) are active. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await t.close();
});
afterAll(async () => {
  await t?.stop();
});

const production = (dataDir: string, databaseUrl?: string) =>
  loadConfig({
    NODE_ENV: 'production',
    XUNKAO_DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    XUNKAO_SIGNING_KEY: Buffer.alloc(32, 1).toString('base64'),
    XUNKAO_DATA_KEY: Buffer.alloc(32, 2).toString('base64'),
    XUNKAO_LOOKUP_KEY: Buffer.alloc(32, 3).toString('base64'),
    OIDC_CLIENT_SECRET: 'a-long-production-client-secret',
    OIDC_ISSUER: 'https://tyrz.gd.gov.cn/oidc',
    LOG_LEVEL: 'silent',
  });

describe('production start', () => {
  it('refuses a database that still has the demo accounts, naming why', async () => {
    const start = buildApp({ config: production(t.dataDir, t.scratch?.url), webDist: null });
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(buildApp({ config: production(t.dataDir, t.scratch?.url), webDist: null })).rejects.toThrow(/演示账号/);
  });
});
