export { createIdentityService, auditActorOf, type ClientInfo, type IdentityService, type Me, type NewSession } from './identity.service.js';
export { identityRoutes, clientInfo, setSessionCookies } from './identity.routes.js';
export { checkIdNumber, maskIdNumber } from './id-number.js';
export { IdentityErrors } from './identity.errors.js';
