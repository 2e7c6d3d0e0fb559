import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import type { OperationsService } from './operations.service.js';

const Nullable = <T extends ReturnType<typeof Type.String | typeof Type.Number>>(t: T) => Type.Union([t, Type.Null()]);

const StatusSchema = Type.Object({
  checkedAt: Type.String({ format: 'date-time' }),
  database: Type.Object({ kind: Type.Enum(['pglite', 'postgres'] as const), sizeBytes: Type.Number() }),
  jobs: Type.Object({
    queued: Type.Integer(),
    active: Type.Integer(),
    failed24h: Type.Integer(),
    queues: Type.Array(Type.Object({ name: Type.String(), queued: Type.Integer(), active: Type.Integer(), failed: Type.Integer() })),
  }),
  disk: Type.Union([Type.Object({ path: Type.String(), freeBytes: Type.Number(), totalBytes: Type.Number() }), Type.Null()]),
  backup: Type.Object({ latest: Nullable(Type.String()), createdAt: Nullable(Type.String({ format: 'date-time' })), ageHours: Nullable(Type.Number()) }),
  http: Type.Object({ requests: Type.Number(), serverErrors: Type.Number(), errorRate: Type.Number({ description: '本服务器进程启动以来的 5xx 比例' }) }),
  alerts: Type.Array(Type.Object({ level: Type.Enum(['error', 'warning'] as const), code: Type.String(), message: Type.String() })),
});

export function operationsRoutes(app: App, operations: OperationsService): void {
  app.get(
    '/api/v1/ops/status',
    {
      config: { access: { roles: ['platform_operator'], scope: 'platform' } },
      schema: { tags: ['ops'], summary: '运行状态：数据库、后台任务、磁盘、备份时效、错误率与告警（备份超过一天即告警，M7）', response: { 200: StatusSchema } },
    },
    async () => operations.status(),
  );
}
