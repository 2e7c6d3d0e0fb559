import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/app.js';
import { fixedClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { TEMPLATE_TIME } from './pglite-template.js';
import { createScratchDatabase } from './scratch-db.js';

/**
 * Vitest global setup (PostgreSQL project), as pglite-template.ts is for PGlite: migrates and seeds
 * one database at TEMPLATE_TIME; each test app's database is then `create database … template` it,
 * a file copy on the server instead of a full boot.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-pg-template-'));
  const template = await createScratchDatabase('xk_template');
  const config = loadConfig({ NODE_ENV: 'test', XUNKAO_DATA_DIR: dir, XUNKAO_DEMO: '1', LOG_LEVEL: 'silent', DATABASE_URL: template.url });
  const app = await buildApp({ config, clock: fixedClock(TEMPLATE_TIME), webDist: null });
  await app.close();
  process.env.XUNKAO_TEST_PG_TEMPLATE = new URL(template.url).pathname.slice(1);
  return async () => {
    await template.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
