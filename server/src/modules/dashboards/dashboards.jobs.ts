import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { DashboardsService } from './dashboards.service.js';

/** Keeps the dashboard rollup current (issue 8 item 2): incremental, from the watermarks. */
export function dashboardsJobs(dashboards: DashboardsService): JobDefinition[] {
  return [
    {
      name: 'dashboards.refresh',
      cron: '*/5 * * * *',
      retryLimit: 2,
      handler: async () => {
        await dashboards.refresh();
      },
    },
  ];
}
