export { createEnforcementService, type EnforcementService } from './enforcement.service.js';
export { enforcementRoutes } from './enforcement.routes.js';
export { enforcementJobs, DETECT_SIGNALS_JOB } from './enforcement.jobs.js';
export { EnforcementErrors } from './enforcement.errors.js';
export { seedDemoSignals } from './enforcement.demo.js';
