export { createFacesService, type FacesService } from './faces.service.js';
export { facesRoutes } from './faces.routes.js';
export { facesJobs } from './faces.jobs.js';
export { FaceErrors } from './faces.errors.js';
