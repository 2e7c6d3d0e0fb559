export { createOversightService, type OversightService } from './oversight.service.js';
export { createOversightExports, EXPORT_MAX_ROWS, type OversightExports } from './oversight-export.service.js';
export { oversightJobs } from './oversight.jobs.js';
export { oversightRoutes } from './oversight.routes.js';
