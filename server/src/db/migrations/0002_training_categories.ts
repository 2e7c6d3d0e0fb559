import { type Kysely, sql } from 'kysely';

/**
 * Training categories and their hour requirements (M14, M18, M19), as dated,
 * append-only rule versions: both Guangdong documents expire and the national
 * special-work catalogue may change, and many hours are not yet verified.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('training_categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('principal', 'safety_manager', 'special_work')`))
    .addColumn('catalogue_version', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('in_exam_scope', 'boolean', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('training_categories_code', ['kind', 'catalogue_version', 'code'])
    .execute();

  await db.schema
    .createTable('category_hour_rules')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('category_id', 'text', (c) => c.notNull().references('training_categories.id'))
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('initial_theory_hours', 'integer', (c) => c.check(sql`initial_theory_hours > 0`))
    .addColumn('initial_practical_hours', 'integer', (c) => c.check(sql`initial_practical_hours >= 0`))
    .addColumn('refresher_hours', 'integer', (c) => c.check(sql`refresher_hours > 0`))
    .addColumn('online_theory_max_ratio', sql`numeric(4,3)`, (c) => c.notNull().check(sql`online_theory_max_ratio > 0 and online_theory_max_ratio <= 1`))
    .addColumn('unverified', 'boolean', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('category_hour_rules_current').on('category_hour_rules').columns(['category_id', 'effective_from', 'id']).execute();
  await sql`create trigger category_hour_rules_append_only before update or delete on category_hour_rules
    for each row execute function xk_reject_change()`.execute(db);
}
