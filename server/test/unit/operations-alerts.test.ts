import { describe, expect, it } from 'vitest';
import { alertsFor, type StatusFacts } from '../../src/modules/operations/operations.alerts.js';

const now = new Date('2026-11-23T04:00:00Z');
const healthy: StatusFacts = { now, latestBackupAt: new Date('2026-11-22T18:30:00Z'), disk: { freeBytes: 50, totalBytes: 100 }, failedJobs24h: 0, http: { requests: 1000, serverErrors: 1 } };
const codes = (f: Partial<StatusFacts>) => alertsFor({ ...healthy, ...f }).map((a) => a.code);

describe('operations alerts', () => {
  it('raises nothing for a healthy installation', () => {
    expect(codes({})).toEqual([]);
  });

  it('alerts when there is no backup, or the newest is more than a day old (M7)', () => {
    expect(codes({ latestBackupAt: null })).toEqual(['BACKUP_MISSING']);
    expect(codes({ latestBackupAt: new Date('2026-11-22T03:59:00Z') })).toEqual(['BACKUP_STALE']);
    expect(codes({ latestBackupAt: new Date('2026-11-22T04:01:00Z') })).toEqual([]);
  });

  it('warns on low disk, failed jobs and a high server error rate over enough requests', () => {
    expect(codes({ disk: { freeBytes: 9, totalBytes: 100 } })).toEqual(['DISK_LOW']);
    expect(codes({ failedJobs24h: 2 })).toEqual(['JOBS_FAILED']);
    expect(codes({ http: { requests: 1000, serverErrors: 60 } })).toEqual(['ERROR_RATE_HIGH']);
    expect(codes({ http: { requests: 10, serverErrors: 5 } })).toEqual([]);
  });
});
