import { Type } from 'typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Time = Type.String({ format: 'date-time' });

export const DraftBody = Type.Object({
  title: Type.String({ minLength: 2, maxLength: 100 }),
  body: Type.String({ minLength: 1, maxLength: 20_000 }),
});

export const ReviewBody = Type.Object({
  decision: Type.Enum(['approve', 'reject'] as const),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});

export const PublicAnnouncementSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  body: Type.String(),
  publisherName: Type.String(),
  publishedAt: Time,
});

export const AnnouncementSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  body: Type.String(),
  publisherKind: Type.Enum(['platform', 'regulator'] as const),
  publisherName: Type.String(),
  regionCode: Nullable(Type.String()),
  status: Type.Enum(['draft', 'pending_review', 'published', 'rejected', 'withdrawn'] as const),
  authorName: Type.String(),
  reviewerName: Nullable(Type.String()),
  reviewNote: Nullable(Type.String()),
  createdAt: Time,
  updatedAt: Time,
  publishedAt: Nullable(Time),
  mine: Type.Boolean({ description: '当前用户是起草人' }),
  canReview: Type.Boolean({ description: '当前用户可以审核（非起草人、同一发布单位或上级）' }),
});

const Page = Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 200 })), limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) });
export const ConsoleQuery = Type.Intersect([Page, Type.Object({ status: Type.Optional(Type.Enum(['draft', 'pending_review', 'published', 'rejected', 'withdrawn'] as const)) })]);
export const PublicQuery = Page;
export const AnnouncementPageSchema = Type.Object({ items: Type.Array(AnnouncementSchema), nextCursor: Nullable(Type.String()) });
export const PublicPageSchema = Type.Object({ items: Type.Array(PublicAnnouncementSchema), nextCursor: Nullable(Type.String()) });
