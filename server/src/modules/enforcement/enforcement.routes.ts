import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import type { CasesService } from './cases.service.js';
import type { InspectionsService } from './inspections.service.js';
import * as S from './enforcement.schemas.js';
import type { SignalsService } from './signals.service.js';

const tags = ['enforcement'];
const IdParams = Type.Object({ id: S.Uuid });
const MeasureParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const Ok = Type.Object({ ok: Type.Boolean() });
const regulator = { roles: ['regulator'], scope: 'region' } as const;
const regulatorOrInstitution = { roles: ['regulator', 'institution_admin'], scope: 'region' } as const;

/** Fraud signals, inspections, cases and measures (issue 8 part C); public sanctions (N3). */
export function enforcementRoutes(app: App, s: { signals: SignalsService; inspections: InspectionsService; cases: CasesService }): void {
  app.get(
    '/api/v1/enforcement/signals',
    {
      config: { access: regulatorOrInstitution },
      schema: {
        tags,
        summary: '线索：辖区内（机构：涉及本机构）的疑似违规信号（M24、N3.5）',
        querystring: Type.Object({ ...S.PageQuery.properties, kind: Type.Optional(S.SignalKind) }),
        response: { 200: S.Paged(S.SignalSummary), 403: ErrorSchema },
      },
    },
    async (req) => s.signals.list(req.actor!, req.query),
  );

  app.get(
    '/api/v1/enforcement/signals/:id',
    {
      config: { access: regulatorOrInstitution },
      schema: { tags, summary: '线索详情与证据（学习记录、学时流水、人脸核验记录）', params: IdParams, response: { 200: S.SignalDetail, 403: ErrorSchema, 404: ErrorSchema } },
    },
    async (req) => s.signals.get(req.actor!, req.params.id),
  );

  app.get(
    '/api/v1/enforcement/inspections',
    {
      config: { access: regulator },
      schema: {
        tags,
        summary: '年度执法检查计划：辖区机构、已排检查、本年度尚未检查的机构（N3）',
        querystring: Type.Object({ year: Type.Integer({ minimum: 2020, maximum: 2100 }) }),
        response: { 200: S.InspectionPlan, 403: ErrorSchema },
      },
    },
    async (req) => s.inspections.plan(req.actor!, req.query.year),
  );

  app.post(
    '/api/v1/enforcement/inspections',
    {
      config: { access: regulator },
      schema: {
        tags,
        summary: '安排对辖区机构的培训、考核执法检查（N3）',
        body: Type.Object({ institutionId: S.Uuid, cityCode: Type.String({ pattern: '^44[0-9]{2}00$' }), scope: S.InspectionScope, plannedOn: S.DateOnly }),
        response: { 201: Type.Object({ inspectionId: Type.String() }), 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await s.inspections.schedule(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/enforcement/inspections/:id',
    { config: { access: regulator }, schema: { tags, summary: '执法检查详情与检查表', params: IdParams, response: { 200: S.InspectionDetail, 403: ErrorSchema, 404: ErrorSchema } } },
    async (req) => s.inspections.get(req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/enforcement/inspections/:id/findings',
    {
      config: { access: regulator },
      schema: {
        tags,
        summary: '登记检查结果：逐项填写检查表，发现问题的写明情况',
        params: IdParams,
        body: S.FindingsBody,
        response: { 200: Type.Object({ conclusion: Type.String(), findings: Type.Array(Type.Object({ id: Type.Integer(), item: Type.String(), result: Type.String() })) }), 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req) => s.inspections.record(req.actor!, req.params.id, req.body.findings, String(req.id)),
  );

  app.get(
    '/api/v1/enforcement/cases',
    {
      config: { access: regulator },
      schema: {
        tags,
        summary: '案件：辖区内及报送本单位的案件，可只看整改逾期的（N3.1、M31）',
        querystring: Type.Object({ ...S.PageQuery.properties, status: Type.Optional(Type.Enum(['open', 'closed'] as const)), overdue: Type.Optional(Type.Boolean()) }),
        response: { 200: S.Paged(S.CaseSummary), 403: ErrorSchema },
      },
    },
    async (req) => s.cases.list(req.actor!, req.query),
  );

  app.post(
    '/api/v1/enforcement/cases',
    {
      config: { access: regulator },
      schema: {
        tags,
        summary: '立案：由线索或检查发现的问题立案（N3.1）',
        body: Type.Object({
          signalId: Type.Optional(S.Uuid),
          findingId: Type.Optional(Type.Integer({ minimum: 1 })),
          institutionId: Type.Optional(S.Uuid),
          title: Type.String({ minLength: 2, maxLength: 200 }),
          description: Type.String({ maxLength: 4000 }),
        }),
        response: { 201: Type.Object({ caseId: Type.String() }), 403: ErrorSchema, 404: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await s.cases.open(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/enforcement/cases/:id',
    { config: { access: regulator }, schema: { tags, summary: '案件详情：处理措施、整改期限与回复、报送记录', params: IdParams, response: { 200: S.CaseDetail, 403: ErrorSchema, 404: ErrorSchema } } },
    async (req) => s.cases.get(req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/enforcement/cases/:id/measures',
    {
      config: { access: regulator },
      schema: {
        tags,
        summary: '采取措施：责令限期整改、警告、暂停网络培训、注销登记、移送司法机关、解除暂停（M30、N3.1）',
        params: IdParams,
        body: S.MeasureBody,
        response: { 201: Type.Object({ measureId: Type.Integer() }), 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await s.cases.addMeasure(req.actor!, req.params.id, req.body, String(req.id))),
  );

  app.post(
    '/api/v1/enforcement/cases/:id/reports',
    {
      config: { access: regulator },
      schema: {
        tags,
        summary: '跨区域报送：报送省应急管理厅或其他地级市应急管理局（M31、N3.5）',
        params: IdParams,
        body: Type.Object({ toRegion: Type.String({ pattern: '^44[0-9]{4}$' }), note: Type.String({ minLength: 2, maxLength: 2000 }) }),
        response: { 200: Ok, 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (req) => {
      await s.cases.report(req.actor!, req.params.id, req.body, String(req.id));
      return { ok: true };
    },
  );

  app.post(
    '/api/v1/enforcement/cases/:id/close',
    {
      config: { access: regulator },
      schema: { tags, summary: '结案', params: IdParams, body: Type.Object({ note: Type.String({ minLength: 2, maxLength: 2000 }) }), response: { 200: Ok, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => {
      await s.cases.close(req.actor!, req.params.id, req.body.note, String(req.id));
      return { ok: true };
    },
  );

  app.post(
    '/api/v1/enforcement/orders/:id/review',
    {
      config: { access: regulator },
      schema: {
        tags,
        summary: '验收整改：通过或退回重新整改',
        params: MeasureParams,
        body: Type.Object({ accept: Type.Boolean(), text: Type.String({ minLength: 2, maxLength: 2000 }) }),
        response: { 200: Ok, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req) => {
      await s.cases.review(req.actor!, req.params.id, req.body, String(req.id));
      return { ok: true };
    },
  );

  app.get(
    '/api/v1/enforcement/orders',
    { config: { access: { roles: ['institution_admin'], scope: 'institution' } }, schema: { tags, summary: '整改通知：监管部门对本机构采取的措施与整改要求', response: { 200: S.Orders, 403: ErrorSchema } } },
    async (req) => s.cases.orders(req.actor!),
  );

  app.post(
    '/api/v1/enforcement/orders/:id/reply',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '回复整改通知：说明整改情况', params: MeasureParams, body: Type.Object({ text: Type.String({ minLength: 2, maxLength: 4000 }) }), response: { 200: Ok, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => {
      await s.cases.reply(req.actor!, req.params.id, req.body.text, String(req.id));
      return { ok: true };
    },
  );

  app.get(
    '/api/v1/public/sanctions',
    {
      config: { access: { public: '已公布的行政处理措施（N3：违法行为依法查处并公布；只含机构信息，不含学员信息）' } },
      schema: {
        tags,
        summary: '处罚公示：已公布的处理措施（按公布时间倒序，不排名）',
        querystring: Type.Object({ ...S.PageQuery.properties, city: Type.Optional(Type.String({ pattern: '^44[0-9]{2}00$' })) }),
        response: { 200: S.Paged(S.PublicSanction) },
      },
    },
    async (req) => s.cases.publicSanctions({ cityCode: req.query.city, page: req.query.page, pageSize: req.query.pageSize }),
  );
}
