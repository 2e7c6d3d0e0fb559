import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { CourseStatus, Database } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;

export async function insertCourse(
  q: Q,
  c: { institutionId: string; title: string; description: string; categoryIds: string[]; syllabusTopics: string[]; teacherId: string | null; at: Date },
) {
  return q
    .insertInto('courses')
    .values({
      institution_id: c.institutionId,
      title: c.title,
      description: c.description,
      category_ids: c.categoryIds,
      syllabus_topics: c.syllabusTopics,
      teacher_id: c.teacherId,
      status: 'draft',
      created_at: c.at,
      published_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function findCourse(q: Q, id: string) {
  return q.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
}

type CourseFilter = { institutionId?: string | undefined; status?: CourseStatus | undefined; statuses?: CourseStatus[]; institutionIds?: string[]; title?: string | undefined };

function filteredCourses(q: Q, f: CourseFilter) {
  let query = q.selectFrom('courses');
  if (f.institutionId) query = query.where('institution_id', '=', f.institutionId);
  if (f.institutionIds) query = f.institutionIds.length ? query.where('institution_id', 'in', f.institutionIds) : query.where('id', '=', '00000000-0000-0000-0000-000000000000');
  if (f.status) query = query.where('status', '=', f.status);
  if (f.statuses) query = query.where('status', 'in', f.statuses);
  if (f.title) query = query.where('title', 'like', `%${f.title.replace(/[\\%_]/g, '\\$&')}%`);
  return query;
}

export async function listCourses(q: Q, f: CourseFilter) {
  return filteredCourses(q, f).selectAll().orderBy('created_at', 'desc').limit(500).execute();
}

/** One page of courses, newest first, with the number of all that match. */
export async function pageCourses(q: Q, f: CourseFilter, page: { limit: number; offset: number }) {
  const total = Number((await filteredCourses(q, f).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await filteredCourses(q, f).selectAll().orderBy('created_at', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute();
  return { rows, total };
}

export async function setCourseStatus(q: Q, id: string, status: CourseStatus, publishedAt?: Date) {
  await q.updateTable('courses').set({ status, ...(publishedAt ? { published_at: publishedAt } : {}) }).where('id', '=', id).execute();
}

export async function lessonsOf(q: Q, courseId: string) {
  return q.selectFrom('lessons').selectAll().where('course_id', '=', courseId).orderBy('position').execute();
}

export async function insertLesson(
  q: Q,
  l: { courseId: string; title: string; kind: 'video' | 'audio' | 'text'; blobKey: string | null; mediaType: string | null; textContent: string | null; durationSeconds: number | null; qualityStatus: 'pending' | 'passed'; at: Date },
) {
  const last = await q.selectFrom('lessons').select(({ fn }) => fn.max('position').as('p')).where('course_id', '=', l.courseId).executeTakeFirst();
  return q
    .insertInto('lessons')
    .values({
      course_id: l.courseId,
      position: (last?.p ?? 0) + 1,
      title: l.title,
      kind: l.kind,
      blob_key: l.blobKey,
      media_type: l.mediaType,
      text_content: l.textContent,
      duration_seconds: l.durationSeconds,
      quality_status: l.qualityStatus,
      quality_checks: null,
      created_at: l.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function findLesson(q: Q, id: string) {
  return q
    .selectFrom('lessons as l')
    .innerJoin('courses as c', 'c.id', 'l.course_id')
    .selectAll('l')
    .select(['c.institution_id', 'c.status as course_status'])
    .where('l.id', '=', id)
    .executeTakeFirst();
}

export async function setLessonQuality(q: Q, id: string, v: { status: 'passed' | 'failed'; checks: unknown; durationSeconds: number | null }) {
  await q
    .updateTable('lessons')
    .set({ quality_status: v.status, quality_checks: JSON.stringify(v.checks), duration_seconds: v.durationSeconds })
    .where('id', '=', id)
    .execute();
}

export async function insertReview(
  q: Q,
  r: { courseId: string; stage: 'institution' | 'platform' | 'spot_check' | 'take_down'; reviewer: string; approved: boolean; checklist: unknown; comment: string | null; regionCode: string | null; at: Date },
) {
  await q
    .insertInto('course_reviews')
    .values({
      course_id: r.courseId,
      stage: r.stage,
      reviewer_account_id: r.reviewer,
      approved: r.approved,
      checklist: JSON.stringify(r.checklist),
      comment: r.comment,
      region_code: r.regionCode,
      created_at: r.at,
    })
    .execute();
}

export async function reviewsOf(q: Q, courseId: string) {
  return q.selectFrom('course_reviews').selectAll().where('course_id', '=', courseId).orderBy('id').execute();
}

/** Drafts only: a lesson of a published course is part of the record and stays. */
export async function deleteLesson(q: Q, lessonId: string) {
  await q.deleteFrom('lessons').where('id', '=', lessonId).execute();
}
