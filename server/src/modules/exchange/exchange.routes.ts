import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { FEEDS } from './exchange.feeds.js';
import { ClientDetail, ClientView, CreatedClient, DeliveryList, DeliveryStatusSchema, FeedQuery, feedPage, NewClientBody, ResendResult, RotatedKey } from './exchange.schemas.js';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, type ExchangeService } from './exchange.service.js';

const tags = ['exchange'];
const managers: Role[] = ['regulator', 'platform_operator'];
// Managed by the provincial regulator or the platform operator; the service refuses other regulators (M4).
const manage = { access: { roles: managers, scope: 'platform' as const } };
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Paging = { page: Type.Integer({ minimum: 1, default: 1 }), pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) };

export function exchangeRoutes(app: App, exchange: ExchangeService): void {
  // One counter per client across every feed, in the platform's shared store, once the key is resolved;
  // the platform's per-address limit still applies before it.
  const clientLimit = app.createRateLimit({
    timeWindow: 60_000,
    max: (req) => req.apiClient?.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
    keyGenerator: (req) => `exchange-client:${req.apiClient?.clientId ?? req.ip}`,
  });
  const perClient = async (req: FastifyRequest, reply: FastifyReply) => {
    const verdict = await clientLimit(req);
    if (verdict.isAllowed || !verdict.isExceeded) return;
    void reply.header('retry-after', verdict.ttlInSeconds);
    throw CommonErrors.RATE_LIMITED({ retryAfterSeconds: verdict.ttlInSeconds });
  };

  for (const feed of FEEDS) {
    app.get(
      `/api/v1/exchange/${feed.name}`,
      {
        config: { access: { apiClient: `数据项 ${feed.name}`, scope: 'client-region' } },
        preHandler: perClient,
        schema: {
          tags,
          summary: `省级数据接口：${feed.label}的增量拉取（按游标，M4）`,
          description: '用 `Authorization: Bearer xk_…` 调用。返回游标之后新增或变更的行，顺序稳定；以返回的 nextCursor 继续，直到 hasMore 为 false；之后定期用最后的 nextCursor 拉取新数据。只含客户端登记区划内的数据。',
          security: [{ apiKey: [] }],
          querystring: FeedQuery,
          response: { 200: feedPage(feed), 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 429: ErrorSchema },
        },
      },
      async (req) => exchange.pull(req.apiClient!, feed.name, req.query, String(req.id)),
    );
  }

  app.get(
    '/api/v1/exchange/clients',
    {
      config: manage,
      schema: {
        tags,
        summary: '数据接口客户端列表（省应急管理厅、平台运营方）',
        querystring: Type.Object({ status: Type.Optional(Type.Enum(['active', 'revoked'] as const)), ...Paging }),
        response: { 200: Type.Object({ items: Type.Array(ClientView), total: Type.Integer() }), 403: ErrorSchema },
      },
    },
    async (req) => exchange.listClients(req.actor!, req.query),
  );

  app.post(
    '/api/v1/exchange/clients',
    {
      config: manage,
      schema: {
        tags,
        summary: '登记数据接口客户端：返回密钥与推送签名密钥（只显示一次）',
        body: NewClientBody,
        response: { 200: CreatedClient, 400: ErrorSchema, 403: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (req) => exchange.createClient(req.actor!, req.body, String(req.id)),
  );

  app.get(
    '/api/v1/exchange/clients/:id',
    { config: manage, schema: { tags, summary: '数据接口客户端详情与最近调用记录', params: Id, response: { 200: ClientDetail, 403: ErrorSchema, 404: ErrorSchema } } },
    async (req) => exchange.getClient(req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/exchange/clients/:id/rotate',
    { config: manage, schema: { tags, summary: '轮换密钥：新密钥只显示一次，旧密钥在过渡期后失效', params: Id, response: { 200: RotatedKey, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema } } },
    async (req) => exchange.rotateKey(req.actor!, req.params.id, String(req.id)),
  );

  app.post(
    '/api/v1/exchange/clients/:id/revoke',
    {
      config: manage,
      schema: { tags, summary: '吊销客户端：所有密钥立即失效，停止推送', params: Id, body: Type.Object({ reason: Type.String({ minLength: 2, maxLength: 500 }) }), response: { 200: ClientDetail, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => exchange.revokeClient(req.actor!, req.params.id, req.body.reason, String(req.id)),
  );

  app.get(
    '/api/v1/exchange/clients/:id/deliveries',
    {
      config: manage,
      schema: { tags, summary: '推送记录：每次尝试的状态码、耗时与错误', params: Id, querystring: Type.Object({ status: Type.Optional(DeliveryStatusSchema), ...Paging }), response: { 200: DeliveryList, 403: ErrorSchema, 404: ErrorSchema } },
    },
    async (req) => exchange.listDeliveries(req.actor!, req.params.id, req.query),
  );

  app.post(
    '/api/v1/exchange/clients/:id/deliveries/:deliveryId/resend',
    {
      config: manage,
      schema: { tags, summary: '手动重新推送一条事件（立即尝试一次，记入推送记录）', params: Type.Object({ id: Type.String({ format: 'uuid' }), deliveryId: Type.String({ format: 'uuid' }) }), response: { 200: ResendResult, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => exchange.resend(req.actor!, req.params.id, req.params.deliveryId, String(req.id)),
  );
}
