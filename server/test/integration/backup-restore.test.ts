import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { rowCounts } from '../../src/modules/backup/index.js';
import { createLocalBlobStore } from '../../src/platform/blob/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { openClass, publishedCourse } from '../support/factories.js';
import { runCli } from '../support/cli.js';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-db.js';
import { loginAs, startTestApp, testDb, type TestApp } from '../support/test-app.js';

/** M7: a backup of a populated instance restores into a fresh one with the same rows, an intact audit chain and its files. */
const face = fs.readFileSync(fileURLToPath(new URL('../fixtures/faces/person-a-webcam.jpg', import.meta.url))).toString('base64');

let t: TestApp;
const fresh: { dir: string; scratch: ScratchDatabase | null }[] = [];

/** An empty instance to restore into: a new data directory and, on PostgreSQL, a new empty database. */
async function emptyInstance() {
  const instance = { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-restore-')), scratch: testDb === 'postgres' ? await createScratchDatabase() : null };
  fresh.push(instance);
  return { ...instance, env: { XUNKAO_DATA_DIR: instance.dir, ...(instance.scratch ? { DATABASE_URL: instance.scratch.url } : {}) } };
}

const backupsIn = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('xunkao-backup-')).sort();
const publicCounts = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([k]) => k.startsWith('public.')));

beforeAll(async () => {
  t = await startTestApp();
  const inst = await loginAs(t, 'demo-inst');
  const { code } = await openClass(t, inst, await publishedCourse(t, inst));
  const learner = await loginAs(t, '440106199001011235');
  await t.app.inject({ method: 'POST', url: '/api/v1/me/enrolments', headers: learner.headers, payload: { code } });
  const enrolled = await t.app.inject({ method: 'POST', url: '/api/v1/me/face/enrolment', headers: learner.headers, payload: { images: [face] } });
  expect(enrolled.statusCode).toBe(201);
});
afterAll(async () => {
  await t?.stop();
  for (const f of fresh) {
    await f.scratch?.drop();
    fs.rmSync(f.dir, { recursive: true, force: true });
  }
});

describe(`backup and restore on ${testDb} (M7)`, () => {
  let backup: string;
  let source: Record<string, number>;

  it('backs up a populated instance and restores it into a fresh one: same rows per table, intact audit chain, openable files', async () => {
    source = await rowCounts(t.database.db);
    expect(source['public.face_enrolments']).toBe(1);
    expect(source['public.classes']).toBeGreaterThan(0);
    await t.close();

    const made = runCli(['backup'], t.cliEnv);
    expect(made.code, made.stderr).toBe(0);
    const backupDir = path.join(t.dataDir, 'backups');
    expect(backupsIn(backupDir)).toHaveLength(1);
    backup = path.join(backupDir, backupsIn(backupDir)[0]!);
    const manifest = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'xunkao-backup/1', database: testDb, rowCounts: source });
    expect(manifest.blobs).toBeGreaterThan(0);
    for (const file of manifest.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);

    const target = await emptyInstance();
    const restored = runCli(['restore', backup], target.env);
    expect(restored.code, restored.stderr).toBe(0);
    expect(runCli(['verify-audit'], target.env).code).toBe(0);

    const config = loadConfig({ NODE_ENV: 'test', ...target.env, XUNKAO_DEMO: '0', LOG_LEVEL: 'silent', OIDC_ISSUER: 'https://example.invalid' });
    const app = await buildApp({ config, webDist: null });
    try {
      expect(publicCounts(await rowCounts(app.database.db))).toEqual(publicCounts(source));
      const { photo_blob_key: key } = await app.database.db.selectFrom('face_enrolments').select('photo_blob_key').executeTakeFirstOrThrow();
      const bytes = await new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        createLocalBlobStore(config.blobDir).open(key).on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
      });
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(key);
      expect(bytes.toString('base64')).toBe(face);
      const login = await app.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '440106199001011235', password: 'Demo@2026' } });
      expect(login.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('refuses to restore into an instance that already holds data', async () => {
    const res = runCli(['restore', backup], t.cliEnv);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('BACKUP_TARGET_NOT_EMPTY');
  });

  it('refuses a damaged backup before touching the target', async () => {
    const damaged = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-damaged-'));
    fresh.push({ dir: damaged, scratch: null });
    fs.cpSync(backup, damaged, { recursive: true });
    const blobs = path.join(damaged, 'blobs.tar.gz');
    const bytes = fs.readFileSync(blobs);
    bytes.writeUInt8(bytes.readUInt8(bytes.length >> 1) ^ 0xff, bytes.length >> 1);
    fs.writeFileSync(blobs, bytes);
    const target = await emptyInstance();
    const res = runCli(['restore', damaged], target.env);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('BACKUP_CHECKSUM_MISMATCH');
    expect(fs.existsSync(path.join(target.dir, 'pgdata'))).toBe(false);
  });

  it('the daily job backs up the running instance and keeps only the configured number (M7)', async () => {
    const running = await startTestApp({ restartOf: t, jobs: true, env: { BACKUP_KEEP: '1' } });
    t = running;
    await running.jobs!.runNow('backup.daily', {}, 60_000);
    const kept = backupsIn(path.join(t.dataDir, 'backups'));
    expect(kept).toHaveLength(1);
    expect(path.join(t.dataDir, 'backups', kept[0]!)).not.toBe(backup);
    await running.close();

    const target = await emptyInstance();
    const restored = runCli(['restore', path.join(t.dataDir, 'backups', kept[0]!)], target.env);
    expect(restored.code, restored.stderr).toBe(0);
    expect(runCli(['verify-audit'], target.env).code).toBe(0);
  });
});
