export { createInstitutionsService, type InstitutionsService } from './institutions.service.js';
export { institutionsRoutes } from './institutions.routes.js';
export { InstitutionErrors } from './institutions.errors.js';
export { checkCreditCode, withCreditCheck } from '../../platform/standards/credit-code.js';
export { institutionOf } from './institutions.policy.js';
