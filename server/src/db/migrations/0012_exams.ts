import { type Kysely, sql } from 'kysely';

/**
 * Exam administration (N2.1–N2.6, N3.2–N3.4): exam institutions, sites and
 * their subjects, sessions and their approved changes, applications, the
 * cross-exam draw (DESIGN §7), exam staff and their documents, readiness and
 * sealing, camera events, exam logs (append-only, monthly partitions, kept
 * ≥ 3 years) and violations with their measures.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('exam_institutions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('province', 'city')`))
    // N2.1: one exam institution per city, and the provincial one.
    .addColumn('region_code', 'text', (c) => c.notNull().unique().check(sql`region_code ~ '^44[0-9]{2}00$'`))
    // N3.3: a seriously failing exam institution loses the right to organise exams.
    .addColumn('may_organise', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('exam_sites')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('exam_institution_id', 'uuid', (c) => c.notNull().references('exam_institutions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('owner_type', 'text', (c) => c.notNull().check(sql`owner_type in ('public_base', 'school', 'enterprise', 'training_institution')`))
    .addColumn('owner_name', 'text', (c) => c.notNull())
    .addColumn('legacy_approved_on', 'date')
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('city_code', 'text', (c) => c.notNull().check(sql`city_code ~ '^44[0-9]{2}00$' and city_code <> '440000'`))
    .addColumn('equipment', 'text', (c) => c.notNull())
    .addColumn('suspended_until', 'date')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    // N2.2: no new site hosted by a training institution; existing ones are carried with their approval date.
    .addCheckConstraint('exam_sites_no_new_training_institution', sql`owner_type <> 'training_institution' or legacy_approved_on < date '2023-08-10'`)
    .execute();

  await db.schema
    .createTable('exam_site_subjects')
    .addColumn('site_id', 'uuid', (c) => c.notNull().references('exam_sites.id'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('training_categories.id'))
    .addColumn('seats', 'integer', (c) => c.notNull().check(sql`seats > 0`))
    .addPrimaryKeyConstraint('exam_site_subjects_pk', ['site_id', 'category_id'])
    .execute();

  await db.schema
    .createTable('exam_site_relations')
    .addColumn('site_id', 'uuid', (c) => c.notNull().references('exam_sites.id'))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exam_site_relations_pk', ['site_id', 'institution_id'])
    .execute();

  await db.schema
    .createTable('exam_sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('site_id', 'uuid', (c) => c.notNull().references('exam_sites.id'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('training_categories.id'))
    .addColumn('room', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity > 0`))
    // N2.6: a session of a cross-city category may take candidates from other cities.
    .addColumn('open_to_other_cities', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('scheduled', 'cancelled')`))
    .addColumn('checklist', 'jsonb')
    .addColumn('checklist_completed_at', 'timestamptz')
    .addColumn('readiness_confirmed_at', 'timestamptz')
    .addColumn('readiness_confirmed_by', 'uuid')
    .addColumn('sealed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('exam_sessions_times', sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex('exam_sessions_site_time').on('exam_sessions').columns(['site_id', 'starts_at']).execute();

  await db.schema
    .createTable('exam_session_changes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('exam_sessions.id'))
    .addColumn('proposed', 'jsonb', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'approved', 'rejected')`))
    .addColumn('requested_by', 'uuid', (c) => c.notNull())
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_by', 'uuid')
    .addColumn('decided_at', 'timestamptz')
    .execute();
  await sql`create unique index exam_session_changes_one_pending on exam_session_changes (session_id) where status = 'pending'`.execute(db);

  await db.schema
    .createTable('exam_draws')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('exam_institution_id', 'uuid', (c) => c.notNull().references('exam_institutions.id'))
    .addColumn('city_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sessions_from', 'date', (c) => c.notNull())
    .addColumn('sessions_to', 'date', (c) => c.notNull())
    // DESIGN §7.2: a public beacon declared before the inputs are frozen, instead of commit-reveal.
    .addColumn('beacon_source', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'frozen', 'drawn', 'published')`))
    .addColumn('inputs', 'jsonb')
    .addColumn('inputs_hash', 'text')
    .addColumn('seed_source', 'jsonb')
    .addColumn('seed', 'text')
    .addColumn('assignments', 'jsonb')
    .addColumn('result_hash', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('frozen_at', 'timestamptz')
    .addColumn('drawn_at', 'timestamptz')
    .addColumn('published_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('exam_applications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('training_categories.id'))
    .addColumn('city_code', 'text', (c) => c.notNull())
    .addColumn('household_city_code', 'text', (c) => c.notNull())
    .addColumn('work_city_code', 'text')
    .addColumn('residence_city_code', 'text')
    .addColumn('school_site_id', 'uuid', (c) => c.references('exam_sites.id'))
    .addColumn('certificate_number', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('submitted', 'withdrawn', 'in_draw')`))
    .addColumn('draw_id', 'uuid', (c) => c.references('exam_draws.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create unique index exam_applications_one_open on exam_applications (learner_account_id, category_id) where status = 'submitted'`.execute(db);

  await db.schema
    .createTable('exam_draw_commits')
    .addColumn('draw_id', 'uuid', (c) => c.notNull().references('exam_draws.id'))
    .addColumn('party', 'text', (c) => c.notNull().check(sql`party in ('exam_institution', 'regulator')`))
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('commitment', 'text', (c) => c.notNull().check(sql`commitment ~ '^[0-9a-f]{64}$'`))
    .addColumn('secret', 'text')
    .addColumn('committed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revealed_at', 'timestamptz')
    .addPrimaryKeyConstraint('exam_draw_commits_pk', ['draw_id', 'party'])
    .execute();

  await db.schema
    .createTable('exam_assignments')
    .addColumn('application_id', 'uuid', (c) => c.primaryKey().references('exam_applications.id'))
    .addColumn('draw_id', 'uuid', (c) => c.notNull().references('exam_draws.id'))
    .addColumn('session_id', 'uuid', (c) => c.references('exam_sessions.id'))
    .addColumn('exception', 'text', (c) => c.check(sql`exception in ('single_site', 'school_student')`))
    .addColumn('cross_city', 'boolean', (c) => c.notNull())
    .addColumn('unassigned', 'text')
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exam_assignments_session').on('exam_assignments').column('session_id').execute();

  await db.schema
    .createTable('exam_staff')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('exam_institution_id', 'uuid', (c) => c.notNull().references('exam_institutions.id'))
    .addColumn('account_id', 'uuid', (c) => c.unique().references('accounts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('duties', sql`text[]`, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('exam_staff_relations')
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('exam_staff.id'))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exam_staff_relations_pk', ['staff_id', 'institution_id'])
    .execute();

  await db.schema
    .createTable('exam_staff_documents')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('exam_staff.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('training', 'evaluation', 'responsibility_letter', 'confidentiality_agreement')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('dated_on', 'date', (c) => c.notNull())
    .addColumn('expires_on', 'date')
    .addColumn('result', 'text')
    .addColumn('upload_id', 'uuid', (c) => c.references('uploads.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('exam_staff_assignments')
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('exam_sessions.id'))
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('exam_staff.id'))
    .addColumn('duty', 'text', (c) => c.notNull().check(sql`duty in ('proctor', 'patrol', 'examiner', 'it')`))
    .addColumn('assigned_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('exam_staff_assignments_pk', ['session_id', 'staff_id'])
    .execute();

  await db.schema
    .createTable('exam_camera_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('exam_sessions.id'))
    .addColumn('camera_id', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event in ('on', 'off')`))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exam_camera_events_session').on('exam_camera_events').columns(['session_id', 'at']).execute();

  await db.schema
    .createTable('exam_violations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('subject_type', 'text', (c) => c.notNull().check(sql`subject_type in ('site', 'exam_institution', 'staff')`))
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('evidence', 'jsonb', (c) => c.notNull())
    .addColumn('session_id', 'uuid', (c) => c.references('exam_sessions.id'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('manual', 'system')`))
    .addColumn('recorded_by', 'uuid')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('exam_measures')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('violation_id', 'uuid', (c) => c.notNull().references('exam_violations.id'))
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('deadline', 'date')
    .addColumn('starts_on', 'date')
    .addColumn('ends_on', 'date')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'uuid', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
    .addColumn('rectified_at', 'timestamptz')
    // N3.2: a site suspension lasts from 3 to 6 months.
    .addCheckConstraint(
      'exam_measures_suspension_range',
      sql`measure <> 'suspend' or (ends_on >= starts_on + interval '3 months' and ends_on <= starts_on + interval '6 months')`,
    )
    .execute();

  await db.schema
    .createTable('exam_spot_checks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('target', 'text', (c) => c.notNull().check(sql`target in ('exception', 'video_patrol')`))
    .addColumn('application_id', 'uuid', (c) => c.references('exam_applications.id'))
    .addColumn('session_id', 'uuid', (c) => c.references('exam_sessions.id'))
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('compliant', 'problem')`))
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('checked_by', 'uuid', (c) => c.notNull())
    .addColumn('checked_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // N2.4: exam logs partitioned by month; partitions are made on demand by the function below.
  await sql`create table exam_logs (
      id bigserial,
      site_id uuid not null,
      source text not null check (source in ('system', 'application', 'database')),
      host text not null,
      level text not null,
      message text not null,
      logged_at timestamptz not null,
      received_at timestamptz not null,
      primary key (id, logged_at)
    ) partition by range (logged_at)`.execute(db);
  await sql`create function xk_exam_log_partition(month date) returns text language plpgsql as $$
    declare
      name text := 'exam_logs_' || to_char(month, 'YYYYMM');
    begin
      if to_regclass(name) is null then
        execute format('create table %I partition of exam_logs for values from (%L) to (%L)', name, date_trunc('month', month), date_trunc('month', month) + interval '1 month');
        execute format('create trigger %I before truncate on %I for each statement execute function xk_reject_change()', name || '_no_truncate', name);
      end if;
      return name;
    end $$`.execute(db);

  // Append-only (N2.4 logs kept ≥ 3 years, no deletion; evidence of violations and camera windows).
  for (const table of ['exam_logs', 'exam_camera_events', 'exam_violations', 'exam_spot_checks']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function xk_reject_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function xk_reject_change()`.execute(db);
  }
}
