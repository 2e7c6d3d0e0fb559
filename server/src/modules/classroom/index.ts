export { createClassroomService, type ClassroomService } from './classroom.service.js';
export { classroomRoutes } from './classroom.routes.js';
