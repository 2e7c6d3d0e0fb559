import type { ResponseOf } from '../../api/types';

export type Category = ResponseOf<'/api/v1/categories', 'get'>['items'][number];
