import type { JobDefinition } from '../../platform/jobs/jobs.js';
import { EXPORT_JOB, type OversightExports } from './oversight-export.service.js';

/** Excel exports run outside the request (M29: large exports stream with progress). */
export function oversightJobs(exports: OversightExports): JobDefinition[] {
  return [
    {
      name: EXPORT_JOB,
      retryLimit: 1,
      handler: async (data) => {
        await exports.run((data as { exportId: string }).exportId);
      },
    },
  ];
}
