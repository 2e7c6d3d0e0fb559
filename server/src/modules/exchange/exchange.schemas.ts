import { Type } from 'typebox';
import { FEED_NAMES, type FeedDefinition } from './exchange.feeds.js';
import { MAX_PAGE } from './exchange.pull.js';

const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const FeedQuery = Type.Object({
  after: Type.Optional(Type.String({ maxLength: 100, description: '上次返回的 nextCursor；不传则从头开始' })),
  limit: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 100 }),
});

export function feedPage(feed: FeedDefinition) {
  return Type.Object(
    {
      items: Type.Array(
        Type.Object({
          id: Type.String({ description: '源数据行的标识' }),
          event: Type.String({ description: '变更事件，与推送的 event 相同' }),
          op: Type.Enum(['insert', 'update', 'delete'] as const),
          changedAt: Time,
          data: Type.Union([feed.data, Type.Null()], { description: '该行的当前状态；已删除为 null' }),
        }),
      ),
      nextCursor: Nullable(Type.String({ description: '下次请求的 after；没有新数据时原样返回' })),
      hasMore: Type.Boolean(),
    },
    {
      examples: [
        {
          items: [{ id: '0b6f3c1a-7d2e-4c4f-9a51-3c1f2e9d8a70', event: Object.values(Object.values(feed.events)[0] ?? {})[0] ?? `${feed.name}.insert`, op: 'insert', changedAt: '2026-11-20T08:00:00.000Z', data: null }],
          nextCursor: 'MTIzNDU2Ljc4OQ',
          hasMore: false,
        },
      ],
    },
  );
}

const Key = Type.Object({ keyId: Type.String(), createdAt: Time, expiresAt: Nullable(Time) });

export const ClientView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  regionCode: Type.String(),
  feeds: Type.Array(Type.String()),
  webhookUrl: Nullable(Type.String()),
  rateLimitPerMinute: Type.Integer(),
  status: Type.Enum(['active', 'revoked'] as const),
  createdAt: Time,
  revokedAt: Nullable(Time),
  keys: Type.Array(Key),
});

export const ClientDetail = Type.Object({
  ...ClientView.properties,
  accessLog: Type.Array(Type.Object({ route: Type.String(), cursor: Nullable(Type.String()), rows: Type.Integer(), keyId: Type.String(), at: Time })),
});

export const NewClientBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 100 }),
    regionCode: Type.String({ pattern: '^44[0-9]{4}$' }),
    feeds: Type.Array(Type.Enum(FEED_NAMES), { minItems: 1, maxItems: 20, uniqueItems: true }),
    webhookUrl: Nullable(Type.String({ pattern: '^https?://', maxLength: 500 })),
    rateLimitPerMinute: Type.Optional(Type.Integer({ minimum: 1, maximum: 6000 })),
  },
  { examples: [{ name: '广东省安全生产监管平台', regionCode: '440000', feeds: ['institutions', 'classes', 'enrolments', 'hours', 'certificates', 'signals'], webhookUrl: 'https://supervision.gd.gov.cn/hooks/xunkao', rateLimitPerMinute: 120 }] },
);

export const CreatedClient = Type.Object({
  client: ClientDetail,
  apiKey: Type.String({ description: '只显示这一次，平台只保存其散列' }),
  webhookSecret: Nullable(Type.String({ description: '推送签名密钥，只显示这一次' })),
});

export const RotatedKey = Type.Object({ apiKey: Type.String(), keyId: Type.String(), previousKeysValidUntil: Time });

export const DeliveryStatusSchema = Type.Enum(['pending', 'delivered', 'failed'] as const);

export const DeliveryList = Type.Object({
  total: Type.Integer(),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      event: Type.String(),
      status: DeliveryStatusSchema,
      attempts: Type.Integer(),
      nextAttemptAt: Nullable(Time),
      createdAt: Time,
      deliveredAt: Nullable(Time),
      log: Type.Array(Type.Object({ attempt: Type.Integer(), statusCode: Nullable(Type.Integer()), durationMs: Type.Integer(), error: Nullable(Type.String()), at: Time })),
    }),
  ),
});

export const ResendResult = Type.Object({ attempt: Type.Integer(), ok: Type.Boolean(), statusCode: Nullable(Type.Integer()), error: Nullable(Type.String()) });
