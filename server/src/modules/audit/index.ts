export { createAuditService, SYSTEM_ACTOR, shanghaiDay, type AuditActor, type AuditRecord, type AuditService } from './audit.service.js';
export { auditRoutes } from './audit.routes.js';
export { auditJobs } from './audit.jobs.js';
export { chainHash, changeDigest, checkChainSegment, GENESIS_HASH, type ChainedEntry } from './audit.chain.js';
