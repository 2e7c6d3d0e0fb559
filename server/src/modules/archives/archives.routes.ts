import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { ArchiveSchema, LearnerListQuery, LearnerListSchema, PageQuery, SessionPageSchema } from './archives.schemas.js';
import type { ArchivesService } from './archives.service.js';

const tags = ['archives'];
const self = { roles: ['learner'] as const, scope: 'self' as const };
/** M26: the institution (its learners), regulators (their region), exam institutions (their candidates). */
const viewers = { roles: ['institution_admin', 'regulator', 'exam_admin'] as const, scope: 'region' as const };
const LearnerParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const FrameParams = Type.Object({ id: Type.String({ format: 'uuid' }), checkId: Type.Integer({ minimum: 1 }) });

export function archivesRoutes(app: App, archives: ArchivesService): void {
  app.get(
    '/api/v1/me/archive',
    { config: { access: self }, schema: { tags, summary: '我的电子档案（M26）：身份、单位、培训班、学时、人脸核验、考核、学时证明', response: { 200: ArchiveSchema } } },
    async (req) => archives.view(req.actor!, req.actor!.accountId, String(req.id)),
  );

  app.get(
    '/api/v1/me/archive/sessions',
    { config: { access: self }, schema: { tags, summary: '我的每一次学习（时间、时长、计入学时）', querystring: PageQuery, response: { 200: SessionPageSchema } } },
    async (req) => archives.sessions(req.actor!, req.actor!.accountId, req.query, String(req.id)),
  );

  app.get(
    '/api/v1/me/archive/face-checks/:checkId/frame',
    { config: { access: self }, schema: { tags, summary: '我的人脸核验留档照片', params: Type.Object({ checkId: Type.Integer({ minimum: 1 }) }) } },
    async (req, reply) => {
      const frame = await archives.frame(req.actor!, req.actor!.accountId, req.params.checkId, String(req.id));
      return reply.header('content-type', frame.contentType).header('cache-control', 'private, no-store').send(frame.bytes);
    },
  );

  app.get(
    '/api/v1/archives',
    {
      config: { access: { roles: ['institution_admin', 'regulator'], scope: 'region' } },
      schema: { tags, summary: '可查看档案的学员：培训机构看本机构学员，监管部门看辖区培训班的学员', querystring: LearnerListQuery, response: { 200: LearnerListSchema } },
    },
    async (req) => archives.list(req.actor!, req.query),
  );

  app.get(
    '/api/v1/archives/export',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: { tags, summary: '下载本机构学员的电子档案包（ZIP：档案 JSON、学时证明 PDF、核验照片、签名清单；M15、M26）' },
    },
    async (req, reply) =>
      reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('学员电子档案.zip')}`)
        .send(archives.exportForInstitution(req.actor!, String(req.id))),
  );

  app.get(
    '/api/v1/learners/:id/archive',
    { config: { access: viewers }, schema: { tags, summary: '学员电子档案（每次查看均记入审计，M28）', params: LearnerParams, response: { 200: ArchiveSchema, 404: ErrorSchema } } },
    async (req) => archives.view(req.actor!, req.params.id, String(req.id)),
  );

  app.get(
    '/api/v1/learners/:id/archive/sessions',
    {
      config: { access: viewers },
      schema: { tags, summary: '学员的每一次学习（每次查看均记入审计，M28）', params: LearnerParams, querystring: PageQuery, response: { 200: SessionPageSchema, 404: ErrorSchema } },
    },
    async (req) => archives.sessions(req.actor!, req.params.id, req.query, String(req.id)),
  );

  app.get(
    '/api/v1/learners/:id/archive/face-checks/:checkId/frame',
    { config: { access: viewers }, schema: { tags, summary: '学员人脸核验留档照片（查看记入审计，M28）', params: FrameParams } },
    async (req, reply) => {
      const frame = await archives.frame(req.actor!, req.params.id, req.params.checkId, String(req.id));
      return reply.header('content-type', frame.contentType).header('cache-control', 'private, no-store').send(frame.bytes);
    },
  );
}
