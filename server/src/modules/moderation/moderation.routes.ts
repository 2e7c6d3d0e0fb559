import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { MODERATION_CATEGORIES } from './moderation.categories.js';
import { CheckBody, CheckResultSchema, NewTermBody, TermQuery, TermSchema } from './moderation.schemas.js';
import type { ModerationService } from './moderation.service.js';

const tags = ['moderation'];
const operator = { roles: ['platform_operator'], scope: 'platform' } as const;

export function moderationRoutes(app: App, moderation: ModerationService): void {
  app.get(
    '/api/v1/moderation/terms',
    {
      config: { access: operator },
      schema: { tags, summary: '禁止发布词库（M9）', querystring: TermQuery, response: { 200: Type.Object({ items: Type.Array(TermSchema), categories: Type.Record(Type.String(), Type.String()) }) } },
    },
    async (req) => ({ items: await moderation.listTerms(req.query), categories: MODERATION_CATEGORIES }),
  );

  app.post(
    '/api/v1/moderation/terms',
    {
      config: { access: operator },
      schema: { tags, summary: '向词库添加词语', body: NewTermBody, response: { 201: Type.Object({ id: Type.String() }), 409: ErrorSchema } },
    },
    async (req, reply) => reply.status(201).send(await moderation.addTerm(req.actor!, req.body, String(req.id))),
  );

  app.put(
    '/api/v1/moderation/terms/:id/active',
    {
      config: { access: operator },
      schema: { tags, summary: '启用或停用词语（不删除，留痕）', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), body: Type.Object({ active: Type.Boolean() }), response: { 204: Type.Null(), 404: ErrorSchema } },
    },
    async (req, reply) => {
      await moderation.setTermActive(req.actor!, req.params.id, req.body.active, String(req.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/moderation/check',
    {
      config: { access: { roles: ['platform_operator', 'regulator', 'institution_admin'], scope: 'none' } },
      schema: { tags, summary: '发布前自查：检查文字是否含禁止发布的词语', body: CheckBody, response: { 200: CheckResultSchema } },
    },
    async (req) => moderation.check(req.body.fields),
  );
}
