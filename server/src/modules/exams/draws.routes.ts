import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { ApplicationSchema, BeaconBody, CommitBody, CreateApplicationBody, CreateDrawBody, DrawBundleSchema, DrawDetailSchema, DrawSchema, IdParams, PageQuery, Paged, pageOf, RevealBody, VerificationSchema } from './exams.schemas.js';
import type { ExamsService } from './exams.service.js';
import type { DrawBundle } from './draw/draw.verify.js';

const tags = ['exams'];
const examAdmin = { roles: ['exam_admin'], scope: 'exam-institution' } as const;
const party = { roles: ['exam_admin', 'regulator'], scope: 'region' } as const;
const Party = Type.Object({ party: Type.Enum(['exam_institution', 'regulator'] as const) });
/** A published bundle of 100 000 candidates is about 30 MB of JSON. */
const BUNDLE_LIMIT_BYTES = 64 * 1_048_576;

/** Applications (N2.6) and the cross-exam draw ceremony (N2.3, DESIGN §7), with its public verification. */
export function drawsRoutes(app: App, exams: ExamsService): void {
  app.post(
    '/api/v1/exam-applications',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '机构为完成培训的学员报考（N2.6 报考地）', body: CreateApplicationBody, response: { 201: Type.Object({ applicationId: Type.String() }), 409: ErrorSchema, 422: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await exams.applications.submit(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/exam-applications',
    {
      config: { access: { roles: ['institution_admin', 'exam_admin', 'regulator'], scope: 'region' } },
      schema: { tags, summary: '报考：机构看本机构，考试机构和监管部门看辖区；分配结果公布后可见', querystring: PageQuery, response: { 200: Paged(ApplicationSchema) } },
    },
    async (req) => exams.applications.list(req.actor!, pageOf(req.query)),
  );

  app.post(
    '/api/v1/exam-applications/:id/withdraw',
    { config: { access: { roles: ['institution_admin'], scope: 'institution' } }, schema: { tags, summary: '撤回尚未进入分配的报考', params: IdParams, response: { 204: Type.Null(), 404: ErrorSchema, 409: ErrorSchema } } },
    async (req, reply) => {
      await exams.applications.withdraw(req.actor!, req.params.id, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me/exam-applications',
    { config: { access: { roles: ['learner'], scope: 'self' } }, schema: { tags, summary: '我的报考与考试安排（公布后可见）', response: { 200: Type.Object({ items: Type.Array(ApplicationSchema) }) } } },
    async (req) => ({ items: await exams.applications.mine(req.actor!) }),
  );

  app.get(
    '/api/v1/exam-draws',
    { config: { access: party }, schema: { tags, summary: '交叉考试随机分配', querystring: PageQuery, response: { 200: Paged(DrawSchema) } } },
    async (req) => exams.draws.list(req.actor!, pageOf(req.query)),
  );

  app.post(
    '/api/v1/exam-draws',
    { config: { access: examAdmin }, schema: { tags, summary: '开启一次随机分配（报名窗口）', body: CreateDrawBody, response: { 201: Type.Object({ drawId: Type.String() }), 409: ErrorSchema } } },
    async (req, reply) => reply.status(201).send(await exams.draws.create(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/exam-draws/:id',
    { config: { access: party }, schema: { tags, summary: '随机分配详情：输入哈希、承诺、揭示、种子、结果', params: IdParams, response: { 200: DrawDetailSchema, 404: ErrorSchema } } },
    async (req) => exams.draws.get(req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/exam-draws/:id/freeze',
    { config: { access: examAdmin }, schema: { tags, summary: '关闭报名窗口，冻结输入并公布其哈希（DESIGN §7.1）', params: IdParams, response: { 200: Type.Object({ inputsHash: Type.String() }), 409: ErrorSchema } } },
    async (req) => exams.draws.freeze(req.actor!, req.params.id, String(req.id)),
  );

  app.post(
    '/api/v1/exam-draws/:id/commits',
    { config: { access: party }, schema: { tags, summary: '考试机构或监管部门提交随机数承诺值 sha256(secret)', params: IdParams, body: CommitBody, response: { 201: Party, 403: ErrorSchema, 409: ErrorSchema } } },
    async (req, reply) => reply.status(201).send(await exams.draws.commit(req.actor!, req.params.id, req.body.commitment, String(req.id))),
  );

  app.post(
    '/api/v1/exam-draws/:id/reveals',
    { config: { access: party }, schema: { tags, summary: '双方均已承诺后揭示随机数', params: IdParams, body: RevealBody, response: { 200: Party, 409: ErrorSchema, 422: ErrorSchema } } },
    async (req) => exams.draws.reveal(req.actor!, req.params.id, req.body.secret, String(req.id)),
  );

  app.post(
    '/api/v1/exam-draws/:id/beacon',
    {
      config: { access: examAdmin },
      schema: { tags, summary: '登记开启时声明的公共信标的数值（代替双方承诺）', params: IdParams, body: BeaconBody, response: { 204: Type.Null(), 409: ErrorSchema } },
    },
    async (req, reply) => {
      await exams.draws.recordBeacon(req.actor!, req.params.id, req.body.value, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/exam-draws/:id/run',
    { config: { access: examAdmin }, schema: { tags, summary: '由揭示值确定种子并确定性地分配（DESIGN §7.3）', params: IdParams, response: { 200: Type.Object({ seed: Type.String(), resultHash: Type.String() }), 409: ErrorSchema } } },
    async (req) => exams.draws.run(req.actor!, req.params.id, String(req.id)),
  );

  app.post(
    '/api/v1/exam-draws/:id/publish',
    { config: { access: examAdmin }, schema: { tags, summary: '公布分配结果、输入哈希和种子（DESIGN §7.4）', params: IdParams, response: { 204: Type.Null(), 409: ErrorSchema } } },
    async (req, reply) => {
      await exams.draws.publish(req.actor!, req.params.id, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/public/exam-draws',
    { config: { access: { public: '已公布的交叉考试随机分配（N2.3），供社会核验' } }, schema: { tags, summary: '已公布的随机分配', querystring: PageQuery, response: { 200: Paged(DrawSchema) } } },
    async (req) => exams.draws.listPublished(pageOf(req.query)),
  );

  app.get(
    '/api/v1/public/exam-draws/:id/bundle',
    {
      config: { access: { public: '已公布随机分配的核验数据包（只含编号，不含个人信息）' } },
      schema: { tags, summary: '核验数据包：输入、输入哈希、承诺与揭示、种子、结果', params: IdParams, response: { 200: DrawBundleSchema, 404: ErrorSchema } },
    },
    async (req) => exams.draws.bundle(req.params.id),
  );

  app.post(
    '/api/v1/public/exam-draws/verify',
    {
      config: { access: { public: '任何人可提交数据包重新计算随机分配' } },
      bodyLimit: BUNDLE_LIMIT_BYTES,
      schema: { tags, summary: '重新计算输入哈希、种子与分配结果，与公布值比对', body: DrawBundleSchema, response: { 200: VerificationSchema } },
    },
    async (req) => exams.draws.verify(req.body as DrawBundle),
  );
}
