import { type Kysely, sql } from 'kysely';

/**
 * Heartbeats are the hottest path (60 k learners, one every 15 s). With one
 * active session per learner, a session can carry what it needs — the lesson's
 * confirmed progress and the remaining allowance (daily and M19 class caps) —
 * refreshed at each checkpoint, so a heartbeat reads and writes one row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('learning_sessions')
    .addColumn('base_watched', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('base_furthest', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('allowance_seconds', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('allowance_day', 'date')
    .execute();
}
