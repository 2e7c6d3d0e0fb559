import type { BodyOf, ResponseOf } from '../../api/types';

export type TermList = ResponseOf<'/api/v1/moderation/terms', 'get'>;
export type Term = TermList['items'][number];
export type TermCategory = Term['category'];
export type NewTermBody = BodyOf<'/api/v1/moderation/terms', 'post'>;
