import type { BodyOf, ResponseOf } from '../../api/types';

export type Draw = ResponseOf<'/api/v1/exam-draws', 'get'>['items'][number];
export type DrawPage = ResponseOf<'/api/v1/exam-draws', 'get'>;
export type DrawDetail = ResponseOf<'/api/v1/exam-draws/{id}', 'get'>;
export type DrawStatus = Draw['status'];
export type DrawParty = NonNullable<DrawDetail['myParty']>;
export type NewDraw = BodyOf<'/api/v1/exam-draws', 'post'>;
export type DrawBundle = ResponseOf<'/api/v1/public/exam-draws/{id}/bundle', 'get'>;
export type Verification = ResponseOf<'/api/v1/public/exam-draws/verify', 'post'>;

export type SessionPage = ResponseOf<'/api/v1/exam-sessions', 'get'>;
export type ExamSession = SessionPage['items'][number];
export type SessionDetail = ResponseOf<'/api/v1/exam-sessions/{id}', 'get'>;
export type NewSession = BodyOf<'/api/v1/exam-sessions', 'post'>;
export type Checklist = BodyOf<'/api/v1/exam-sessions/{id}/readiness', 'put'>;
export type ChangeRequest = BodyOf<'/api/v1/exam-sessions/{id}/change-requests', 'post'>;
export type SessionStaff = ResponseOf<'/api/v1/exam-sessions/{id}/staff', 'get'>['items'][number];

export type Site = ResponseOf<'/api/v1/exam-sites', 'get'>['items'][number];
export type NewSite = BodyOf<'/api/v1/exam-sites', 'post'>;
export type OwnerType = Site['ownerType'];

export type Staff = ResponseOf<'/api/v1/exam-staff', 'get'>['items'][number];
export type NewStaff = BodyOf<'/api/v1/exam-staff', 'post'>;
export type NewDocument = BodyOf<'/api/v1/exam-staff/{id}/documents', 'post'>;
export type Duty = Staff['duties'][number];
export type DocumentKind = Staff['documents'][number]['kind'];
export type MyDuties = ResponseOf<'/api/v1/me/exam-duties', 'get'>;

export type ApplicationPage = ResponseOf<'/api/v1/exam-applications', 'get'>;
export type ExamApplication = ApplicationPage['items'][number];
export type NewApplication = BodyOf<'/api/v1/exam-applications', 'post'>;
export type ClassSummary = ResponseOf<'/api/v1/classes', 'get'>['items'][number];
export type ClassDetail = ResponseOf<'/api/v1/classes/{id}', 'get'>;

export type ViolationPage = ResponseOf<'/api/v1/exam-violations', 'get'>;
export type Violation = ViolationPage['items'][number];
export type NewViolation = BodyOf<'/api/v1/exam-violations', 'post'>;
export type NewMeasure = BodyOf<'/api/v1/exam-violations/{id}/measures', 'post'>;
export type ExceptionToCheck = ResponseOf<'/api/v1/exam-exceptions', 'get'>['items'][number];
export type NewSpotCheck = BodyOf<'/api/v1/exam-spot-checks', 'post'>;
export type Sanction = ResponseOf<'/api/v1/public/exam-sanctions', 'get'>['items'][number];
