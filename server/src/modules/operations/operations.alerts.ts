/**
 * What the operations view raises (issue 10, M5–M7): pure, so each threshold is
 * a named rule with a test, not a number buried in a page.
 */
export const BACKUP_MAX_AGE_HOURS = 24;
export const DISK_FREE_MIN_RATIO = 0.1;
export const ERROR_RATE_MAX = 0.05;
/** Error rates over fewer requests than this say nothing yet. */
export const ERROR_RATE_MIN_REQUESTS = 100;

export interface StatusFacts {
  now: Date;
  latestBackupAt: Date | null;
  disk: { freeBytes: number; totalBytes: number } | null;
  failedJobs24h: number;
  http: { requests: number; serverErrors: number };
}

export interface Alert {
  level: 'error' | 'warning';
  code: 'BACKUP_MISSING' | 'BACKUP_STALE' | 'DISK_LOW' | 'JOBS_FAILED' | 'ERROR_RATE_HIGH';
  message: string;
}

export function alertsFor(f: StatusFacts): Alert[] {
  const alerts: Alert[] = [];
  if (!f.latestBackupAt) {
    alerts.push({ level: 'error', code: 'BACKUP_MISSING', message: '尚无备份：请运行 npx xunkao backup 或检查每日备份任务（M7）' });
  } else {
    const hours = (f.now.getTime() - f.latestBackupAt.getTime()) / 3_600_000;
    if (hours > BACKUP_MAX_AGE_HOURS) alerts.push({ level: 'error', code: 'BACKUP_STALE', message: `最近一次备份已是 ${Math.floor(hours)} 小时前，超过 ${BACKUP_MAX_AGE_HOURS} 小时（M7）` });
  }
  if (f.disk && f.disk.totalBytes > 0 && f.disk.freeBytes / f.disk.totalBytes < DISK_FREE_MIN_RATIO) {
    alerts.push({ level: 'warning', code: 'DISK_LOW', message: `数据盘剩余空间不足 ${DISK_FREE_MIN_RATIO * 100}%` });
  }
  if (f.failedJobs24h > 0) alerts.push({ level: 'warning', code: 'JOBS_FAILED', message: `最近24小时有 ${f.failedJobs24h} 个后台任务失败` });
  if (f.http.requests >= ERROR_RATE_MIN_REQUESTS && f.http.serverErrors / f.http.requests > ERROR_RATE_MAX) {
    alerts.push({ level: 'warning', code: 'ERROR_RATE_HIGH', message: `服务器错误率 ${((f.http.serverErrors / f.http.requests) * 100).toFixed(1)}%，超过 ${ERROR_RATE_MAX * 100}%` });
  }
  return alerts;
}
