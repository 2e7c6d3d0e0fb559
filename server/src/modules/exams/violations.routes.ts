import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { ExceptionSchema, IdParams, MeasureBody, PageQuery, Paged, pageOf, SanctionSchema, SpotCheckBody, ViolationBody, ViolationSchema } from './exams.schemas.js';
import type { ExamsService } from './exams.service.js';

const tags = ['exams'];
const judges = { roles: ['exam_admin', 'regulator'], scope: 'region' } as const;

/** Violations, measures and published sanctions (N3.2–N3.4); provincial spot checks (N2.1, N2.3). */
export function violationsRoutes(app: App, exams: ExamsService): void {
  app.get(
    '/api/v1/exam-violations',
    { config: { access: judges }, schema: { tags, summary: '考试点、考试机构、考务人员违规记录与处理', querystring: PageQuery, response: { 200: Paged(ViolationSchema) } } },
    async (req) => exams.violations.list(req.actor!, pageOf(req.query)),
  );

  app.post(
    '/api/v1/exam-violations',
    { config: { access: judges }, schema: { tags, summary: '记录违规及证据（N3.2 八类情形、N3.3、N3.4）', body: ViolationBody, response: { 201: Type.Object({ violationId: Type.String() }), 404: ErrorSchema } } },
    async (req, reply) => reply.status(201).send(await exams.violations.record(req.actor!, req.body, String(req.id))),
  );

  app.post(
    '/api/v1/exam-violations/:id/measures',
    {
      config: { access: judges },
      schema: { tags, summary: '处理措施：限期整改、暂停3–6个月、取消资格、移送；考试机构批评、约谈、取消组织资格', params: IdParams, body: MeasureBody, response: { 201: Type.Object({ measureId: Type.String() }), 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await exams.violations.decide(req.actor!, req.params.id, req.body, String(req.id))),
  );

  app.post(
    '/api/v1/exam-measures/:id/rectified',
    { config: { access: judges }, schema: { tags, summary: '确认已按期整改', params: IdParams, response: { 204: Type.Null(), 404: ErrorSchema } } },
    async (req, reply) => {
      await exams.violations.markRectified(req.actor!, req.params.id, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/public/exam-sanctions',
    { config: { access: { public: '依法公开的考试点、考试机构处理结果（N3）' } }, schema: { tags, summary: '公开的处理结果', querystring: PageQuery, response: { 200: Paged(SanctionSchema) } } },
    async (req) => exams.violations.publicSanctions(pageOf(req.query)),
  );

  app.get(
    '/api/v1/exam-exceptions',
    { config: { access: judges }, schema: { tags, summary: '省级抽查：按例外规则安排的考生（唯一考点、在校生本校考点，N2.3）', response: { 200: Type.Object({ items: Type.Array(ExceptionSchema) }), 403: ErrorSchema } } },
    async (req) => ({ items: await exams.violations.exceptionsToCheck(req.actor!) }),
  );

  app.post(
    '/api/v1/exam-spot-checks',
    { config: { access: judges }, schema: { tags, summary: '记录省级抽查（例外安排、视频巡考）', body: SpotCheckBody, response: { 201: Type.Object({ spotCheckId: Type.String() }), 403: ErrorSchema } } },
    async (req, reply) => reply.status(201).send(await exams.violations.spotCheck(req.actor!, req.body, String(req.id))),
  );
}
