import { type Kysely, sql } from 'kysely';
import { makeAppendOnly } from './append-only.js';

/**
 * M9: a person decides on the rating comments the lexicon held back. Each
 * decision is kept (append-only) with the text it was taken on, so a later
 * edit by the learner cannot borrow an earlier release; a rejection gives its
 * reason, which the learner is shown.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('comment_moderation_decisions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('rating_id', 'uuid', (c) => c.notNull().references('course_ratings.id'))
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('release', 'reject')`))
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('comment_moderation_reject_reason', sql`decision = 'release' or length(trim(reason)) > 0`)
    .execute();
  await db.schema.createIndex('comment_moderation_decisions_rating').on('comment_moderation_decisions').column('rating_id').execute();
  await makeAppendOnly(db, 'comment_moderation_decisions');
  // The queue reads pending comments oldest first.
  await db.schema.createIndex('course_ratings_comment_status').on('course_ratings').columns(['comment_status', 'updated_at']).execute();
}
