export { createExamsService, type ExamsService } from './exams.service.js';
export { examsRoutes } from './exams.routes.js';
export { ExamErrors } from './exams.errors.js';
export { seedExamsDemo } from './exams.demo.js';
export { examsJobs } from './exams.jobs.js';
export type { Eligibility } from './exams.deps.js';
export { verifyDrawBundle, type DrawBundle, type DrawVerification } from './draw/draw.verify.js';
