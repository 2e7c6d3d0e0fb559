export { createCatalogueService, type CatalogueService, type Enqueue } from './catalogue.service.js';
export { catalogueRoutes } from './catalogue.routes.js';
export { catalogueJobs } from './catalogue.jobs.js';
export { CatalogueErrors } from './catalogue.errors.js';
export { createCourseSupervision, type CourseSupervision } from './catalogue.supervision.js';
export { supervisionRoutes } from './catalogue.supervision-routes.js';
