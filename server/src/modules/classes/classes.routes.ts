import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { learnerSheetTemplate, MAX_IMPORT_BYTES } from './classes.import.js';
import { ClassDetailSchema, ClassSummarySchema, CreateClassBody, ImportResultSchema, MyClassSchema } from './classes.schemas.js';
import type { ClassesService } from './classes.service.js';

const tags = ['classes'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function classesRoutes(app: App, classes: ClassesService): Promise<void> {
  app.post(
    '/api/v1/classes',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '开设培训班（班级，M23）：学时计划须符合类别要求（M19）', body: CreateClassBody, response: { 201: Type.Object({ classId: Type.String() }), 422: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await classes.create(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/classes',
    {
      config: { access: { roles: ['institution_admin', 'regulator'], scope: 'region' } },
      schema: { tags, summary: '培训班：机构看本机构，监管部门看辖区', response: { 200: Type.Object({ items: Type.Array(ClassSummarySchema) }) } },
    },
    async (req) => ({ items: await classes.list(req.actor!) }),
  );

  app.get(
    '/api/v1/classes/import-template',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '下载学员名单 Excel 模板' },
    },
    async (_req, reply) =>
      reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('学员名单模板.xlsx')}`)
        .send(await learnerSheetTemplate()),
  );

  app.get(
    '/api/v1/classes/:id',
    {
      config: { access: { roles: ['institution_admin', 'regulator'], scope: 'region' } },
      schema: { tags, summary: '培训班详情：课程、教师、学员', params: IdParams, response: { 200: ClassDetailSchema, 404: ErrorSchema } },
    },
    async (req) => classes.get(req.actor!, req.params.id),
  );

  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_req, body, done) => done(null, body));
    scope.post(
      '/api/v1/classes/:id/learners/import',
      {
        config: { access: { roles: ['institution_admin'], scope: 'institution' } },
        schema: {
          tags,
          summary: '用 Excel 名单导入学员（逐行校验，有错则整份不导入）',
          params: IdParams,
          response: { 200: ImportResultSchema, 400: ErrorSchema, 422: ErrorSchema },
        },
      },
      async (req) => classes.importLearners(req.actor!, req.params.id, req.body as Buffer, String(req.id)),
    );
  });

  app.post(
    '/api/v1/classes/:id/learners/:learnerId/password-reset',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: {
        tags,
        summary: '机构当面核实身份后为本班学员重置密码（一次性初始密码，学员登录后须修改）',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), learnerId: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ initialPassword: Type.String() }), 404: ErrorSchema },
      },
    },
    async (req) => classes.resetLearnerPassword(req.actor!, req.params.id, req.params.learnerId, String(req.id)),
  );

  app.post(
    '/api/v1/me/enrolments',
    {
      config: { access: { roles: ['learner'], scope: 'self' } },
      schema: { tags, summary: '学员凭班级码加入培训班', body: Type.Object({ code: Type.String({ minLength: 4, maxLength: 16 }) }), response: { 201: Type.Object({ classId: Type.String(), className: Type.String() }), 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await classes.joinByCode(req.actor!, req.body.code, String(req.id))),
  );

  app.get(
    '/api/v1/me/classes',
    {
      config: { access: { roles: ['learner'], scope: 'self' } },
      schema: { tags, summary: '我的培训班', response: { 200: Type.Object({ items: Type.Array(MyClassSchema) }) } },
    },
    async (req) => ({ items: await classes.myClasses(req.actor!) }),
  );
}
