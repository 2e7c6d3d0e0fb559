import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;
export type CommentStatus = 'none' | 'pending' | 'published' | 'rejected';

export async function upsertRating(
  db: Db,
  r: { courseId: string; classId: string; learnerId: string; teacherId: string | null; content: number; course: number; teacher: number | null; comment: string | null; commentStatus: CommentStatus; at: Date },
) {
  const values = {
    class_id: r.classId,
    teacher_id: r.teacherId,
    content_score: r.content,
    course_score: r.course,
    teacher_score: r.teacher,
    comment: r.comment,
    comment_status: r.commentStatus,
    updated_at: r.at,
  };
  await db
    .insertInto('course_ratings')
    .values({ ...values, course_id: r.courseId, learner_account_id: r.learnerId, created_at: r.at })
    .onConflict((oc) => oc.columns(['course_id', 'learner_account_id']).doUpdateSet(values))
    .execute();
}

/** Averages and counts per course (content, course, teacher), for satisfaction and the low-satisfaction flag. */
export async function summaries(db: Db, courseIds: string[]) {
  if (courseIds.length === 0) return [];
  return db
    .selectFrom('course_ratings')
    .select([
      'course_id',
      sql<number>`count(*)::int8`.as('n'),
      sql<number>`avg(content_score)::float8`.as('content'),
      sql<number>`avg(course_score)::float8`.as('course'),
      sql<number | null>`avg(teacher_score)::float8`.as('teacher'),
    ])
    .where('course_id', 'in', courseIds)
    .groupBy('course_id')
    .execute();
}

export async function publishedComments(db: Db, courseId: string, limit: number, offset: number) {
  return db
    .selectFrom('course_ratings')
    .select(['comment', 'course_score', 'updated_at'])
    .where('course_id', '=', courseId)
    .where('comment_status', '=', 'published')
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function publishedCommentCount(db: Db, courseId: string): Promise<number> {
  const row = await db.selectFrom('course_ratings').select(({ fn }) => fn.countAll<number>().as('n')).where('course_id', '=', courseId).where('comment_status', '=', 'published').executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function courseSecondsOf(db: Db, learnerId: string, classId: string, courseId: string): Promise<number> {
  const row = await db
    .selectFrom('hour_ledger')
    .select(sql<number>`coalesce(sum(seconds), 0)::int8`.as('s'))
    .where('learner_account_id', '=', learnerId)
    .where('class_id', '=', classId)
    .where('course_id', '=', courseId)
    .executeTakeFirstOrThrow();
  return Number(row.s);
}

export async function ratingOf(q: Q, courseId: string, learnerId: string) {
  return q.selectFrom('course_ratings').selectAll().where('course_id', '=', courseId).where('learner_account_id', '=', learnerId).executeTakeFirst();
}

export async function findRating(q: Q, id: string) {
  return q.selectFrom('course_ratings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The moderation queue (M9): comments by status, the oldest held first, with the number of all that match. */
export async function commentsByStatus(q: Q, status: 'pending' | 'published' | 'rejected', page: { limit: number; offset: number }) {
  const base = q.selectFrom('course_ratings').where('comment_status', '=', status).where('comment', 'is not', null);
  const total = Number((await base.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base
    .select(['id', 'course_id', 'comment', 'comment_status', 'content_score', 'course_score', 'teacher_score', 'updated_at'])
    .orderBy('updated_at', status === 'pending' ? 'asc' : 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { rows, total };
}

/** The latest decision per rating, with who took it. */
export async function latestDecisions(q: Q, ratingIds: string[]) {
  if (ratingIds.length === 0) return [];
  return q
    .selectFrom('comment_moderation_decisions as d')
    .leftJoin('accounts as a', 'a.id', 'd.decided_by')
    .select(['d.rating_id', 'd.decision', 'd.comment', 'd.reason', 'd.created_at', 'a.display_name as decided_by_name'])
    .distinctOn('d.rating_id')
    .where('d.rating_id', 'in', ratingIds)
    .orderBy('d.rating_id')
    .orderBy('d.id', 'desc')
    .execute();
}

export async function insertDecision(q: Q, d: { ratingId: string; decision: 'release' | 'reject'; comment: string; reason: string | null; by: string; at: Date }) {
  await q.insertInto('comment_moderation_decisions').values({ rating_id: d.ratingId, decision: d.decision, comment: d.comment, reason: d.reason, decided_by: d.by, created_at: d.at }).execute();
}

/** Moves a held comment on, only if it is still the text the moderator read (the learner may have edited it meanwhile). */
export async function decideComment(q: Q, id: string, comment: string, status: 'published' | 'rejected'): Promise<boolean> {
  const res = await q.updateTable('course_ratings').set({ comment_status: status }).where('id', '=', id).where('comment_status', '=', 'pending').where('comment', '=', comment).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
