import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { AuditService } from './audit.service.js';

/** Signs the audit chain head once a day at 00:05 Beijing time (DESIGN §4). */
export function auditJobs(audit: AuditService): JobDefinition[] {
  return [
    {
      name: 'audit.sign-daily-head',
      cron: '5 0 * * *',
      handler: async () => {
        await audit.signDailyHead();
      },
    },
  ];
}
