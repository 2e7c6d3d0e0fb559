import { createApplicationsService } from './applications.service.js';
import { createDrawsService } from './draws.service.js';
import { isCandidateOf } from './applications.repository.js';
import type { ExamsDeps } from './exams.deps.js';
import { createLogsService } from './logs.service.js';
import { createSessionsService } from './sessions.service.js';
import { createSitesService } from './sites.service.js';
import { createStaffService } from './staff.service.js';
import { createViolationsService } from './violations.service.js';

/** Exam administration (N2, N3.2–N3.4) as one service of use-case groups. */
export function createExamsService(deps: ExamsDeps) {
  const sites = createSitesService(deps);
  const sessions = createSessionsService({ ...deps, sites });
  const staff = createStaffService({ ...deps, sessions });
  return {
    sites,
    sessions,
    staff,
    applications: createApplicationsService(deps),
    draws: createDrawsService(deps),
    logs: createLogsService({ ...deps, sites }),
    violations: createViolationsService({ ...deps, sites, staff }),
    /** M26: the exam institution of the city a learner applied in (or the province's) may see that learner's archive. */
    isCandidateOf: (q: { learnerId: string; examInstitutionId: string }) => isCandidateOf(deps.db, q),
  };
}

export type ExamsService = ReturnType<typeof createExamsService>;
