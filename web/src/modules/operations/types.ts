import type { ResponseOf } from '../../api/types';

export type OpsStatus = ResponseOf<'/api/v1/ops/status', 'get'>;
export type QueueRow = OpsStatus['jobs']['queues'][number];
