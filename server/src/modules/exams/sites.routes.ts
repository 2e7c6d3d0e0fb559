import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { ChangeBody, CreateSessionBody, CreateSiteBody, ExamInstitutionSchema, IdParams, PageQuery, Paged, pageOf, SessionDetailSchema, SessionSchema, SiteSchema } from './exams.schemas.js';
import type { ExamsService } from './exams.service.js';

const tags = ['exams'];
const regionRead = { roles: ['exam_admin', 'exam_site_admin', 'regulator'], scope: 'region' } as const;
const examAdmin = { roles: ['exam_admin'], scope: 'exam-institution' } as const;

/** Exam institutions, sites and sessions with their approved changes (N2.1–N2.3, N3.2 item 6). */
export function sitesRoutes(app: App, exams: ExamsService): void {
  app.get(
    '/api/v1/exam-institutions',
    {
      config: { access: { roles: ['exam_admin', 'regulator'], scope: 'region' } },
      schema: { tags, summary: '考试机构：省级看全省，市级看本市（N2.1）', response: { 200: Type.Object({ items: Type.Array(ExamInstitutionSchema) }) } },
    },
    async (req) => ({ items: await exams.sites.listInstitutions(req.actor!) }),
  );

  app.get(
    '/api/v1/exam-sites',
    { config: { access: regionRead }, schema: { tags, summary: '考试点：考试机构和监管部门看辖区，考点看本考点', response: { 200: Type.Object({ items: Type.Array(SiteSchema) }) } } },
    async (req) => ({ items: await exams.sites.list(req.actor!) }),
  );

  app.post(
    '/api/v1/exam-sites',
    {
      config: { access: examAdmin },
      schema: { tags, summary: '登记考试点：不得依托培训机构新增考试点（N2.2）', body: CreateSiteBody, response: { 201: Type.Object({ siteId: Type.String() }), 422: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await exams.sites.create(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/exam-sites/:id',
    { config: { access: regionRead }, schema: { tags, summary: '考试点详情', params: IdParams, response: { 200: SiteSchema, 404: ErrorSchema } } },
    async (req) => exams.sites.get(req.actor!, req.params.id),
  );

  app.get(
    '/api/v1/exam-sessions',
    {
      config: { access: { roles: ['exam_admin', 'exam_site_admin', 'regulator', 'exam_staff'], scope: 'region' } },
      schema: { tags, summary: '考试场次：辖区、本考点或本人被安排的场次', querystring: Type.Object({ ...PageQuery.properties, upcoming: Type.Optional(Type.Boolean()) }), response: { 200: Paged(SessionSchema) } },
    },
    async (req) => exams.sessions.list(req.actor!, { ...pageOf(req.query), upcoming: req.query.upcoming }),
  );

  app.post(
    '/api/v1/exam-sessions',
    {
      config: { access: examAdmin },
      schema: { tags, summary: '安排考试场次：考点须在用、开设该科目，人数不超过考位', body: CreateSessionBody, response: { 201: Type.Object({ sessionId: Type.String() }), 409: ErrorSchema, 422: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await exams.sessions.create(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/exam-sessions/:id',
    {
      config: { access: { roles: ['exam_admin', 'exam_site_admin', 'regulator', 'exam_staff'], scope: 'region' } },
      schema: { tags, summary: '场次详情：变更记录、考场准备、摄像机开关记录与问题（N2.4）', params: IdParams, response: { 200: SessionDetailSchema, 404: ErrorSchema } },
    },
    async (req) => exams.sessions.get(req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/exam-sessions/:id/change-requests',
    {
      config: { access: { roles: ['exam_admin', 'exam_site_admin'], scope: 'exam-site' } },
      schema: { tags, summary: '申请变更考试开始、结束时间或考点（须经考试机构批准，N3.2）', params: IdParams, body: ChangeBody, response: { 201: Type.Object({ changeId: Type.String() }), 409: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await exams.sessions.requestChange(req.actor!, req.params.id, req.body, String(req.id))),
  );

  app.post(
    '/api/v1/exam-session-changes/:id/decision',
    {
      config: { access: examAdmin },
      schema: { tags, summary: '考试机构审批场次变更', params: IdParams, body: Type.Object({ approve: Type.Boolean() }), response: { 204: Type.Null(), 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req, reply) => {
      await exams.sessions.decideChange(req.actor!, req.params.id, req.body.approve, String(req.id));
      return reply.status(204).send(null);
    },
  );
}
