import { type Kysely, sql } from 'kysely';
import { makeAppendOnly } from './append-only.js';

/**
 * Enforcement (issue 8 part C; N3, N3.1, N3.5, M30, M31): fraud signals of every kind in the
 * existing `integrity_signals` table (one place for the regulator and the provincial interface
 * to read), annual inspections with checklist findings, cases with append-only measures,
 * rectification replies and cross-region reports.
 */
const SIGNAL_KINDS = ['shared_face', 'shared_device', 'impossible_rate', 'odd_hours', 'face_failures', 'institution_outlier'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table integrity_signals drop constraint integrity_signals_kind_check`.execute(db);
  await sql`alter table integrity_signals add constraint integrity_signals_kind_check check (kind in (${sql.join(SIGNAL_KINDS.map((k) => sql.lit(k)))}))`.execute(db);
  // A detector names its evidence (kind, subject, period): a re-run finds the key taken and adds nothing.
  await db.schema.alterTable('integrity_signals').addColumn('evidence_key', 'text').execute();
  await sql`create unique index integrity_signals_evidence_key on integrity_signals (evidence_key) where evidence_key is not null`.execute(db);
  await db.schema.createIndex('integrity_signals_created').on('integrity_signals').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('inspections')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    // The city the institution is registered in: whose plan it belongs to (N3).
    .addColumn('city_code', 'text', (c) => c.notNull())
    .addColumn('institution_region', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('training', 'assessment', 'both')`))
    .addColumn('planned_on', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planned', 'done')`))
    .addColumn('conclusion', 'text', (c) => c.check(sql`conclusion in ('compliant', 'violations')`))
    .addColumn('planned_by', 'uuid', (c) => c.notNull())
    .addColumn('conducted_by', 'uuid')
    .addColumn('conducted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('inspections_done', sql`status = 'planned' or (conducted_at is not null and conclusion is not null)`)
    .execute();
  await db.schema.createIndex('inspections_year_city').on('inspections').columns(['year', 'city_code']).execute();

  await db.schema
    .createTable('inspection_findings')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('inspection_id', 'uuid', (c) => c.notNull().references('inspections.id'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull().check(sql`result in ('ok', 'violation', 'na')`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_findings_inspection').on('inspection_findings').column('inspection_id').execute();

  await db.schema
    .createTable('enforcement_cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('city_code', 'text', (c) => c.notNull())
    .addColumn('institution_region', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('signal', 'finding')`))
    .addColumn('signal_id', 'uuid', (c) => c.references('integrity_signals.id'))
    .addColumn('finding_id', 'bigint', (c) => c.references('inspection_findings.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('opened_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closed_at', 'timestamptz')
    .addCheckConstraint('enforcement_cases_source', sql`(source = 'signal' and signal_id is not null) or (source = 'finding' and finding_id is not null)`)
    .execute();
  await db.schema.createIndex('enforcement_cases_updated').on('enforcement_cases').columns(['updated_at', 'id']).execute();

  await db.schema
    .createTable('case_measures')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('rectification', 'warning', 'suspension', 'cancellation', 'referral', 'lift_suspension')`))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('deadline', 'date')
    .addColumn('until', 'date')
    .addColumn('referral_category', 'text', (c) => c.check(sql`referral_category in ('collusion', 'bribery', 'certificate_selling', 'organised_cheating')`))
    .addColumn('referral_to', 'text')
    .addColumn('published', 'boolean', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('case_measures_deadline', sql`kind <> 'rectification' or deadline is not null`)
    .addCheckConstraint('case_measures_referral', sql`kind <> 'referral' or (referral_category is not null and referral_to is not null)`)
    .execute();
  await db.schema.createIndex('case_measures_institution').on('case_measures').columns(['institution_id', 'id']).execute();
  await db.schema.createIndex('case_measures_case').on('case_measures').column('case_id').execute();

  await db.schema
    .createTable('rectification_replies')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('measure_id', 'bigint', (c) => c.notNull().references('case_measures.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('answer', 'accepted', 'returned')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rectification_replies_measure').on('rectification_replies').column('measure_id').execute();

  await db.schema
    .createTable('case_reports')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('to_region', 'text', (c) => c.notNull().check(sql`to_region ~ '^44[0-9]{2}00$'`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_reports_case').on('case_reports').column('case_id').execute();

  for (const table of ['inspection_findings', 'case_measures', 'rectification_replies', 'case_reports']) await makeAppendOnly(db, table);
}
