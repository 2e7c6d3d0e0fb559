import { type Kysely, sql } from 'kysely';
import { makeAppendOnly } from './append-only.js';

/**
 * The integrity timings and the daily cap are the provincial regulator's to
 * set (DESIGN §5.3, §5.5; domain README: values not fixed by the regulations
 * are settings, not constants). Each change is a new row; the newest applies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('learning_settings')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('daily_cap_seconds', 'integer', (c) => c.notNull().check(sql`daily_cap_seconds between 3600 and 86400`))
    .addColumn('heartbeat_seconds', 'integer', (c) => c.notNull().check(sql`heartbeat_seconds between 3 and 30`))
    .addColumn('challenge_min_seconds', 'integer', (c) => c.notNull().check(sql`challenge_min_seconds >= 5`))
    .addColumn('challenge_max_seconds', 'integer', (c) => c.notNull())
    .addColumn('face_check_min_seconds', 'integer', (c) => c.notNull().check(sql`face_check_min_seconds >= 5`))
    .addColumn('face_check_max_seconds', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('learning_settings_ranges', sql`challenge_max_seconds >= challenge_min_seconds and face_check_max_seconds >= face_check_min_seconds`)
    .execute();
  await makeAppendOnly(db, 'learning_settings');
}
