export { createAssessmentsService, type AssessmentsService, type TestResultSummary } from './assessments.service.js';
export { assessmentsRoutes } from './assessments.routes.js';
export { AssessmentErrors } from './assessments.errors.js';
export type { QuestionInput } from './assessments.question.js';
