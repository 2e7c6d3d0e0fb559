import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { AssignStaffBody, CreateStaffBody, DocumentBody, IdParams, SessionSchema, SessionStaffSchema, StaffSchema } from './exams.schemas.js';
import type { ExamsService } from './exams.service.js';

const tags = ['exams'];
const examAdmin = { roles: ['exam_admin'], scope: 'exam-institution' } as const;

/** The exam staff database (N2.5) and assignment to sessions with avoidance (N2.4). */
export function staffRoutes(app: App, exams: ExamsService): void {
  app.get(
    '/api/v1/exam-staff',
    { config: { access: { roles: ['exam_admin', 'regulator'], scope: 'region' } }, schema: { tags, summary: '考务人员信息库（N2.5）', response: { 200: Type.Object({ items: Type.Array(StaffSchema) }) } } },
    async (req) => ({ items: await exams.staff.list(req.actor!) }),
  );

  app.post(
    '/api/v1/exam-staff',
    { config: { access: examAdmin }, schema: { tags, summary: '登记考务人员及其与培训机构的关联（回避）', body: CreateStaffBody, response: { 201: Type.Object({ staffId: Type.String() }) } } },
    async (req, reply) => reply.status(201).send(await exams.staff.create(req.actor!, req.body, String(req.id))),
  );

  app.post(
    '/api/v1/exam-staff/:id/documents',
    {
      config: { access: examAdmin },
      schema: { tags, summary: '登记培训、年度考核、工作责任书、保密协议（可附扫描件）', params: IdParams, body: DocumentBody, response: { 201: Type.Object({ documentId: Type.String() }), 404: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await exams.staff.addDocument(req.actor!, req.params.id, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/exam-sessions/:id/staff',
    { config: { access: { roles: ['exam_admin', 'exam_site_admin', 'regulator'], scope: 'region' } }, schema: { tags, summary: '场次的考务人员', params: IdParams, response: { 200: Type.Object({ items: Type.Array(SessionStaffSchema) }), 404: ErrorSchema } } },
    async (req) => ({ items: await exams.staff.sessionStaff(req.actor!, req.params.id) }),
  );

  app.post(
    '/api/v1/exam-sessions/:id/staff',
    {
      config: { access: examAdmin },
      schema: { tags, summary: '安排考务人员：回避与协议齐全检查（N2.4、N2.5）', params: IdParams, body: AssignStaffBody, response: { 204: Type.Null(), 404: ErrorSchema, 422: ErrorSchema } },
    },
    async (req, reply) => {
      await exams.staff.assign(req.actor!, req.params.id, req.body, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me/exam-duties',
    {
      config: { access: { roles: ['exam_staff'], scope: 'self' } },
      schema: { tags, summary: '我的考务安排与协议', response: { 200: Type.Object({ staff: Type.Union([StaffSchema, Type.Null()]), sessions: Type.Array(SessionSchema) }) } },
    },
    async (req) => exams.staff.mine(req.actor!),
  );
}
