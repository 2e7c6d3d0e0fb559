import type { BodyOf, ResponseOf } from '../../api/types';

export type RegisterBody = BodyOf<'/api/v1/learners/register', 'post'>;
export type Registered = ResponseOf<'/api/v1/learners/register', 'post', 201>;
export type MyClass = ResponseOf<'/api/v1/me/classes', 'get'>['items'][number];
export type JoinBody = BodyOf<'/api/v1/me/enrolments', 'post'>;
export type Joined = ResponseOf<'/api/v1/me/enrolments', 'post', 201>;
