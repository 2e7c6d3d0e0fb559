import fsp from 'node:fs/promises';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbKind } from '../../platform/db/database.js';
import type { Metrics } from '../../platform/http/metrics.js';
import { latestBackup } from '../backup/index.js';
import { alertsFor } from './operations.alerts.js';
import * as repo from './operations.repository.js';

/** The operator's view of one installation: database, jobs, disk, backups, errors, and what needs attention. */
export function createOperationsService(deps: { db: Db; dbKind: DbKind; clock: Clock; metrics: Metrics; dataDir: string; backupDir: string }) {
  async function disk() {
    try {
      const s = await fsp.statfs(deps.dataDir);
      return { path: deps.dataDir, freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
    } catch {
      return null;
    }
  }

  async function status() {
    const now = deps.clock.now();
    const [jobs, sizeBytes, backup, diskSpace, http] = await Promise.all([
      repo.jobCounts(deps.db, new Date(now.getTime() - 86_400_000)),
      repo.databaseSize(deps.db),
      latestBackup(deps.backupDir),
      disk(),
      deps.metrics.requestTotals(),
    ]);
    const latestBackupAt = backup ? new Date(backup.createdAt) : null;
    const failedJobs24h = jobs.reduce((n, j) => n + j.failed, 0);
    return {
      checkedAt: now.toISOString(),
      database: { kind: deps.dbKind, sizeBytes },
      jobs: { queued: jobs.reduce((n, j) => n + j.queued, 0), active: jobs.reduce((n, j) => n + j.active, 0), failed24h: failedJobs24h, queues: jobs },
      disk: diskSpace,
      backup: { latest: backup?.name ?? null, createdAt: backup?.createdAt ?? null, ageHours: latestBackupAt ? Math.round(((now.getTime() - latestBackupAt.getTime()) / 3_600_000) * 10) / 10 : null },
      http: { ...http, errorRate: http.requests ? http.serverErrors / http.requests : 0 },
      alerts: alertsFor({ now, latestBackupAt, disk: diskSpace, failedJobs24h, http }),
    };
  }

  return { status };
}

export type OperationsService = ReturnType<typeof createOperationsService>;
