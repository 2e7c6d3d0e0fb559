import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import type { OversightExports } from './oversight-export.service.js';
import { LIST_KINDS, type ListKind } from './oversight.repository.js';
import { ClassSummary, ExportBody, ExportStatus, InstitutionSummary, ITEMS, listQuery, pageOf, RegionSummary } from './oversight.schemas.js';
import type { ListInput, OversightService } from './oversight.service.js';

const tags = ['oversight'];
// M29: regulators only, each limited to its region (out of region answers 404).
const regulators = { roles: ['regulator'], scope: 'region' } as const;
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const LIST_SUMMARY: Record<ListKind, string> = {
  institutions: '辖区培训机构及其各市登记情况（状态、培训类别、登记时间、网络培训申报）',
  classes: '辖区培训班（机构、类别、初训/复训、地区、日期、报名与完成人数）',
  enrolments: '辖区学员报名与学习进度（身份证号脱敏；学时按学时台账，进度 = 已获学时/应修学时）',
  hours: '辖区学员按课程的学时与学习内容（学时 = 秒数/2700 取整）',
  ratings: '辖区课程与教师评价（平均分、人数、满意度预警）',
  'face-checks': '辖区各培训班学习中人脸核验未通过率',
  'institution-face-checks': '辖区各培训机构学习中人脸核验未通过率',
  certificates: '辖区出具的学时证明（编号、学员、类别、机构、出具时间、是否撤销）',
};

export function oversightRoutes(app: App, oversight: OversightService, exports: OversightExports): void {
  for (const kind of LIST_KINDS) {
    app.get(
      `/api/v1/oversight/${kind}`,
      { config: { access: regulators }, schema: { tags, summary: `${LIST_SUMMARY[kind]}（M29）`, querystring: listQuery(kind), response: { 200: pageOf(ITEMS[kind]), 400: ErrorSchema } } },
      async (req) => oversight.list(req.actor!, kind, req.query as ListInput),
    );
  }

  app.get(
    '/api/v1/oversight/regions/:code',
    {
      config: { access: regulators },
      schema: { tags, summary: '逐级下钻：本级地区、下级地区的机构/班级/学员/证明数，以及本地区的培训机构', params: Type.Object({ code: Type.String({ pattern: '^44\\d{4}$' }) }), response: { 200: RegionSummary, 404: ErrorSchema } },
    },
    async (req) => oversight.regionSummary(req.actor!, req.params.code),
  );

  app.get(
    '/api/v1/oversight/institutions/:id',
    { config: { access: regulators }, schema: { tags, summary: '下钻到培训机构：基本信息与辖区内的登记', params: IdParams, response: { 200: InstitutionSummary, 404: ErrorSchema } } },
    async (req) => oversight.institutionSummary(req.actor!, req.params.id),
  );

  app.get(
    '/api/v1/oversight/classes/:id',
    { config: { access: regulators }, schema: { tags, summary: '下钻到培训班：班级概况（学员见 /oversight/enrolments?classId=）', params: IdParams, response: { 200: ClassSummary, 404: ErrorSchema } } },
    async (req) => oversight.classSummary(req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/oversight/exports',
    {
      config: { access: regulators },
      schema: { tags, summary: '导出Excel：按当前筛选条件生成文件（后台分批写入，可查询进度；记入审计，M28）', body: ExportBody, response: { 202: ExportStatus, 400: ErrorSchema, 422: ErrorSchema } },
    },
    async (req, reply) => reply.status(202).send(await exports.request(req.actor!, req.body.kind, req.body.filters, String(req.id))),
  );

  app.get(
    '/api/v1/oversight/exports/:id',
    { config: { access: regulators }, schema: { tags, summary: '导出进度（仅发起人）', params: IdParams, response: { 200: ExportStatus, 404: ErrorSchema } } },
    async (req) => exports.status(req.actor!, req.params.id),
  );

  app.get(
    '/api/v1/oversight/exports/:id/file',
    { config: { access: regulators }, schema: { tags, summary: '下载导出的Excel文件（仅发起人，且仍在其辖区；下载记入审计）', params: IdParams } },
    async (req, reply) => {
      const file = await exports.download(req.actor!, req.params.id, String(req.id));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    },
  );
}
