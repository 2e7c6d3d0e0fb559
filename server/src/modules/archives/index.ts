export { createArchivesService, type ArchivesService, type CandidateCheck, type ExportScope } from './archives.service.js';
export { archivesRoutes } from './archives.routes.js';
export { ArchiveErrors } from './archives.errors.js';
