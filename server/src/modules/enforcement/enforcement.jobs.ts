import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { SignalsService } from './signals.service.js';

export const DETECT_SIGNALS_JOB = 'enforcement.detect-signals';

/** Nightly after the day closes (Asia/Shanghai): detectors over the past whole days; idempotent by evidence key. */
export function enforcementJobs(signals: SignalsService): JobDefinition[] {
  return [{ name: DETECT_SIGNALS_JOB, cron: '20 1 * * *', retryLimit: 2, handler: async () => void (await signals.detect()) }];
}
