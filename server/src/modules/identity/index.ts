export { createIdentityService, auditActorOf, type IdentityService, type Me } from './identity.service.js';
export { identityRoutes, clientInfo, setSessionCookies } from './identity.routes.js';
export { checkIdNumber, maskIdNumber } from './id-number.js';
export { IdentityErrors } from './identity.errors.js';
