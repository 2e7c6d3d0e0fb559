import { Type, type Static } from 'typebox';
import { TICKET_CATEGORIES } from './support.policy.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Time = Type.String({ format: 'date-time' });
const Category = Type.Enum(Object.keys(TICKET_CATEGORIES) as (keyof typeof TICKET_CATEGORIES)[]);
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** 2 MB of bytes is at most 2 796 204 base64 characters. */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
export const MAX_ATTACHMENTS = 3;
/** Route body limit: three attachments in base64 plus the text. */
export const ATTACHMENT_BODY_LIMIT = 9 * 1024 * 1024;

export const AttachmentInput = Type.Object({
  filename: Type.String({ minLength: 1, maxLength: 100 }),
  contentType: Type.Enum(['image/jpeg', 'image/png', 'application/pdf'] as const),
  dataBase64: Type.String({ minLength: 4, maxLength: 2_796_204 }),
});
export type AttachmentInput = Static<typeof AttachmentInput>;

const Body = Type.String({ minLength: 1, maxLength: 5000 });
const Attachments = Type.Optional(Type.Array(AttachmentInput, { maxItems: MAX_ATTACHMENTS }));

export const OpenTicketBody = Type.Object({
  category: Category,
  subject: Type.String({ minLength: 2, maxLength: 100 }),
  body: Body,
  attachments: Attachments,
});

export const PublicTicketBody = Type.Object({
  captchaId: Type.String({ format: 'uuid' }),
  captchaAnswer: Type.String({ minLength: 1, maxLength: 10 }),
  name: Type.String({ minLength: 1, maxLength: 50, description: '姓名或称呼（不收集任何联系方式，答复在平台内查看）' }),
  category: Category,
  subject: Type.String({ minLength: 2, maxLength: 100 }),
  body: Body,
  attachments: Attachments,
});

export const MessageBody = Type.Object({ body: Body, attachments: Attachments });
export const PublicLookupBody = Type.Object({ number: Type.Integer({ minimum: 1 }), accessKey: Type.String({ minLength: 10, maxLength: 100 }) });
export const PublicMessageBody = Type.Object({ number: Type.Integer({ minimum: 1 }), accessKey: Type.String({ minLength: 10, maxLength: 100 }), body: Body });

const Clock = Type.Object({ due: Time, at: Nullable(Time), state: Type.Enum(['met', 'missed', 'running', 'at_risk'] as const) });

export const TicketSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  number: Type.Integer(),
  category: Category,
  subject: Type.String(),
  status: Type.Enum(['open', 'in_progress', 'resolved'] as const),
  requesterKind: Type.Enum(['learner', 'institution', 'regulator', 'staff', 'public'] as const),
  requesterName: Type.String(),
  assigneeName: Nullable(Type.String()),
  openedAt: Time,
  escalated: Type.Boolean({ description: '时限将到或已超时，已升级提醒' }),
  sla: Type.Object({ firstResponse: Clock, resolution: Clock, calendarKnown: Type.Boolean({ description: 'false：期限跨越了尚未录入的年份，按周一至周五估算' }) }),
});

export const TicketDetailSchema = Type.Intersect([
  TicketSummarySchema,
  Type.Object({
    messages: Type.Array(
      Type.Object({
        id: Type.Integer(),
        side: Type.Enum(['requester', 'agent', 'system'] as const),
        authorName: Type.String(),
        body: Type.String(),
        attachments: Type.Array(Type.Object({ blobKey: Type.String(), filename: Type.String(), contentType: Type.String(), size: Type.Integer() })),
        createdAt: Time,
      }),
    ),
  }),
]);

export const TicketPageSchema = Type.Object({ items: Type.Array(TicketSummarySchema), nextCursor: Nullable(Type.String()) });
export const PageQuery = Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 200 })), limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) });
export const QueueQuery = Type.Object({
  status: Type.Enum(['active', 'open', 'in_progress', 'resolved'] as const, { default: 'active' }),
  category: Type.Optional(Category),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

export const CaptchaSchema = Type.Object({ captchaId: Type.String(), svg: Type.String() });
export const PublicOpenedSchema = Type.Object({ number: Type.Integer(), accessKey: Type.String({ description: '仅显示一次：凭工单号与此查询码查看答复' }) });

export const SlaReportSchema = Type.Object({
  month: Type.String(),
  rows: Type.Array(
    Type.Object({
      category: Category,
      categoryName: Type.String(),
      total: Type.Integer(),
      firstResponse: Type.Object({ met: Type.Integer(), missed: Type.Integer(), running: Type.Integer() }),
      resolution: Type.Object({ met: Type.Integer(), missed: Type.Integer(), running: Type.Integer() }),
    }),
  ),
});
export const MonthQuery = Type.Object({ month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) });

export const CalendarSchema = Type.Object({
  knownThrough: Day,
  builtInThrough: Day,
  warning: Nullable(Type.String()),
  operatorYears: Type.Array(Type.Object({ year: Type.Integer(), holidays: Type.Array(Day), workdays: Type.Array(Day), source: Type.String(), updatedAt: Time })),
});
export const CalendarYearBody = Type.Object({
  holidays: Type.Array(Day, { maxItems: 60 }),
  workdays: Type.Array(Day, { maxItems: 20, description: '调休上班的周末' }),
  source: Type.String({ minLength: 4, maxLength: 200, description: '依据，如国务院办公厅关于某年部分节假日安排的通知' }),
});
