import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { ExamsService } from './exams.service.js';

/** N2.4: once a month, drop exam-log partitions past the 3-year retention; nothing younger is ever dropped. */
export function examsJobs(exams: ExamsService): JobDefinition[] {
  return [
    {
      name: 'exams.log-retention',
      cron: '30 3 1 * *',
      handler: async () => {
        await exams.logs.dropExpired();
      },
    },
  ];
}
