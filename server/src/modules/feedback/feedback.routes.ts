import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import type { FeedbackService } from './feedback.service.js';

const tags = ['feedback'];
const Score = Type.Integer({ minimum: 1, maximum: 5 });
const Avg = Type.Union([Type.Number(), Type.Null()]);
const Summary = Type.Object({ courseId: Type.String(), count: Type.Integer(), content: Avg, course: Avg, teacher: Avg, flagged: Type.Boolean() });
const Settings = Type.Object({ minRatings: Type.Integer({ minimum: 1, maximum: 10_000 }), threshold: Type.Number({ exclusiveMinimum: 1, maximum: 5 }) });

export function feedbackRoutes(app: App, feedback: FeedbackService): void {
  app.put(
    '/api/v1/me/classes/:classId/courses/:courseId/rating',
    {
      config: { access: { roles: ['learner'], scope: 'self' } },
      schema: {
        tags,
        summary: '学员评价已学课程：内容、课程、教师（1–5分）与留言；留言经审核后显示（M22、M9）',
        params: Type.Object({ classId: Type.String({ format: 'uuid' }), courseId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ content: Score, course: Score, teacher: Type.Union([Score, Type.Null()]), comment: Type.Union([Type.String({ maxLength: 500 }), Type.Null()]) }),
        response: { 200: Type.Object({ commentStatus: Type.Enum(['none', 'pending', 'published'] as const) }), 400: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (req) => feedback.rate(req.actor!, req.params.classId, req.params.courseId, req.body),
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
            threshold: Type.Object({ ...Settings.properties, setAt: Type.Union([Type.String(), Type.Null()]) }),
            comments: Type.Array(Type.Object({ text: Type.String(), courseScore: Type.Integer(), at: Type.String() })),
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
