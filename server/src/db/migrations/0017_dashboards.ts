import { type Kysely, sql } from 'kysely';

/**
 * Supervision dashboards (issue 8 item 2, decision 0016): a daily rollup per
 * county region × institution × category, kept current by a job that
 * recomputes only the days touched since its watermarks. Dashboards read the
 * rollup, never the raw ledger or events (decision 0014).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dashboard_daily')
    // Asia/Shanghai calendar day.
    .addColumn('day', 'date', (c) => c.notNull())
    // The institution's county when the class is in its home city, else the class's city (DESIGN §4 region scope).
    .addColumn('region_code', 'text', (c) => c.notNull().check(sql`region_code ~ '^44[0-9]{4}$'`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull())
    // '' when a figure has no category (a shared-face signal names institutions, not classes).
    .addColumn('category_id', 'text', (c) => c.notNull())
    .addColumn('new_enrolments', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active_learners', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('online_seconds', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('offline_seconds', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('correction_seconds', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('completions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('certificates_issued', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('face_check_failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('face_check_missed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('challenge_missed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('credit_voided', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('shared_face', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ratings_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ratings_sum', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refreshed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('dashboard_daily_pk', ['day', 'region_code', 'institution_id', 'category_id'])
    .execute();

  // What the views sum: the same figures without the institution, some 50 k rows for a province's 90 days
  // (a learner credited by two institutions on one day counts twice: learner-days, as across days).
  await sql`create table dashboard_region_daily (like dashboard_daily including defaults including constraints)`.execute(db);
  await sql`alter table dashboard_region_daily drop column institution_id`.execute(db);
  await sql`alter table dashboard_region_daily add constraint dashboard_region_daily_pk primary key (day, region_code, category_id)`.execute(db);
  // Region filters are code prefixes (`like '4401%'`): a pattern-ops index serves them with the day range.
  await sql`create index dashboard_region_daily_region_day on dashboard_region_daily (region_code text_pattern_ops, day)`.execute(db);

  await db.schema
    .createTable('dashboard_watermarks')
    .addColumn('source', 'text', (c) => c.primaryKey())
    .addColumn('last_id', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('last_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`'epoch'`))
    .addColumn('refreshed_at', 'timestamptz')
    .execute();
  await sql`insert into dashboard_watermarks (source) values ('hour_ledger'), ('learning_events'), ('enrolments'), ('certificates'), ('course_ratings'), ('integrity_signals')`.execute(db);

  // Read-model indexes on source tables (decision 0016): a touched day is recomputed from its rows only.
  await sql`create index dashboards_hour_ledger_at on hour_ledger (created_at)`.execute(db);
  await sql`create index dashboards_learning_events_integrity on learning_events (created_at)
    where kind in ('face_check_failed', 'face_check_missed', 'challenge_missed', 'credit_voided')`.execute(db);
  // New integrity events since the watermark, without walking the heartbeats between them.
  await sql`create index dashboards_learning_events_integrity_id on learning_events (id)
    where kind in ('face_check_failed', 'face_check_missed', 'challenge_missed', 'credit_voided')`.execute(db);
  await sql`create index dashboards_enrolments_joined on enrolments (joined_at)`.execute(db);
  await sql`create index dashboards_certificates_issued on certificates (issued_at)`.execute(db);
  await sql`create index dashboards_course_ratings_created on course_ratings (created_at)`.execute(db);
  await sql`create index dashboards_course_ratings_updated on course_ratings (updated_at)`.execute(db);
  await sql`create index dashboards_integrity_signals_at on integrity_signals (created_at)`.execute(db);
}
