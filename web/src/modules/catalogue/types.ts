import type { BodyOf, ResponseOf } from '../../api/types';

export type CourseList = ResponseOf<'/api/v1/courses', 'get'>;
export type CourseSummary = CourseList['items'][number];
export type CourseStatus = CourseSummary['status'];
export type CourseDetail = ResponseOf<'/api/v1/courses/{id}', 'get'>;
export type Lesson = CourseDetail['lessons'][number];
export type LessonKind = Lesson['kind'];
export type QualityStatus = Lesson['qualityStatus'];
export type QualityCheck = Lesson['qualityChecks'][number];
export type CourseReview = CourseDetail['reviews'][number];
export type CreateCourseBody = BodyOf<'/api/v1/courses', 'post'>;
export type AddLessonBody = BodyOf<'/api/v1/courses/{id}/lessons', 'post'>;
export type PlatformReviewBody = BodyOf<'/api/v1/courses/{id}/platform-review', 'post'>;
export type ReviewItem = keyof PlatformReviewBody['checklist'];

export type UploadCreateBody = BodyOf<'/api/v1/uploads', 'post'>;
export type UploadCreated = ResponseOf<'/api/v1/uploads', 'post', 201>;
export type UploadStatus = ResponseOf<'/api/v1/uploads/{id}', 'get'>;
export type ChunkReceived = ResponseOf<'/api/v1/uploads/{id}/chunks/{index}', 'put'>;
export type UploadCompleted = ResponseOf<'/api/v1/uploads/{id}/complete', 'post'>;
export type SpotCheckSample = ResponseOf<'/api/v1/courses/spot-check-sample', 'get'>['items'];
export type SpotCheck = ResponseOf<'/api/v1/courses/{id}/spot-checks', 'get'>['items'][number];
export type SpotCheckBody = BodyOf<'/api/v1/courses/{id}/spot-checks', 'post'>;
