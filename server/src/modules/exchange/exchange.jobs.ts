import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { ExchangeService } from './exchange.service.js';

/** M4 push: every minute, turn new changes into deliveries and post those due (first tries and back-off retries). */
export function exchangeJobs(exchange: ExchangeService): JobDefinition[] {
  return [
    {
      name: 'exchange.push-webhooks',
      cron: '* * * * *',
      // Failed posts are retried by the delivery schedule itself, not by re-running the job.
      retryLimit: 0,
      handler: async () => {
        await exchange.webhooks.run();
      },
    },
  ];
}
