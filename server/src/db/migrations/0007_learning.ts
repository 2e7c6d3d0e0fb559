import { type Kysely, sql } from 'kysely';

/**
 * Learning sessions (one active per learner), per-lesson progress, the
 * append-only event log (evidence, M26) and the append-only hour ledger (M16, M19).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('learning_sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('enrolment_id', 'uuid', (c) => c.notNull().references('enrolments.id'))
    .addColumn('class_id', 'uuid', (c) => c.notNull())
    .addColumn('course_id', 'uuid', (c) => c.notNull())
    .addColumn('lesson_id', 'uuid', (c) => c.notNull())
    .addColumn('lesson_duration', 'integer', (c) => c.notNull())
    // The class's online cap (M19) in seconds, fixed when the session starts.
    .addColumn('max_online_seconds', 'integer', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'ended')`))
    .addColumn('end_reason', 'text')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('playback', 'jsonb', (c) => c.notNull())
    .addColumn('pending_seconds', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('pending_segments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('next_face_check_at', 'timestamptz', (c) => c.notNull())
    .addColumn('face_check_due_at', 'timestamptz')
    .addColumn('face_check_missed', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('next_challenge_at', 'timestamptz', (c) => c.notNull())
    .addColumn('challenge', 'jsonb')
    .execute();
  // One active session per learner across all devices (DESIGN §5.1), in the schema too.
  await sql`create unique index learning_sessions_one_active on learning_sessions (learner_account_id) where status = 'active'`.execute(db);

  await db.schema
    .createTable('lesson_progress')
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('lesson_id', 'uuid', (c) => c.notNull())
    .addColumn('watched', 'jsonb', (c) => c.notNull())
    .addColumn('furthest', 'double precision', (c) => c.notNull())
    .addColumn('confirmed_seconds', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('lesson_progress_pk', ['learner_account_id', 'lesson_id'])
    .execute();

  await db.schema
    .createTable('learning_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('session_id', 'uuid', (c) => c.notNull())
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('learning_events_session').on('learning_events').columns(['session_id', 'id']).execute();

  await db.schema
    .createTable('hour_ledger')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('class_id', 'uuid', (c) => c.notNull())
    .addColumn('course_id', 'uuid')
    .addColumn('lesson_id', 'uuid')
    .addColumn('session_id', 'uuid')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('online', 'offline', 'correction')`))
    .addColumn('seconds', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'jsonb', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('approved_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    // Credit is never negative except in an audited correction.
    .addCheckConstraint('hour_ledger_sign', sql`kind = 'correction' or seconds > 0`)
    .execute();
  await db.schema.createIndex('hour_ledger_learner').on('hour_ledger').columns(['learner_account_id', 'class_id']).execute();

  for (const table of ['learning_events', 'hour_ledger']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function xk_reject_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function xk_reject_change()`.execute(db);
  }
}
