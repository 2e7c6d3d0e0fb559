import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { ActualBody, CameraEventsBody, ChecklistBody, DevicesBody, IdParams, LogSchema, LogsBody, LogsQuery, Paged, pageOf, ViolationRef } from './exams.schemas.js';
import type { ExamsService } from './exams.service.js';

const tags = ['exams'];
const site = { roles: ['exam_site_admin'], scope: 'exam-site' } as const;

/** What an exam site reports (N2.4): readiness and sealing, devices, cameras, actual times, logs. */
export function readinessRoutes(app: App, exams: ExamsService): void {
  app.put(
    '/api/v1/exam-sessions/:id/readiness',
    {
      config: { access: site },
      schema: { tags, summary: '考点填写考场准备检查表（至少提前一天，N2.4）', params: IdParams, body: ChecklistBody, response: { 200: Type.Object({ complete: Type.Boolean() }), 409: ErrorSchema, 422: ErrorSchema } },
    },
    async (req) => exams.sessions.saveChecklist(req.actor!, req.params.id, req.body, String(req.id)),
  );

  app.post(
    '/api/v1/exam-sessions/:id/readiness/confirm',
    {
      config: { access: { roles: ['exam_admin'], scope: 'exam-institution' } },
      schema: { tags, summary: '考试机构确认考场准备', params: IdParams, response: { 204: Type.Null(), 409: ErrorSchema, 422: ErrorSchema } },
    },
    async (req, reply) => {
      await exams.sessions.confirmReadiness(req.actor!, req.params.id, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/exam-sessions/:id/seal',
    { config: { access: site }, schema: { tags, summary: '考场封闭待用：此后考场、设备或IP变动即为违规（N2.4、N3.2）', params: IdParams, response: { 204: Type.Null(), 409: ErrorSchema } } },
    async (req, reply) => {
      await exams.sessions.seal(req.actor!, req.params.id, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/exam-sessions/:id/devices',
    { config: { access: site }, schema: { tags, summary: '考点监控系统报告考试网络设备；封闭后有变化即记录违规', params: IdParams, body: DevicesBody, response: { 200: ViolationRef } } },
    async (req) => exams.sessions.reportDevices(req.actor!, req.params.id, req.body.devices, String(req.id)),
  );

  app.post(
    '/api/v1/exam-sessions/:id/camera-events',
    {
      config: { access: site },
      schema: { tags, summary: '考点监控系统报告摄像机开关（考前15分钟开启，考试结束关闭，N2.4）', params: IdParams, body: CameraEventsBody, response: { 200: Type.Object({ recorded: Type.Integer() }) } },
    },
    async (req) => exams.sessions.recordCameraEvents(req.actor!, req.params.id, req.body.events),
  );

  app.post(
    '/api/v1/exam-sessions/:id/actual',
    {
      config: { access: site },
      schema: { tags, summary: '考点报告实际开考、结束时间和考场；与批准安排不符即记录违规（N3.2 第6项）', params: IdParams, body: ActualBody, response: { 200: ViolationRef } },
    },
    async (req) => exams.sessions.reportActual(req.actor!, req.params.id, req.body, String(req.id)),
  );

  app.post(
    '/api/v1/exam-logs',
    {
      config: { access: site },
      bodyLimit: 8 * 1_048_576,
      schema: { tags, summary: '考点上报系统、应用、数据库日志（只追加，留存不少于3年，N2.4）', body: LogsBody, response: { 200: Type.Object({ stored: Type.Integer() }) } },
    },
    async (req) => exams.logs.ingest(req.actor!, req.body.entries),
  );

  app.get(
    '/api/v1/exam-logs',
    { config: { access: { roles: ['exam_admin', 'exam_site_admin', 'regulator'], scope: 'region' } }, schema: { tags, summary: '考试日志查询', querystring: LogsQuery, response: { 200: Paged(LogSchema) } } },
    async (req) => exams.logs.list(req.actor!, { ...req.query, ...pageOf(req.query) }),
  );
}
