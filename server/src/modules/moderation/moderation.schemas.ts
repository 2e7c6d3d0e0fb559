import { Type } from 'typebox';
import { MODERATION_CATEGORIES, type ModerationCategory } from './moderation.categories.js';

export const Category = Type.Enum(Object.keys(MODERATION_CATEGORIES) as ModerationCategory[]);

export const TermSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  term: Type.String(),
  category: Category,
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.Union([Type.String(), Type.Null()]),
});

export const TermQuery = Type.Object({ category: Type.Optional(Category), search: Type.Optional(Type.String({ maxLength: 50 })) });
export const NewTermBody = Type.Object({ term: Type.String({ minLength: 1, maxLength: 50, pattern: '\\S' }), category: Category });
export const CheckBody = Type.Object({ fields: Type.Record(Type.String({ maxLength: 30 }), Type.String({ maxLength: 100_000 })) });
export const CheckResultSchema = Type.Object({
  passed: Type.Boolean(),
  hits: Type.Array(Type.Object({ field: Type.String(), term: Type.String(), category: Type.String(), index: Type.Integer(), length: Type.Integer() })),
});
