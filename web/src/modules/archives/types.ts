import type { ResponseOf } from '../../api/types';

export type Archive = ResponseOf<'/api/v1/me/archive', 'get'>;
export type ArchiveClass = Archive['classes'][number];
export type FaceCheck = Archive['faceChecks'][number];
export type SessionPage = ResponseOf<'/api/v1/me/archive/sessions', 'get'>;
export type LearnerPage = ResponseOf<'/api/v1/archives', 'get'>;
