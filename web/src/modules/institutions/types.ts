import type { BodyOf, ResponseOf } from '../../api/types';

export type MyInstitution = ResponseOf<'/api/v1/institutions/mine', 'get'>;
export type Institution = MyInstitution['institution'];
export type Registration = MyInstitution['registrations'][number];
export type RegistrationStatus = Registration['status'];
export type OnlineStatus = Registration['onlineStatus'];
export type RegistrationBody = BodyOf<'/api/v1/institutions/mine/registrations', 'post'>;
export type Classroom = RegistrationBody['classrooms'][number];

export type SignupBody = BodyOf<'/api/v1/institutions/signup', 'post'>;
export type SignupResult = ResponseOf<'/api/v1/institutions/signup', 'post', 201>;

export type ApplicationPage = ResponseOf<'/api/v1/institution-applications', 'get'>;
export type Application = ApplicationPage['items'][number];
export type ApplicationKind = Application['kind'];
export type ApplicationStatus = Application['status'];
export type DecisionBody = BodyOf<'/api/v1/institution-applications/{id}/decision', 'post'>;

export type PublicList = ResponseOf<'/api/v1/public/institutions', 'get'>;
export type PublicInstitution = PublicList['items'][number];

export type TeacherList = ResponseOf<'/api/v1/teachers', 'get'>;
export type Teacher = TeacherList['items'][number];
export type TeacherStatus = Teacher['status'];
export type TeacherBody = BodyOf<'/api/v1/institutions/mine/teachers', 'post'>;
