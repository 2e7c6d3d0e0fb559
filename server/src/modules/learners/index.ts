export { createLearnersService, type LearnersService } from './learners.service.js';
export { learnersRoutes } from './learners.routes.js';
export { httpIdentityVerifier, offlineIdentityVerifier, type IdentityVerifier } from './identity-verifier.js';
export { LearnerErrors } from './learners.errors.js';
