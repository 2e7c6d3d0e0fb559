import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { CategoryDetailSchema, CategorySchema, SetHourRuleBody } from './categories.schemas.js';
import type { CategoriesService } from './categories.service.js';

export function categoriesRoutes(app: App, categories: CategoriesService): void {
  app.get(
    '/api/v1/categories',
    {
      config: { access: { public: '培训类别与大纲学时要求为公开信息（M14、M18）' } },
      schema: { tags: ['categories'], summary: '培训类别及现行学时要求', response: { 200: Type.Object({ items: Type.Array(CategorySchema) }) } },
    },
    async () => ({ items: await categories.list() }),
  );

  app.get(
    '/api/v1/categories/:id',
    {
      config: { access: { public: '培训类别与大纲学时要求为公开信息（M14、M18）' } },
      schema: {
        tags: ['categories'],
        summary: '培训类别详情与学时要求的历次版本',
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        response: { 200: CategoryDetailSchema, 404: ErrorSchema },
      },
    },
    async (req) => categories.get(req.params.id),
  );

  app.post(
    '/api/v1/categories/:id/hour-rules',
    {
      config: { access: { roles: ['regulator'], scope: 'region' } },
      schema: {
        tags: ['categories'],
        summary: '设定学时要求的新版本（仅省级应急管理部门；不修改历史版本）',
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        body: SetHourRuleBody,
        response: { 201: Type.Object({ ruleId: Type.Integer() }), 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (req, reply) => {
      const result = await categories.setHourRule(req.actor!, req.params.id, req.body, String(req.id));
      return reply.status(201).send(result);
    },
  );
}
