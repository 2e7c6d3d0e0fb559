import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import type { CourseSupervision } from './catalogue.supervision.js';

const tags = ['catalogue'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Reason = Type.String({ minLength: 5, maxLength: 1000 });

export function supervisionRoutes(app: App, supervision: CourseSupervision): void {
  app.get(
    '/api/v1/courses/spot-check-sample',
    {
      config: { access: { roles: ['regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '随机抽取辖区内已发布课程进行抽查（M17）',
        querystring: Type.Object({ size: Type.Integer({ minimum: 1, maximum: 20, default: 5 }) }),
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), institutionName: Type.String(), publishedAt: Type.Union([Type.String(), Type.Null()]) })) }) },
      },
    },
    async (req) => ({ items: await supervision.spotCheckSample(req.actor!, req.query.size) }),
  );

  app.post(
    '/api/v1/courses/:id/spot-checks',
    {
      config: { access: { roles: ['regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '记录课程抽查结果；责令下架则课程立即下架（M17）',
        params: IdParams,
        body: Type.Object({ outcome: Type.Enum(['pass', 'take_down'] as const), findings: Reason }),
        response: { 200: Type.Object({ status: Type.Enum(['published', 'taken_down'] as const) }), 404: ErrorSchema },
      },
    },
    async (req) => supervision.spotCheck(req.actor!, req.params.id, req.body, String(req.id)),
  );

  app.get(
    '/api/v1/courses/:id/spot-checks',
    {
      config: { access: { roles: ['regulator', 'institution_admin'], scope: 'region' } },
      schema: {
        tags,
        summary: '课程的抽查记录',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ outcome: Type.String(), findings: Type.String(), regionCode: Type.String(), at: Type.String() })) }), 404: ErrorSchema },
      },
    },
    async (req) => ({ items: await supervision.spotChecksOf(req.actor!, req.params.id) }),
  );

  app.post(
    '/api/v1/courses/:id/take-down',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '机构下架本机构课程（如满意度过低，M22）', params: IdParams, body: Type.Object({ reason: Reason }), response: { 200: Type.Object({ status: Type.Literal('taken_down') }), 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => supervision.takeDownOwn(req.actor!, req.params.id, req.body.reason, String(req.id)),
  );

  app.post(
    '/api/v1/courses/:id/satisfaction-answer',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '机构就满意度过低作出书面说明（M22）', params: IdParams, body: Type.Object({ text: Reason }), response: { 204: Type.Null(), 404: ErrorSchema } },
    },
    async (req, reply) => {
      await supervision.answer(req.actor!, req.params.id, req.body.text, String(req.id));
      return reply.status(204).send(null);
    },
  );
}
