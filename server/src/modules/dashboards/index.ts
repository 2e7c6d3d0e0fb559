export { createDashboardsService, type DashboardsService } from './dashboards.service.js';
export { dashboardsRoutes } from './dashboards.routes.js';
export { dashboardsJobs } from './dashboards.jobs.js';
