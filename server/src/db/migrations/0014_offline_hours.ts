import { type Kysely, sql } from 'kysely';
import { makeAppendOnly } from './append-only.js';

/**
 * Offline classroom hours (M19, issue 6 item 5): a classroom session recorded by
 * the institution with its teacher and a sign-in list (a face check or a
 * signature image per learner), and audited hour corrections approved by the
 * regulator. Sessions and sign-ins are append-only; credit goes to hour_ledger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('classroom_sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('class_id', 'uuid', (c) => c.notNull().references('classes.id'))
    .addColumn('course_id', 'uuid')
    .addColumn('teacher_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('theory', 'practical')`))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('classroom_sessions_period', sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex('classroom_sessions_class').on('classroom_sessions').columns(['class_id', 'starts_at']).execute();

  await db.schema
    .createTable('classroom_sign_ins')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('classroom_session_id', 'uuid', (c) => c.notNull().references('classroom_sessions.id'))
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('face', 'signature')`))
    .addColumn('evidence_blob_key', 'text', (c) => c.notNull())
    .addColumn('face_score', 'double precision')
    .addColumn('seconds', 'integer', (c) => c.notNull().check(sql`seconds >= 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('classroom_sign_ins_once', ['classroom_session_id', 'learner_account_id'])
    .execute();

  await db.schema
    .createTable('hour_corrections')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('class_id', 'uuid', (c) => c.notNull().references('classes.id'))
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('target', 'text', (c) => c.notNull().check(sql`target in ('online', 'offline')`))
    .addColumn('seconds', 'integer', (c) => c.notNull().check(sql`seconds <> 0`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'approved', 'rejected')`))
    .addColumn('decided_by', 'uuid', (c) => c.references('accounts.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_note', 'text')
    .execute();
  await db.schema.createIndex('hour_corrections_class').on('hour_corrections').columns(['class_id', 'requested_at']).execute();

  await makeAppendOnly(db, 'classroom_sessions');
  await makeAppendOnly(db, 'classroom_sign_ins');

  // A learner signing in to a classroom session by face is a check like any other, kept in the archive (M26).
  await sql`alter table face_checks drop constraint face_checks_purpose_check`.execute(db);
  await sql`alter table face_checks add constraint face_checks_purpose_check
    check (purpose in ('enrolment', 'self_test', 'password_reset', 'lesson_start', 'lesson_random', 'test', 'classroom'))`.execute(db);
}
