import type { BodyOf, ResponseOf } from '../../api/types';

export type ClassSummary = ResponseOf<'/api/v1/classes', 'get'>['items'][number];
export type ClassDetail = ResponseOf<'/api/v1/classes/{id}', 'get'>;
export type ClassCourse = ClassDetail['courses'][number];
export type Enrolment = ClassDetail['enrolments'][number];
export type TrainingType = ClassSummary['trainingType'];
export type ClassStatus = ClassSummary['status'];
export type EnrolmentStatus = Enrolment['status'];
export type JoinedVia = Enrolment['joinedVia'];
export type CreateClassBody = BodyOf<'/api/v1/classes', 'post'>;
export type ClassCreated = ResponseOf<'/api/v1/classes', 'post', 201>;
export type ImportResult = ResponseOf<'/api/v1/classes/{id}/learners/import', 'post'>;
export type NewAccount = ImportResult['newAccounts'][number];
export type PasswordReset = ResponseOf<'/api/v1/classes/{id}/learners/{learnerId}/password-reset', 'post'>;

export type ClassroomSession = ResponseOf<'/api/v1/classes/{id}/classroom-sessions', 'get'>['items'][number];
export type RecordSessionBody = BodyOf<'/api/v1/classes/{id}/classroom-sessions', 'post'>;
export type SessionRecorded = ResponseOf<'/api/v1/classes/{id}/classroom-sessions', 'post', 201>;
export type SignIn = RecordSessionBody['signIns'][number];
export type SignInMethod = SignIn['method'];
export type SessionKind = RecordSessionBody['kind'];

export type CorrectionBody = BodyOf<'/api/v1/classes/{id}/hour-corrections', 'post'>;
export type CorrectionTarget = CorrectionBody['target'];
export type CorrectionPage = ResponseOf<'/api/v1/hour-corrections', 'get'>;
export type Correction = CorrectionPage['items'][number];
export type CorrectionStatus = Correction['status'];
export type CorrectionDecision = BodyOf<'/api/v1/hour-corrections/{id}/decision', 'post'>;
