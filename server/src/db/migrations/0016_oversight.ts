import { type Kysely, sql } from 'kysely';

/**
 * M29 supervision queries: the Excel exports regulators start (progress and the
 * finished file), and indexes for region-prefix filters and per-class joins the
 * oversight lists need (decision 0014: oversight reads these tables, never writes them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('oversight_exports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filters', 'jsonb', (c) => c.notNull())
    .addColumn('prefixes', sql`text[]`, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('queued', 'running', 'done', 'failed')`))
    .addColumn('rows_total', 'integer', (c) => c.notNull().check(sql`rows_total >= 0`))
    .addColumn('rows_done', 'integer', (c) => c.notNull().defaultTo(0).check(sql`rows_done >= 0`))
    .addColumn('blob_key', 'text')
    .addColumn('size', 'bigint')
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('oversight_exports_requester').on('oversight_exports').columns(['requested_by', 'created_at']).execute();

  // Region filters are `like '4401%'` prefix tests: text_pattern_ops lets them use an index under any collation.
  await sql`create index classes_city_prefix on classes (city_code text_pattern_ops)`.execute(db);
  await sql`create index institutions_region_prefix on institutions (region_code text_pattern_ops)`.execute(db);
  await sql`create index certificates_city_prefix on certificates (city_code text_pattern_ops, issued_at)`.execute(db);
  // Only the current version of a certificate is listed: `not exists (... where supersedes_id = ce.id)`.
  await sql`create index certificates_supersedes on certificates (supersedes_id) where supersedes_id is not null`.execute(db);
  // Face-check rates read a few event kinds out of the heartbeat stream.
  await sql`create index learning_events_face_checks on learning_events (session_id, created_at)
    where kind in ('face_check_passed', 'face_check_failed', 'face_check_missed')`.execute(db);
  await db.schema.createIndex('learning_sessions_class').on('learning_sessions').columns(['class_id']).execute();
  await db.schema.createIndex('course_ratings_class').on('course_ratings').columns(['class_id', 'course_id']).execute();
}
