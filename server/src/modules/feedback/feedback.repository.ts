import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export async function upsertRating(
  db: Db,
  r: { courseId: string; classId: string; learnerId: string; teacherId: string | null; content: number; course: number; teacher: number | null; comment: string | null; commentStatus: 'none' | 'pending' | 'published'; at: Date },
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
