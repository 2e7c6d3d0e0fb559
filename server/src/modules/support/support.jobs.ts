import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { SupportService } from './support.service.js';

export const ESCALATION_JOB = 'support.escalate';

/** M10: every five minutes, escalate clocks about to run out (and sweep expired captchas). */
export function supportJobs(support: SupportService): JobDefinition[] {
  return [{ name: ESCALATION_JOB, cron: '*/5 * * * *', handler: async () => void (await support.escalate()) }];
}
