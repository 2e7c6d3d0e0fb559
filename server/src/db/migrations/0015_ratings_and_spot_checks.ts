import { type Kysely, sql } from 'kysely';
import { makeAppendOnly } from './append-only.js';

/**
 * M22: learners who studied a course rate its content, the course and its
 * teacher and may comment (published only after moderation, M9); a course
 * whose satisfaction falls below the province's threshold is flagged for its
 * institution to take down or answer. M17: city and county regulators
 * spot-check published courses and may order one taken down.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('course_ratings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('course_id', 'uuid', (c) => c.notNull().references('courses.id'))
    .addColumn('class_id', 'uuid', (c) => c.notNull().references('classes.id'))
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('teacher_id', 'uuid')
    .addColumn('content_score', 'smallint', (c) => c.notNull().check(sql`content_score between 1 and 5`))
    .addColumn('course_score', 'smallint', (c) => c.notNull().check(sql`course_score between 1 and 5`))
    .addColumn('teacher_score', 'smallint', (c) => c.check(sql`teacher_score between 1 and 5`))
    .addColumn('comment', 'text')
    .addColumn('comment_status', 'text', (c) => c.notNull().check(sql`comment_status in ('none', 'pending', 'published', 'rejected')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('course_ratings_once', ['course_id', 'learner_account_id'])
    .execute();

  await db.schema
    .createTable('feedback_settings')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('min_ratings', 'integer', (c) => c.notNull().check(sql`min_ratings >= 1`))
    .addColumn('threshold', sql`numeric(3,2)`, (c) => c.notNull().check(sql`threshold > 1 and threshold <= 5`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await makeAppendOnly(db, 'feedback_settings');

  await db.schema
    .createTable('course_responses')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('course_id', 'uuid', (c) => c.notNull().references('courses.id'))
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('take_down', 'answer')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await makeAppendOnly(db, 'course_responses');

  await db.schema
    .createTable('course_spot_checks')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('course_id', 'uuid', (c) => c.notNull().references('courses.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('pass', 'take_down')`))
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('checked_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await makeAppendOnly(db, 'course_spot_checks');
}
