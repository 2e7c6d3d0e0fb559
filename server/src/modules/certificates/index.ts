export { createCertificatesService, type CertificatesService, type TestResultsProvider } from './certificates.service.js';
export { certificatesRoutes } from './certificates.routes.js';
export { certificatesJobs } from './certificates.jobs.js';
export { CertificateErrors } from './certificates.errors.js';
export type { CertificateContent, TestResult } from './certificates.content.js';
export { CertificateSummarySchema, CourseHoursSchema, TestResultSchema } from './certificates.schemas.js';
export { verifyPayloadOffline, verifyPdfOffline, type OfflineVerdict } from './certificates.verify.js';
