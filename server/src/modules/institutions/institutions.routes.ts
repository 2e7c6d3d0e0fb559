import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { SYSTEM_ACTOR } from '../audit/index.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import {
  ApplicationListQuery,
  ApplicationSchema,
  CancellationBody,
  DecisionBody,
  MineSchema,
  PublicInstitutionSchema,
  RegistrationBody,
  ScopeChangeBody,
  SignupBody,
  TeacherBody,
  TeacherSchema,
} from './institutions.schemas.js';
import type { InstitutionsService } from './institutions.service.js';

const tags = ['institutions'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
/** Sign-ups per address per minute: enough for a real institution, not for a script. */
const SIGNUP_RATE_PER_MINUTE = 10;

export function institutionsRoutes(app: App, institutions: InstitutionsService): void {
  app.post(
    '/api/v1/institutions/signup',
    {
      config: { access: { public: '培训机构注册账号（备案须经所在市应急管理局核验，N1.2）' }, rateLimit: { max: SIGNUP_RATE_PER_MINUTE, timeWindow: 60_000 } },
      schema: { tags, summary: '培训机构注册：机构信息与管理员账号', body: SignupBody, response: { 201: Type.Object({ institutionId: Type.String(), accountId: Type.String() }), 400: ErrorSchema, 409: ErrorSchema } },
    },
    async (req, reply) => {
      const result = await institutions.signup(req.body, { ...SYSTEM_ACTOR, role: 'anonymous', requestId: String(req.id) });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/v1/institutions/mine',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '本机构信息及在各市的备案状态', response: { 200: MineSchema } },
    },
    async (req) => institutions.mine(req.actor!),
  );

  app.post(
    '/api/v1/institutions/mine/registrations',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '向地级以上市应急管理局报告（备案申请，N1.2）', body: RegistrationBody, response: { 201: Type.Object({ registrationId: Type.String(), applicationId: Type.String() }), 409: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await institutions.submitRegistration(req.actor!, req.body, String(req.id))),
  );

  const applicationResponse = { 201: Type.Object({ applicationId: Type.String() }), 404: ErrorSchema, 409: ErrorSchema };

  app.post(
    '/api/v1/institutions/mine/registrations/:id/online-declaration',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '申报在该市开展网络培训（M12）', params: IdParams, response: applicationResponse },
    },
    async (req, reply) => reply.status(201).send(await institutions.apply(req.actor!, req.params.id, 'online', {}, String(req.id))),
  );

  app.post(
    '/api/v1/institutions/mine/registrations/:id/scope-change',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '申请变更培训范围（N1.2）', params: IdParams, body: ScopeChangeBody, response: applicationResponse },
    },
    async (req, reply) => reply.status(201).send(await institutions.apply(req.actor!, req.params.id, 'scope_change', { categories: req.body.categories }, String(req.id))),
  );

  app.post(
    '/api/v1/institutions/mine/registrations/:id/cancellation',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '申请注销在该市的备案（N1.2）', params: IdParams, body: CancellationBody, response: applicationResponse },
    },
    async (req, reply) => reply.status(201).send(await institutions.apply(req.actor!, req.params.id, 'cancellation', { reason: req.body.reason }, String(req.id))),
  );

  app.get(
    '/api/v1/institution-applications',
    {
      config: { access: { roles: ['regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '辖区内培训机构的备案、网络培训申报、范围变更与注销申请',
        querystring: ApplicationListQuery,
        response: { 200: Type.Object({ items: Type.Array(ApplicationSchema), nextCursor: Type.Union([Type.String(), Type.Null()]) }) },
      },
    },
    async (req) => institutions.listApplications(req.actor!, req.query),
  );

  app.post(
    '/api/v1/institution-applications/:id/decision',
    {
      config: { access: { roles: ['regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '办理申请：核验登记或不予登记（须说明理由）',
        params: IdParams,
        body: DecisionBody,
        response: { 200: Type.Object({ applicationId: Type.String(), status: Type.String() }), 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req) => institutions.decide(req.actor!, req.params.id, req.body, String(req.id)),
  );

  app.get(
    '/api/v1/public/institutions',
    {
      config: { access: { public: '各市已登记并公布的网络培训机构名单（M11，按登记时间排列，不排名）' } },
      schema: {
        tags,
        summary: '某市已公布的网络培训机构（按登记时间排列）',
        querystring: Type.Object({ city: Type.String({ pattern: '^44[0-9]{2}00$' }) }),
        response: { 200: Type.Object({ city: Type.String(), order: Type.Literal('registeredAt'), notice: Type.String(), items: Type.Array(PublicInstitutionSchema) }) },
      },
    },
    async (req) => ({
      city: req.query.city,
      order: 'registeredAt' as const,
      notice: '名单按登记时间排列，不作排名或推荐；以各市应急管理局官方网站公布的名单为准。',
      items: await institutions.publicList(req.query.city),
    }),
  );

  app.post(
    '/api/v1/institutions/mine/teachers',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '向市应急管理局报告授课教师（N1.3）', body: TeacherBody, response: { 201: Type.Object({ teacherId: Type.String() }), 409: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await institutions.reportTeacher(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/teachers',
    {
      config: { access: { roles: ['institution_admin', 'regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '教师名单（分页）：机构看本机构，监管部门看辖区',
        querystring: Type.Object({
          status: Type.Optional(Type.Enum(['pending', 'approved', 'rejected'] as const)),
          name: Type.Optional(Type.String({ maxLength: 50, description: '按教师姓名或机构名称查找（包含）' })),
          page: Type.Integer({ minimum: 1, default: 1 }),
          pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 20, description: '选择教师的下拉框可取全部（至多500）' }),
        }),
        response: { 200: Type.Object({ items: Type.Array(TeacherSchema), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() }) },
      },
    },
    async (req) => institutions.listTeachers(req.actor!, req.query),
  );

  app.post(
    '/api/v1/teachers/:id/decision',
    {
      config: { access: { roles: ['regulator'], scope: 'region' } },
      schema: { tags, summary: '核准或退回报告的教师', params: IdParams, body: DecisionBody, response: { 200: Type.Object({ teacherId: Type.String(), status: Type.String() }), 403: ErrorSchema, 404: ErrorSchema } },
    },
    async (req) => institutions.decideTeacher(req.actor!, req.params.id, req.body, String(req.id)),
  );
}
