import type { BodyOf, ResponseOf } from '../../api/types';

export type FaceStatus = ResponseOf<'/api/v1/me/face', 'get'>;
export type EnrolmentBody = BodyOf<'/api/v1/me/face/enrolment', 'post'>;
export type Enrolled = ResponseOf<'/api/v1/me/face/enrolment', 'post', 201>;
export type FaceResetBody = BodyOf<'/api/v1/auth/password-reset/face', 'post'>;
