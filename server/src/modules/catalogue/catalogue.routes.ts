import { Type } from 'typebox';
import { sendRangedMedia } from '../../platform/http/ranged-media.js';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import type { Checklist } from './catalogue.policy.js';
import { AddLessonBody, CourseDetailSchema, CourseListQuery, CourseSummarySchema, CreateCourseBody, PlatformReviewBody } from './catalogue.schemas.js';
import type { CatalogueService } from './catalogue.service.js';

const tags = ['catalogue'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export function catalogueRoutes(app: App, catalogue: CatalogueService): void {
  app.post(
    '/api/v1/courses',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '新建课程（草稿）', body: CreateCourseBody, response: { 201: Type.Object({ courseId: Type.String() }), 422: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await catalogue.createCourse(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/courses',
    {
      config: { access: { roles: ['institution_admin', 'platform_operator', 'regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '课程列表（分页）：机构看本机构，平台看全部（审核队列），监管部门看辖区已发布（及已下架）课程',
        querystring: CourseListQuery,
        response: { 200: Type.Object({ items: Type.Array(CourseSummarySchema), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() }) },
      },
    },
    async (req) => catalogue.list(req.actor!, req.query),
  );

  app.get(
    '/api/v1/courses/:id',
    {
      config: { access: { roles: ['institution_admin', 'platform_operator', 'regulator'], scope: 'region' } },
      schema: { tags, summary: '课程详情：课时、质量检测结果、审核记录', params: IdParams, response: { 200: CourseDetailSchema, 404: ErrorSchema } },
    },
    async (req) => catalogue.get(req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/courses/:id/lessons',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '添加课时（视频、音频或图文，M20）；音视频自动进行质量检测（M21）', params: IdParams, body: AddLessonBody, response: { 201: Type.Object({ lessonId: Type.String() }), 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await catalogue.addLesson(req.actor!, req.params.id, req.body, String(req.id))),
  );

  app.delete(
    '/api/v1/courses/:id/lessons/:lessonId',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: {
        tags,
        summary: '从草稿课程中删除课时（如质量检测未通过的视频）；已提交或已发布的课程不能删除',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), lessonId: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req, reply) => {
      await catalogue.removeLesson(req.actor!, req.params.id, req.params.lessonId, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/courses/:id/submit',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '机构审核通过并提交平台审核（M17 第一责任）', params: IdParams, body: Type.Object({ comment: Type.Optional(Type.String({ maxLength: 1000 })) }), response: { 204: Type.Null(), 422: ErrorSchema } },
    },
    async (req, reply) => {
      await catalogue.submitForReview(req.actor!, req.params.id, req.body.comment ?? null, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/courses/:id/platform-review',
    {
      config: { access: { roles: ['platform_operator'], scope: 'platform' } },
      schema: {
        tags,
        summary: '平台审核：内容、形式、意识形态、视频质量、版权逐项结论（M8、M17）',
        params: IdParams,
        body: PlatformReviewBody,
        response: { 200: Type.Object({ status: Type.Enum(['published', 'draft'] as const) }), 400: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req) => catalogue.platformReview(req.actor!, req.params.id, { checklist: req.body.checklist as Partial<Checklist>, comment: req.body.comment }, String(req.id)),
  );

  app.get(
    '/api/v1/lessons/:id/media',
    {
      config: { access: { roles: ['institution_admin', 'platform_operator', 'regulator'], scope: 'region' } },
      schema: { tags, summary: '播放课时音视频（支持 HTTP Range）', params: IdParams },
    },
    async (req, reply) => sendRangedMedia(req, reply, await catalogue.openMedia(req.actor!, req.params.id)),
  );
}
