export { createSupportService, type SupportService } from './support.service.js';
export { supportRoutes } from './support.routes.js';
export { supportJobs, ESCALATION_JOB } from './support.jobs.js';
