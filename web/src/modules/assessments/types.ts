import type { BodyOf, ResponseOf } from '../../api/types';

export type BankSummary = ResponseOf<'/api/v1/assessments/banks', 'get'>['items'][number];
export type QuestionPage = ResponseOf<'/api/v1/assessments/banks/{categoryId}/questions', 'get'>;
export type Question = QuestionPage['items'][number];
export type QuestionBody = BodyOf<'/api/v1/assessments/banks/{categoryId}/questions', 'post'>;
export type ImportReport = ResponseOf<'/api/v1/assessments/banks/{categoryId}/import', 'post'>;
export type ImportRow = ImportReport['rows'][number];
export type MyTests = ResponseOf<'/api/v1/me/classes/{classId}/tests', 'get'>;
export type MyTest = MyTests['items'][number];
export type Attempt = ResponseOf<'/api/v1/me/test-attempts/{attemptId}', 'get'>;
export type PaperQuestion = Attempt['questions'][number];
export type AttemptState = ResponseOf<'/api/v1/me/test-attempts/{attemptId}/state', 'get'>;
export type TestResult = ResponseOf<'/api/v1/me/test-attempts/{attemptId}/submit', 'post'>;
export type FaceCheckResult = ResponseOf<'/api/v1/me/test-attempts/{attemptId}/face-check', 'post'>;
export type QuestionKind = Question['kind'];
