import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { CatalogueService } from './catalogue.service.js';

/** M21: every uploaded lesson's media goes through the quality gates in the background. */
export function catalogueJobs(catalogue: CatalogueService): JobDefinition[] {
  return [
    {
      name: 'catalogue.inspect-lesson',
      retryLimit: 2,
      handler: async (data) => {
        await catalogue.inspectLesson((data as { lessonId: string }).lessonId);
      },
    },
  ];
}
