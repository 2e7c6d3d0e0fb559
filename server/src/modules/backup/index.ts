export { createBackup, latestBackup, pruneBackups, type BackupResult, type BackupTarget } from './backup.create.js';
export { restoreBackup, type RestoreResult } from './backup.restore.js';
export { backupJobs, BACKUP_JOB } from './backup.jobs.js';
export { rowCounts } from './backup.database.js';
