import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { AGENT_ROLES } from './support.policy.js';
import {
  ATTACHMENT_BODY_LIMIT,
  CalendarSchema,
  CalendarYearBody,
  CaptchaSchema,
  MessageBody,
  MonthQuery,
  OpenTicketBody,
  PageQuery,
  PublicLookupBody,
  PublicMessageBody,
  PublicOpenedSchema,
  PublicTicketBody,
  QueueQuery,
  SlaReportSchema,
  TicketDetailSchema,
  TicketPageSchema,
} from './support.schemas.js';
import type { SupportService } from './support.service.js';

const tags = ['support'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const agents = { roles: AGENT_ROLES, scope: 'platform' } as const;
/** The public form is open to anyone: a tight per-address budget on top of the captcha. */
const publicLimit = { max: 10, timeWindow: 60_000 };

export function supportRoutes(app: App, support: SupportService): void {
  app.post(
    '/api/v1/support/tickets',
    {
      bodyLimit: ATTACHMENT_BODY_LIMIT,
      config: { access: { roles: 'any-authenticated', scope: 'self' } },
      schema: { tags, summary: '提交工单（学员、机构、监管部门等任何已登录用户，M10）', body: OpenTicketBody, response: { 201: TicketDetailSchema, 400: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await support.open(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/me/support/tickets',
    {
      config: { access: { roles: 'any-authenticated', scope: 'self' } },
      schema: { tags, summary: '我提交的工单（最新在前）', querystring: PageQuery, response: { 200: TicketPageSchema } },
    },
    async (req) => support.listMine(req.actor!, req.query),
  );

  app.get(
    '/api/v1/support/tickets/:id',
    {
      config: { access: { roles: 'any-authenticated', scope: 'self' } },
      schema: { tags, summary: '工单详情与时效：提交人本人或客服可见', params: IdParams, response: { 200: TicketDetailSchema, 404: ErrorSchema } },
    },
    async (req) => support.get(req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/support/tickets/:id/messages',
    {
      bodyLimit: ATTACHMENT_BODY_LIMIT,
      config: { access: { roles: 'any-authenticated', scope: 'self' } },
      schema: { tags, summary: '回复工单：客服首次回复即为首次响应（M10）', params: IdParams, body: MessageBody, response: { 200: TicketDetailSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => support.reply(req.actor!, req.params.id, req.body, String(req.id)),
  );

  app.get(
    '/api/v1/support/tickets/:id/attachments/:key',
    {
      config: { access: { roles: 'any-authenticated', scope: 'self' } },
      schema: { tags, summary: '下载工单附件', params: Type.Object({ id: Type.String({ format: 'uuid' }), key: Type.String({ pattern: '^[0-9a-f]{64}$' }) }) },
    },
    async (req, reply) => {
      const file = await support.attachment(req.actor!, req.params.id, req.params.key);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(file.stream);
    },
  );

  app.get(
    '/api/v1/support/queue',
    {
      config: { access: agents },
      schema: { tags, summary: '客服工单队列：时限最近的在前', querystring: QueueQuery, response: { 200: TicketPageSchema } },
    },
    async (req) => support.queue(req.query),
  );

  app.post(
    '/api/v1/support/tickets/:id/claim',
    {
      config: { access: agents },
      schema: { tags, summary: '领取工单', params: IdParams, response: { 200: TicketDetailSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => support.claim(req.actor!, req.params.id, String(req.id)),
  );

  app.post(
    '/api/v1/support/tickets/:id/resolve',
    {
      config: { access: agents },
      schema: { tags, summary: '办结工单（附办结答复）', params: IdParams, body: Type.Object({ body: Type.String({ minLength: 1, maxLength: 5000 }) }), response: { 200: TicketDetailSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => support.resolve(req.actor!, req.params.id, req.body.body, String(req.id)),
  );

  app.get(
    '/api/v1/support/reports/sla',
    {
      config: { access: { roles: [...AGENT_ROLES, 'regulator'], scope: 'platform' } },
      schema: { tags, summary: '月度客服时效报告：按类别统计首次响应与办结的达标、超时（M10；平台与省应急管理厅）', querystring: MonthQuery, response: { 200: SlaReportSchema, 403: ErrorSchema } },
    },
    async (req) => support.slaReport(req.actor!, req.query.month),
  );

  app.get(
    '/api/v1/support/calendar',
    {
      config: { access: agents },
      schema: { tags, summary: '工作日历：内置年份、平台录入年份与缺失提醒', response: { 200: CalendarSchema } },
    },
    async () => support.calendarInfo(),
  );

  app.put(
    '/api/v1/support/calendar/:year',
    {
      config: { access: { roles: ['platform_operator'], scope: 'platform' } },
      schema: {
        tags,
        summary: '录入或更正某年的法定节假日与调休工作日',
        params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        body: CalendarYearBody,
        response: { 200: CalendarSchema, 400: ErrorSchema },
      },
    },
    async (req) => support.setCalendarYear(req.actor!, req.params.year, req.body, String(req.id)),
  );

  app.post(
    '/api/v1/public/support/captcha',
    {
      config: { access: { public: '公众留言的验证码' }, rateLimit: publicLimit },
      schema: { tags, summary: '获取验证码（SVG，本平台生成，不依赖第三方服务）', response: { 200: CaptchaSchema } },
    },
    async () => support.captcha(),
  );

  app.post(
    '/api/v1/public/support/tickets',
    {
      bodyLimit: ATTACHMENT_BODY_LIMIT,
      config: { access: { public: '社会公众提交工单（须验证码）' }, rateLimit: publicLimit },
      schema: { tags, summary: '公众提交工单：返回工单号与查询码（不收集联系方式）', body: PublicTicketBody, response: { 201: PublicOpenedSchema, 400: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await support.openPublic(req.body, String(req.id))),
  );

  app.post(
    '/api/v1/public/support/tickets/lookup',
    {
      config: { access: { public: '凭工单号与查询码查看答复' }, rateLimit: publicLimit },
      schema: { tags, summary: '公众查看工单答复（查询码放在请求体中，不进网址与日志）', body: PublicLookupBody, response: { 200: TicketDetailSchema, 404: ErrorSchema } },
    },
    async (req) => support.getPublic(req.body.number, req.body.accessKey),
  );

  app.post(
    '/api/v1/public/support/tickets/messages',
    {
      config: { access: { public: '公众补充说明自己的工单' }, rateLimit: publicLimit },
      schema: { tags, summary: '公众补充说明', body: PublicMessageBody, response: { 200: TicketDetailSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => support.replyPublic(req.body.number, req.body.accessKey, req.body.body, String(req.id)),
  );
}
