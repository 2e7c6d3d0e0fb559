export { createOperationsService, type OperationsService } from './operations.service.js';
export { operationsRoutes } from './operations.routes.js';
