import { sql } from 'kysely';
import { Type } from 'typebox';
import type { Db, DbKind } from '../db/database.js';
import { pendingMigrations } from '../db/migrate.js';
import { CommonErrors } from './errors.js';
import type { Metrics } from './metrics.js';
import type { App } from './server.js';

/** Liveness, readiness and metrics: what a load balancer and Prometheus ask. */
export function opsRoutes(app: App, deps: { db: Db; dbKind: DbKind; metrics: Metrics }): void {
  app.get(
    '/api/health',
    {
      config: { access: { public: '负载均衡存活检查' } },
      schema: { tags: ['ops'], summary: '存活检查', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/ready',
    {
      config: { access: { public: '负载均衡就绪检查' } },
      schema: {
        tags: ['ops'],
        summary: '就绪检查：数据库可达且迁移已全部执行',
        response: { 200: Type.Object({ status: Type.Literal('ready'), database: Type.String(), serverVersion: Type.String() }) },
      },
    },
    async () => {
      try {
        const { rows } = await sql<{ version: string }>`select version() as version`.execute(deps.db);
        const pending = await pendingMigrations(deps.db);
        if (pending.length > 0) throw CommonErrors.NOT_READY({ pendingMigrations: pending });
        return { status: 'ready' as const, database: deps.dbKind, serverVersion: rows[0]?.version ?? '' };
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'NOT_READY') throw error;
        throw CommonErrors.NOT_READY();
      }
    },
  );

  app.get(
    '/metrics',
    { config: { access: { public: 'Prometheus 抓取；生产环境由网关限制来源' } }, schema: { hide: true } },
    async (_req, reply) => {
      void reply.header('content-type', deps.metrics.registry.contentType);
      return deps.metrics.registry.metrics();
    },
  );
}
