import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { attemptRoutes } from './assessments.attempt-routes.js';
import { MAX_QUESTION_FILE_BYTES, questionSheetTemplate } from './assessments.import.js';
import {
  BankSummarySchema,
  CategoryParams,
  ClassParams,
  ClassTestSchema,
  ImportReportSchema,
  NewTestBody,
  QuestionBody,
  QuestionListQuery,
  QuestionSchema,
  TestSettingsBody,
  TestSettingsSchema,
} from './assessments.schemas.js';
import type { AssessmentsService } from './assessments.service.js';

const tags = ['assessments'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const bankAccess = { roles: ['institution_admin'] as const, scope: 'institution' as const };

/** Question banks, the province's test settings and class test definitions (staff); the learner's attempts are in attemptRoutes. */
export async function assessmentsRoutes(app: App, assessments: AssessmentsService): Promise<void> {
  const { banks, settings, classTests } = assessments;

  app.get(
    '/api/v1/assessments/banks',
    { config: { access: bankAccess }, schema: { tags, summary: '本机构各培训类别的题库概况（题量、题型、知识点，不含试题内容）', response: { 200: Type.Object({ items: Type.Array(BankSummarySchema) }) } } },
    async (req) => ({ items: await banks.summary(req.actor!) }),
  );

  app.get(
    '/api/v1/assessments/banks/:categoryId/questions',
    {
      config: { access: bankAccess },
      schema: { tags, summary: '查看题库试题（含答案；每次查看均记入审计日志）', params: CategoryParams, querystring: QuestionListQuery, response: { 200: Type.Object({ items: Type.Array(QuestionSchema), nextCursor: Type.Union([Type.String(), Type.Null()]) }), 422: ErrorSchema } },
    },
    async (req) => banks.list(req.actor!, req.params.categoryId, req.query, String(req.id)),
  );

  app.post(
    '/api/v1/assessments/banks/:categoryId/questions',
    {
      config: { access: bankAccess },
      schema: { tags, summary: '添加一道试题（加密保存）', params: CategoryParams, body: QuestionBody, response: { 201: Type.Object({ questionId: Type.String() }), 400: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await banks.add(req.actor!, req.params.categoryId, req.body, String(req.id))),
  );

  app.post(
    '/api/v1/assessments/banks/:categoryId/questions/:questionId/retire',
    {
      config: { access: bankAccess },
      schema: {
        tags,
        summary: '停用一道试题（不删除：已抽到该题的试卷不受影响，新试卷不再抽取）',
        params: Type.Object({ categoryId: Type.String({ maxLength: 100 }), questionId: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), 404: ErrorSchema },
      },
    },
    async (req, reply) => {
      await banks.retire(req.actor!, req.params.categoryId, req.params.questionId, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/assessments/import-template',
    { config: { access: bankAccess }, schema: { tags, summary: '下载题库 Excel 模板（单选、多选、判断各一例）' } },
    async (_req, reply) =>
      reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('题库导入模板.xlsx')}`)
        .send(await questionSheetTemplate()),
  );

  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: MAX_QUESTION_FILE_BYTES }, (_req, body, done) => done(null, body));
    scope.post(
      '/api/v1/assessments/banks/:categoryId/import',
      {
        config: { access: bankAccess },
        schema: {
          tags,
          summary: '用 Excel 导入试题：逐行报告，合格的行导入，有问题的行说明原因（dryRun=true 只检查不导入）',
          params: CategoryParams,
          querystring: Type.Object({ dryRun: Type.Boolean({ default: false }) }),
          response: { 200: ImportReportSchema, 400: ErrorSchema, 422: ErrorSchema },
        },
      },
      async (req) => banks.importSheet(req.actor!, req.params.categoryId, req.body as Buffer, req.query.dryRun, String(req.id)),
    );
  });

  app.get(
    '/api/v1/assessments/settings',
    {
      config: { access: { roles: 'any-authenticated', scope: 'none' } },
      schema: { tags, summary: '各培训类别的考试合格分数与补考规则（省应急管理厅设定；未设定时为平台默认值）', response: { 200: Type.Object({ items: Type.Array(TestSettingsSchema) }) } },
    },
    async () => ({ items: await settings.list() }),
  );

  app.post(
    '/api/v1/assessments/settings/:categoryId',
    {
      config: { access: { roles: ['regulator'], scope: 'region' } },
      schema: { tags, summary: '设定某类别的合格分数与补考规则（仅省级应急管理部门；每次设定保留记录）', params: CategoryParams, body: TestSettingsBody, response: { 200: TestSettingsSchema, 403: ErrorSchema, 404: ErrorSchema } },
    },
    async (req) => settings.set(req.actor!, req.params.categoryId, req.body, String(req.id)),
  );

  app.post(
    '/api/v1/assessments/classes/:classId/tests',
    {
      config: { access: bankAccess },
      schema: { tags, summary: '为本班设置课程考试或结业考试（按知识点比例随机组卷）', params: ClassParams, body: NewTestBody, response: { 201: Type.Object({ testId: Type.String() }), 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await classTests.create(req.actor!, req.params.classId, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/assessments/classes/:classId/tests',
    {
      config: { access: { roles: ['institution_admin', 'regulator'], scope: 'region' } },
      schema: { tags, summary: '培训班的考试设置：机构看本机构，监管部门看辖区', params: ClassParams, response: { 200: Type.Object({ items: Type.Array(ClassTestSchema) }), 404: ErrorSchema } },
    },
    async (req) => ({ items: await classTests.listForClass(req.actor!, req.params.classId) }),
  );

  attemptRoutes(app, assessments);
}
