import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { DefaultCategory } from './categories.data.js';

type Q = Db | Transaction<Database>;

export async function countCategories(q: Q): Promise<number> {
  const row = await q.selectFrom('training_categories').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertDefaults(q: Q, categories: DefaultCategory[], effectiveFrom: string, ratio: number) {
  await q
    .insertInto('training_categories')
    .values(categories.map((c) => ({ id: c.id, kind: c.kind, catalogue_version: c.catalogueVersion, code: c.code, name: c.name, group_name: c.groupName, in_exam_scope: c.inExamScope, sort_order: c.sortOrder })))
    .execute();
  await q
    .insertInto('category_hour_rules')
    .values(
      categories.map((c) => ({
        category_id: c.id,
        effective_from: effectiveFrom,
        initial_theory_hours: c.hours.initialTheory,
        initial_practical_hours: c.hours.initialPractical,
        refresher_hours: c.hours.refresher,
        online_theory_max_ratio: String(ratio),
        unverified: c.hours.unverified,
        source: c.hours.source,
        note: c.hours.note,
        created_by: null,
      })),
    )
    .execute();
}

/** The rule in force on `day` for every category: the latest version effective by then. */
export async function listWithRuleOn(q: Q, day: string) {
  return q
    .selectFrom('training_categories as c')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('category_hour_rules as r')
          .selectAll('r')
          .whereRef('r.category_id', '=', 'c.id')
          .where('r.effective_from', '<=', day)
          .orderBy('r.effective_from', 'desc')
          .orderBy('r.id', 'desc')
          .limit(1)
          .as('rule'),
      (join) => join.onTrue(),
    )
    .select([
      'c.id',
      'c.kind',
      'c.catalogue_version',
      'c.code',
      'c.name',
      'c.group_name',
      'c.in_exam_scope',
      'rule.id as rule_id',
      'rule.effective_from',
      'rule.initial_theory_hours',
      'rule.initial_practical_hours',
      'rule.refresher_hours',
      'rule.online_theory_max_ratio',
      'rule.unverified',
      'rule.source',
      'rule.note',
    ])
    .orderBy('c.sort_order')
    .execute();
}

export async function findCategory(q: Q, id: string) {
  return q.selectFrom('training_categories').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function ruleHistory(q: Q, categoryId: string) {
  return q.selectFrom('category_hour_rules').selectAll().where('category_id', '=', categoryId).orderBy('effective_from', 'desc').orderBy('id', 'desc').execute();
}

export async function insertRule(
  q: Q,
  r: { categoryId: string; effectiveFrom: string; initialTheory: number | null; initialPractical: number | null; refresher: number | null; ratio: number; note: string; createdBy: string },
) {
  return q
    .insertInto('category_hour_rules')
    .values({
      category_id: r.categoryId,
      effective_from: r.effectiveFrom,
      initial_theory_hours: r.initialTheory,
      initial_practical_hours: r.initialPractical,
      refresher_hours: r.refresher,
      online_theory_max_ratio: String(r.ratio),
      // A value the provincial regulator sets is the verified one.
      unverified: false,
      source: '省应急管理厅在平台中设定',
      note: r.note,
      created_by: r.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
