import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { AUTHOR_ROLES } from './announcements.policy.js';
import { AnnouncementPageSchema, AnnouncementSchema, ConsoleQuery, DraftBody, PublicAnnouncementSchema, PublicPageSchema, PublicQuery, ReviewBody } from './announcements.schemas.js';
import type { AnnouncementsService } from './announcements.service.js';

const tags = ['announcements'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const authors = { roles: AUTHOR_ROLES, scope: 'region' } as const;
const One = { 200: AnnouncementSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema };

export function announcementsRoutes(app: App, announcements: AnnouncementsService): void {
  app.get(
    '/api/v1/announcements',
    { config: { access: authors }, schema: { tags, summary: '公告管理：平台看平台公告，监管部门看本辖区', querystring: ConsoleQuery, response: { 200: AnnouncementPageSchema } } },
    async (req) => announcements.list(req.actor!, req.query),
  );

  app.post(
    '/api/v1/announcements',
    { config: { access: authors }, schema: { tags, summary: '起草公告', body: DraftBody, response: { 201: AnnouncementSchema } } },
    async (req, reply) => reply.status(201).send(await announcements.create(req.actor!, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/announcements/:id',
    { config: { access: authors }, schema: { tags, summary: '公告详情（含审核记录）', params: IdParams, response: { 200: AnnouncementSchema, 404: ErrorSchema } } },
    async (req) => announcements.get(req.actor!, req.params.id),
  );

  app.put(
    '/api/v1/announcements/:id',
    { config: { access: authors }, schema: { tags, summary: '修改草稿或被退回的公告（起草人）', params: IdParams, body: DraftBody, response: One } },
    async (req) => announcements.update(req.actor!, req.params.id, req.body, String(req.id)),
  );

  app.post(
    '/api/v1/announcements/:id/submit',
    { config: { access: authors }, schema: { tags, summary: '提交审核：先经禁止发布内容过滤（M9）', params: IdParams, response: One } },
    async (req) => announcements.submit(req.actor!, req.params.id, String(req.id)),
  );

  app.post(
    '/api/v1/announcements/:id/review',
    { config: { access: authors }, schema: { tags, summary: '审核：批准即发布；审核人不得为起草人（M8）', params: IdParams, body: ReviewBody, response: One } },
    async (req) => announcements.review(req.actor!, req.params.id, req.body, String(req.id)),
  );

  app.post(
    '/api/v1/announcements/:id/withdraw',
    { config: { access: authors }, schema: { tags, summary: '撤回已发布的公告（须填写理由）', params: IdParams, body: Type.Object({ note: Type.String({ minLength: 1, maxLength: 500 }) }), response: One } },
    async (req) => announcements.withdraw(req.actor!, req.params.id, req.body.note, String(req.id)),
  );

  app.get(
    '/api/v1/public/announcements',
    { config: { access: { public: '已发布的公告' } }, schema: { tags, summary: '公告（公开，最新在前）', querystring: PublicQuery, response: { 200: PublicPageSchema } } },
    async (req) => announcements.listPublic(req.query),
  );

  app.get(
    '/api/v1/public/announcements/:id',
    { config: { access: { public: '已发布的公告' } }, schema: { tags, summary: '公告全文（公开）', params: IdParams, response: { 200: PublicAnnouncementSchema, 404: ErrorSchema } } },
    async (req) => announcements.getPublic(req.params.id),
  );
}
