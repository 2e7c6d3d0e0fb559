import type { BodyOf, ResponseOf } from '../../api/types';

export type ClassLearning = ResponseOf<'/api/v1/me/classes/{id}/learning', 'get'>;
export type LessonProgress = ClassLearning['courses'][number]['lessons'][number];
export type StartBody = BodyOf<'/api/v1/learning/sessions', 'post'>;
export type Started = ResponseOf<'/api/v1/learning/sessions', 'post', 201>;
export type HeartbeatAnswer = ResponseOf<'/api/v1/learning/sessions/{id}/heartbeats', 'post'>;
export type Challenge = NonNullable<HeartbeatAnswer['challenge']>;
export type ChallengeAnswer = ResponseOf<'/api/v1/learning/sessions/{id}/challenge', 'post'>;
export type FaceCheckAnswer = ResponseOf<'/api/v1/learning/sessions/{id}/face-check', 'post'>;
export type EndAnswer = ResponseOf<'/api/v1/learning/sessions/{id}/end', 'post'>;
export type MyHours = ResponseOf<'/api/v1/me/hours', 'get'>['items'][number];
