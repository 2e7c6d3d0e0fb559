import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/modules/backup/index.js';
import { fixedClock } from '../../src/platform/clock.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** The operator's view (issue 10): database, jobs, disk, backup age with an alert past a day (M7), error rate. */
const clock = fixedClock(new Date('2026-11-23T04:00:00Z'));
let t: TestApp;
let platform: Session;

beforeAll(async () => {
  t = await startTestApp({ clock });
  platform = await loginAs(t, 'platform');
});
afterAll(async () => {
  await t?.stop();
});

const status = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/ops/status', headers: platform.headers })).json();

describe('operations view', () => {
  it('reports the database, the disk and requests, and alerts while there is no backup', async () => {
    const s = await status();
    expect(s.database.sizeBytes).toBeGreaterThan(0);
    expect(s.disk.totalBytes).toBeGreaterThan(s.disk.freeBytes);
    expect(s.http.requests).toBeGreaterThan(0);
    expect(s.backup).toEqual({ latest: null, createdAt: null, ageHours: null });
    expect(s.alerts.map((a: { code: string }) => a.code)).toContain('BACKUP_MISSING');
  });

  it('clears the alert after a backup and raises it again when the backup is more than a day old', async () => {
    await createBackup({ database: t.database, databaseUrl: t.scratch?.url, blobDir: path.join(t.dataDir, 'blobs') }, path.join(t.dataDir, 'backups'), clock);
    const fresh = await status();
    expect(fresh.backup.ageHours).toBe(0);
    expect(fresh.alerts.map((a: { code: string }) => a.code)).not.toContain('BACKUP_MISSING');
    clock.advance(25 * 3_600_000);
    platform = await loginAs(t, 'platform');
    const stale = await status();
    expect(stale.backup.ageHours).toBe(25);
    expect(stale.alerts).toContainEqual(expect.objectContaining({ level: 'error', code: 'BACKUP_STALE' }));
  });

  it('is for the platform operator only', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/ops/status', headers: (await loginAs(t, 'gd-yjt')).headers });
    expect(res.statusCode).toBe(403);
  });
});
