import type { Clock } from '../../platform/clock.js';
import type { JobDefinition } from '../../platform/jobs/jobs.js';
import { createBackup, pruneBackups, type BackupTarget } from './backup.create.js';

export const BACKUP_JOB = 'backup.daily';

/** M7: one backup a day at 02:30 Beijing time, keeping the newest `keep`. */
export function backupJobs(deps: { target: BackupTarget; backupDir: string; keep: number; clock: Clock; log: (msg: string) => void }): JobDefinition[] {
  return [
    {
      name: BACKUP_JOB,
      cron: '30 2 * * *',
      retryLimit: 2,
      handler: async () => {
        const result = await createBackup(deps.target, deps.backupDir, deps.clock);
        const pruned = await pruneBackups(deps.backupDir, deps.keep);
        deps.log(`backup written: ${result.dir} (${result.bytes} bytes); pruned ${pruned.length}`);
      },
    },
  ];
}
