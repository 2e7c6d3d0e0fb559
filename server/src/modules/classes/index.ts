export { createClassesService, type ClassesService } from './classes.service.js';
export { classesRoutes } from './classes.routes.js';
export { ClassErrors } from './classes.errors.js';
