import type { BodyOf, ResponseOf } from '../../api/types';

export type SatisfactionList = ResponseOf<'/api/v1/feedback/courses', 'get'>;
export type SatisfactionRow = SatisfactionList['items'][number];
export type Satisfaction = SatisfactionRow['summary'];
export type Threshold = SatisfactionList['threshold'];
export type ThresholdBody = BodyOf<'/api/v1/feedback/settings', 'post'>;
export type CourseFeedback = ResponseOf<'/api/v1/courses/{id}/feedback', 'get'>;
export type CommentQueue = ResponseOf<'/api/v1/feedback/comments', 'get'>;
export type HeldComment = CommentQueue['items'][number];
export type QueueStatus = HeldComment['status'];
export type CommentHit = HeldComment['hits'][number];
export type CommentDecisionBody = BodyOf<'/api/v1/feedback/comments/{id}/decision', 'post'>;
export type MyRatingAnswer = ResponseOf<'/api/v1/me/classes/{classId}/courses/{courseId}/rating', 'get'>;
export type MyRating = NonNullable<MyRatingAnswer['rating']>;
export type CommentStatus = MyRating['commentStatus'];
export type RatingBody = BodyOf<'/api/v1/me/classes/{classId}/courses/{courseId}/rating', 'put'>;
export type RatingAnswer = ResponseOf<'/api/v1/me/classes/{classId}/courses/{courseId}/rating', 'put'>;
