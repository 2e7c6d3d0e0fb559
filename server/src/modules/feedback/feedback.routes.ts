import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import type { CommentModeration } from './feedback.moderation.js';
import type { FeedbackService } from './feedback.service.js';

const tags = ['feedback'];
const Score = Type.Integer({ minimum: 1, maximum: 5 });
const Avg = Type.Union([Type.Number(), Type.Null()]);
const Summary = Type.Object({ courseId: Type.String(), count: Type.Integer(), content: Avg, course: Avg, teacher: Avg, flagged: Type.Boolean() });
const Threshold = Type.Object({ minRatings: Type.Integer(), threshold: Type.Number(), setAt: Type.Union([Type.String(), Type.Null()]) });
const Paging = { page: Type.Integer({ minimum: 1, default: 1 }), pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) };
const Paged = { total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() };
const CommentStatus = Type.Enum(['none', 'pending', 'published', 'rejected'] as const);
const QueueStatus = Type.Enum(['pending', 'published', 'rejected'] as const);
const Settings = Type.Object({ minRatings: Type.Integer({ minimum: 1, maximum: 10_000 }), threshold: Type.Number({ exclusiveMinimum: 1, maximum: 5 }) });

export function feedbackRoutes(app: App, feedback: FeedbackService, comments: CommentModeration): void {
  app.put(
    '/api/v1/me/classes/:classId/courses/:courseId/rating',
    {
      config: { access: { roles: ['learner'], scope: 'self' } },
      schema: {
        tags,
        summary: '学员评价已学课程：内容、课程、教师（1–5分）与留言；留言经审核后显示（M22、M9）',
        params: Type.Object({ classId: Type.String({ format: 'uuid' }), courseId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ content: Score, course: Score, teacher: Type.Union([Score, Type.Null()]), comment: Type.Union([Type.String({ maxLength: 500 }), Type.Null()]) }),
        response: { 200: Type.Object({ commentStatus: CommentStatus }), 400: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (req) => feedback.rate(req.actor!, req.params.classId, req.params.courseId, req.body),
  );

  app.get(
    '/api/v1/me/classes/:classId/courses/:courseId/rating',
    {
      config: { access: { roles: ['learner'], scope: 'self' } },
      schema: {
        tags,
        summary: '我对该课程的评价与留言状态（待审核、已公开、不予公开及原因）',
        params: Type.Object({ classId: Type.String({ format: 'uuid' }), courseId: Type.String({ format: 'uuid' }) }),
        response: {
          200: Type.Object({
            rating: Type.Union([
              Type.Object({
                content: Score,
                course: Score,
                teacher: Type.Union([Score, Type.Null()]),
                comment: Type.Union([Type.String(), Type.Null()]),
                commentStatus: CommentStatus,
                rejectReason: Type.Union([Type.String(), Type.Null()]),
                updatedAt: Type.String(),
              }),
              Type.Null(),
            ]),
          }),
        },
      },
    },
    async (req) => feedback.myRating(req.actor!, req.params.courseId),
  );

  app.get(
    '/api/v1/feedback/courses',
    {
      config: { access: { roles: ['institution_admin', 'regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '课程满意度（分页）：机构看本机构课程，监管部门看辖区课程（M22、M29）',
        querystring: Type.Object({
          status: Type.Optional(Type.Enum(['published', 'taken_down'] as const)),
          title: Type.Optional(Type.String({ maxLength: 100 })),
          flagged: Type.Optional(Type.Boolean({ description: '只看满意度过低的课程' })),
          ...Paging,
        }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                courseId: Type.String(),
                title: Type.String(),
                institutionName: Type.String(),
                status: Type.Enum(['published', 'taken_down'] as const),
                publishedAt: Type.Union([Type.String(), Type.Null()]),
                summary: Summary,
              }),
            ),
            ...Paged,
            threshold: Threshold,
          }),
        },
      },
    },
    async (req) => feedback.courseSatisfactionList(req.actor!, req.query),
  );

  app.get(
    '/api/v1/feedback/comments',
    {
      config: { access: { roles: ['platform_operator'], scope: 'platform' } },
      schema: {
        tags,
        summary: '留言审核队列：词库拦下的评价留言，附命中的词语与位置（M9）',
        querystring: Type.Object({ status: Type.Optional(QueueStatus), ...Paging }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                courseId: Type.String(),
                courseTitle: Type.String(),
                comment: Type.String(),
                scores: Type.Object({ content: Score, course: Score, teacher: Type.Union([Score, Type.Null()]) }),
                status: QueueStatus,
                hits: Type.Array(Type.Object({ term: Type.String(), category: Type.String(), index: Type.Integer(), length: Type.Integer() })),
                submittedAt: Type.String(),
                decision: Type.Union([
                  Type.Object({ decision: Type.Enum(['release', 'reject'] as const), reason: Type.Union([Type.String(), Type.Null()]), by: Type.Union([Type.String(), Type.Null()]), at: Type.String() }),
                  Type.Null(),
                ]),
              }),
            ),
            ...Paged,
          }),
        },
      },
    },
    async (req) => comments.queue({ ...req.query, status: req.query.status ?? 'pending' }),
  );

  app.post(
    '/api/v1/feedback/comments/:id/decision',
    {
      config: { access: { roles: ['platform_operator'], scope: 'platform' } },
      schema: {
        tags,
        summary: '审核留言：公开或不予公开（须写原因，学员可见）；决定留存不可改（M9）',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ decision: Type.Enum(['release', 'reject'] as const), reason: Type.Optional(Type.String({ maxLength: 500 })) }),
        response: { 200: Type.Object({ status: Type.Enum(['published', 'rejected'] as const) }), 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req) => comments.decide(req.actor!, req.params.id, req.body, String(req.id)),
  );

  app.get(
    '/api/v1/courses/:id/feedback',
    {
      config: { access: { roles: ['institution_admin', 'regulator', 'platform_operator'], scope: 'region' } },
      schema: {
        tags,
        summary: '课程满意度与已公开的留言（机构看本机构，监管部门看辖区；不向公众展示，M11）',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object({ page: Type.Integer({ minimum: 1, default: 1 }), pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) }),
        response: {
          200: Type.Object({
            summary: Summary,
            threshold: Threshold,
            comments: Type.Array(Type.Object({ text: Type.String(), courseScore: Type.Integer(), at: Type.String() })),
            commentsTotal: Type.Integer(),
            responses: Type.Array(Type.Object({ action: Type.String(), text: Type.String(), at: Type.String() })),
          }),
          404: ErrorSchema,
        },
      },
    },
    async (req) => feedback.courseFeedback(req.actor!, req.params.id, req.query),
  );

  app.post(
    '/api/v1/feedback/settings',
    {
      config: { access: { roles: ['regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '设定课程满意度预警标准（仅省应急管理厅）',
        body: Type.Object({ ...Settings.properties, note: Type.String({ minLength: 2, maxLength: 500 }) }),
        response: { 200: Type.Object({ ...Settings.properties, setAt: Type.Union([Type.String(), Type.Null()]) }), 403: ErrorSchema },
      },
    },
    async (req) => feedback.setSettings(req.actor!, req.body, String(req.id)),
  );
}
