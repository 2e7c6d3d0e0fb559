import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;

export async function activeTerms(q: Q) {
  return q.selectFrom('moderation_terms').select(['term', 'category']).where('active', '=', true).execute();
}

export async function listTerms(q: Q, f: { category?: string | undefined; search?: string | undefined }) {
  let query = q.selectFrom('moderation_terms as t').leftJoin('accounts as a', 'a.id', 't.created_by').select(['t.id', 't.term', 't.category', 't.active', 't.created_at', 'a.display_name as created_by_name']);
  if (f.category) query = query.where('t.category', '=', f.category);
  if (f.search) query = query.where('t.term', 'like', `%${f.search.replace(/[\\%_]/g, '\\$&')}%`);
  return query.orderBy('t.category').orderBy('t.term').execute();
}

export async function termByText(q: Q, term: string) {
  return q.selectFrom('moderation_terms').select('id').where('term', '=', term).executeTakeFirst();
}

export async function insertTerm(q: Q, t: { term: string; category: string; createdBy: string; at: Date }) {
  return (await q.insertInto('moderation_terms').values({ term: t.term, category: t.category, created_by: t.createdBy, created_at: t.at }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function setActive(q: Q, id: string, active: boolean) {
  return q.updateTable('moderation_terms').set({ active }).where('id', '=', id).returning(['term', 'category']).executeTakeFirst();
}
