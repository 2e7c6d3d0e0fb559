import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { FacesService } from './faces.service.js';

/** After each enrolment: look for the same face under another ID number (DESIGN §5.7). */
export function facesJobs(faces: FacesService): JobDefinition[] {
  return [
    {
      name: 'faces.find-duplicates',
      retryLimit: 2,
      handler: async (data) => {
        await faces.findDuplicates((data as { accountId: string }).accountId);
      },
    },
  ];
}
