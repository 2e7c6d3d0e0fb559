import type { Clock } from '../../platform/clock.js';
import type { BlobStore, ByteRange } from '../../platform/blob/index.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import type { AuditService } from '../audit/index.js';
import type { CategoriesService } from '../categories/index.js';
import { auditActorOf } from '../identity/index.js';
import { institutionOf, type InstitutionsService } from '../institutions/index.js';
import type { UploadsService } from '../uploads/index.js';
import { CatalogueErrors } from './catalogue.errors.js';
import { checklistComplete, checklistPasses, MAX_TEXT_READING_SECONDS, type Checklist } from './catalogue.policy.js';
import * as repo from './catalogue.repository.js';
import type { CourseStatus } from '../../platform/db/schema.js';
import { inspectMedia } from './media/index.js';

/** What a regulator sees of its region's courses: those that were published (M17 spot checks, M29). */
const REGULATOR_STATUSES: readonly CourseStatus[] = ['published', 'taken_down'];

export interface CourseListQuery {
  status?: CourseStatus | undefined;
  title?: string | undefined;
  page: number;
  pageSize: number;
}

type CourseRow = NonNullable<Awaited<ReturnType<typeof repo.findCourse>>>;

export interface Enqueue {
  (job: string, data: object): Promise<void>;
}

export function createCatalogueService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  blobs: BlobStore;
  uploads: UploadsService;
  categories: CategoriesService;
  institutions: InstitutionsService;
  enqueue: Enqueue;
}) {
  const { db, clock, audit } = deps;

  const isPlatform = (actor: Actor) => actor.roles.some((r) => r.role === 'platform_operator');
  const isRegulator = (actor: Actor) => actor.roles.some((r) => r.role === 'regulator');

  /** Who may see a course: its institution, the platform, and regulators of its region (once published: published or taken down). */
  async function visibleCourse(actor: Actor, id: string): Promise<CourseRow> {
    const course = await repo.findCourse(db, id);
    if (!course) throw CatalogueErrors.COURSE_NOT_FOUND();
    if (institutionOf(actor) === course.institution_id || isPlatform(actor)) return course;
    if (isRegulator(actor) && REGULATOR_STATUSES.includes(course.status) && (await deps.institutions.institutionIdsSeenBy(actor)).includes(course.institution_id)) return course;
    throw CatalogueErrors.COURSE_NOT_FOUND();
  }

  async function ownDraft(actor: Actor, id: string): Promise<CourseRow> {
    const course = await repo.findCourse(db, id);
    if (!course || course.institution_id !== institutionOf(actor)) throw CatalogueErrors.COURSE_NOT_FOUND();
    if (course.status !== 'draft') throw CatalogueErrors.COURSE_NOT_EDITABLE();
    return course;
  }

  async function createCourse(
    actor: Actor,
    input: { title: string; description: string; categoryIds: string[]; syllabusTopics: string[]; teacherId?: string | undefined },
    requestId: string | null,
  ) {
    const institutionId = institutionOf(actor);
    if (!institutionId) throw CommonErrors.FORBIDDEN();
    const unknown = await deps.categories.unknownIds(input.categoryIds);
    if (unknown.length) throw CommonErrors.VALIDATION_FAILED({ field: 'categoryIds', unknown });
    if (input.teacherId && !(await deps.institutions.isApprovedTeacher(institutionId, input.teacherId))) throw CatalogueErrors.TEACHER_NOT_APPROVED();
    return db.transaction().execute(async (tx) => {
      const row = await repo.insertCourse(tx, { institutionId, ...input, teacherId: input.teacherId ?? null, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'course.created', targetType: 'course', targetId: row.id, change: input });
      return { courseId: row.id };
    });
  }

  /** M20: video, audio, or text with pictures. Media lessons wait for the M21 quality gates. */
  async function addLesson(
    actor: Actor,
    courseId: string,
    input: { title: string; kind: 'video' | 'audio' | 'text'; uploadId?: string | undefined; textContent?: string | undefined; readingSeconds?: number | undefined },
    requestId: string | null,
  ) {
    await ownDraft(actor, courseId);
    let blobKey: string | null = null;
    let mediaType: string | null = null;
    if (input.kind !== 'text') {
      const upload = await deps.uploads.claim(actor, input.uploadId ?? '', 'lesson-media');
      if (!upload.contentType.startsWith(input.kind === 'video' ? 'video/' : 'audio/')) throw CatalogueErrors.LESSON_KIND_MISMATCH();
      blobKey = upload.blobKey;
      mediaType = upload.contentType;
    } else if (!input.textContent?.trim()) {
      throw CommonErrors.VALIDATION_FAILED({ field: 'textContent' });
    }
    const lesson = await db.transaction().execute(async (tx) => {
      const row = await repo.insertLesson(tx, {
        courseId,
        title: input.title,
        kind: input.kind,
        blobKey,
        mediaType,
        textContent: input.kind === 'text' ? input.textContent! : null,
        durationSeconds: input.kind === 'text' ? Math.min(input.readingSeconds ?? MAX_TEXT_READING_SECONDS, MAX_TEXT_READING_SECONDS) : null,
        qualityStatus: input.kind === 'text' ? 'passed' : 'pending',
        at: clock.now(),
      });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'lesson.added', targetType: 'lesson', targetId: row.id, change: { courseId, title: input.title, kind: input.kind, blobKey } });
      return row;
    });
    if (input.kind !== 'text') await deps.enqueue('catalogue.inspect-lesson', { lessonId: lesson.id });
    return { lessonId: lesson.id };
  }

  /** An institution removes a lesson from its draft (a failed video it will replace); the media stays in the store. */
  async function removeLesson(actor: Actor, courseId: string, lessonId: string, requestId: string | null) {
    await ownDraft(actor, courseId);
    const lesson = await repo.findLesson(db, lessonId);
    if (!lesson || lesson.course_id !== courseId) throw CatalogueErrors.LESSON_NOT_FOUND();
    await db.transaction().execute(async (tx) => {
      await repo.deleteLesson(tx, lessonId);
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'lesson.removed', targetType: 'lesson', targetId: lessonId, change: { courseId, title: lesson.title, blobKey: lesson.blob_key } });
    });
  }

  /** The M21 gates on the stored bytes: ffprobe and ffmpeg filters, a zh-CN reason per failed check. */
  async function inspectLesson(lessonId: string) {
    const lesson = await repo.findLesson(db, lessonId);
    if (!lesson || !lesson.blob_key || lesson.kind === 'text') return null;
    const verdict = await inspectMedia(await deps.blobs.localPath(lesson.blob_key), lesson.kind);
    await db.transaction().execute(async (tx) => {
      await repo.setLessonQuality(tx, lessonId, { status: verdict.ok ? 'passed' : 'failed', checks: verdict.checks, durationSeconds: verdict.durationSeconds });
      await audit.record(tx, { accountId: null, role: 'system', scope: null, requestId: null }, {
        action: verdict.ok ? 'lesson.media_passed' : 'lesson.media_failed',
        targetType: 'lesson',
        targetId: lessonId,
        change: { checks: verdict.checks.filter((c) => !c.ok).map((c) => c.id) },
      });
    });
    return verdict;
  }

  /** First responsibility (M17): the institution approves its own course before the platform reviews it. */
  async function submitForReview(actor: Actor, courseId: string, comment: string | null, requestId: string | null) {
    await ownDraft(actor, courseId);
    const lessons = await repo.lessonsOf(db, courseId);
    if (lessons.length === 0) throw CatalogueErrors.COURSE_EMPTY();
    const notPassed = lessons.filter((l) => l.quality_status !== 'passed');
    if (notPassed.length) throw CatalogueErrors.COURSE_MEDIA_NOT_PASSED({ lessons: notPassed.map((l) => ({ id: l.id, title: l.title, status: l.quality_status })) });
    await db.transaction().execute(async (tx) => {
      await repo.insertReview(tx, { courseId, stage: 'institution', reviewer: actor.accountId, approved: true, checklist: {}, comment, regionCode: null, at: clock.now() });
      await repo.setCourseStatus(tx, courseId, 'platform_review');
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'course.institution_approved', targetType: 'course', targetId: courseId, change: { comment } });
    });
  }

  /** The platform's second review (M8, M17): every checklist item decided; all pass → published, else back to draft. */
  async function platformReview(actor: Actor, courseId: string, input: { checklist: Partial<Checklist>; comment?: string | undefined }, requestId: string | null) {
    const course = await repo.findCourse(db, courseId);
    if (!course) throw CatalogueErrors.COURSE_NOT_FOUND();
    if (course.status !== 'platform_review') throw CatalogueErrors.COURSE_WRONG_STAGE();
    if (!checklistComplete(input.checklist)) throw CatalogueErrors.REVIEW_CHECKLIST_INCOMPLETE();
    const approved = checklistPasses(input.checklist);
    const now = clock.now();
    await db.transaction().execute(async (tx) => {
      await repo.insertReview(tx, { courseId, stage: 'platform', reviewer: actor.accountId, approved, checklist: input.checklist, comment: input.comment ?? null, regionCode: null, at: now });
      await repo.setCourseStatus(tx, courseId, approved ? 'published' : 'draft', approved ? now : undefined);
      await audit.record(tx, auditActorOf(actor, requestId), { action: approved ? 'course.published' : 'course.returned', targetType: 'course', targetId: courseId, change: input });
    });
    return { status: approved ? ('published' as const) : ('draft' as const) };
  }

  /** A page of the courses the caller may see: its own, all (platform), or its region's published and taken-down ones (regulator). */
  async function list(actor: Actor, query: CourseListQuery) {
    const institutionId = institutionOf(actor);
    const filter = { status: query.status, title: query.title?.trim() || undefined };
    const scoped = institutionId
      ? { ...filter, institutionId }
      : isPlatform(actor)
        ? filter
        : { ...filter, status: query.status && REGULATOR_STATUSES.includes(query.status) ? query.status : 'published' as const, institutionIds: await deps.institutions.institutionIdsSeenBy(actor) };
    const { rows, total } = await repo.pageCourses(db, scoped, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
    const names = await deps.institutions.namesOf(rows.map((r) => r.institution_id));
    return { items: rows.map((r) => ({ ...toCourseSummary(r), institutionName: names.get(r.institution_id) ?? '' })), total, page: query.page, pageSize: query.pageSize };
  }

  async function get(actor: Actor, courseId: string) {
    const course = await visibleCourse(actor, courseId);
    const [lessons, reviews] = await Promise.all([repo.lessonsOf(db, courseId), repo.reviewsOf(db, courseId)]);
    const names = await deps.institutions.namesOf([course.institution_id]);
    return {
      ...toCourseSummary(course),
      institutionName: names.get(course.institution_id) ?? '',
      lessons: lessons.map((l) => ({
        id: l.id,
        position: l.position,
        title: l.title,
        kind: l.kind,
        durationSeconds: l.duration_seconds,
        qualityStatus: l.quality_status,
        qualityChecks: (l.quality_checks ?? []) as { id: string; ok: boolean; reason?: string }[],
        textContent: l.text_content,
        hasMedia: l.blob_key !== null,
      })),
      reviews: reviews.map((r) => ({ stage: r.stage, approved: r.approved, checklist: r.checklist as Record<string, unknown>, comment: r.comment, createdAt: r.created_at.toISOString() })),
    };
  }

  /** Streams a lesson's media with HTTP ranges to those who may see its course. */
  async function openMedia(actor: Actor, lessonId: string) {
    const lesson = await repo.findLesson(db, lessonId);
    if (!lesson?.blob_key) throw CatalogueErrors.LESSON_NOT_FOUND();
    await visibleCourse(actor, lesson.course_id);
    return mediaOf(lesson);
  }

  /** A lesson's media for a learner's active session; the learning module has checked the session. */
  async function mediaForLearning(lessonId: string) {
    const lesson = await repo.findLesson(db, lessonId);
    if (!lesson?.blob_key) throw CatalogueErrors.LESSON_NOT_FOUND();
    return mediaOf(lesson);
  }

  async function mediaOf(lesson: { blob_key: string | null; media_type: string | null }) {
    const key = lesson.blob_key;
    const info = key ? await deps.blobs.stat(key) : null;
    if (!key || !info) throw CatalogueErrors.LESSON_NOT_FOUND();
    return { size: info.size, contentType: lesson.media_type ?? 'application/octet-stream', open: (range?: ByteRange) => deps.blobs.open(key, range) };
  }

  /** Courses an institution's class of this category may use: its own, published, covering the category. */
  async function usableCourseIds(institutionId: string, categoryId: string, courseIds: string[]): Promise<string[]> {
    const rows = await repo.listCourses(db, { institutionId, status: 'published' });
    const usable = new Set(rows.filter((c) => c.category_ids.includes(categoryId)).map((c) => c.id));
    return courseIds.filter((id) => usable.has(id));
  }

  /** Titles and lesson counts for courses shown inside a class (learner home, class pages). */
  async function outlines(courseIds: string[]) {
    const out = [];
    for (const id of courseIds) {
      const course = await repo.findCourse(db, id);
      if (!course) continue;
      const lessons = await repo.lessonsOf(db, id);
      out.push({ id, title: course.title, lessonCount: lessons.length, durationSeconds: lessons.reduce((sum, l) => sum + (l.duration_seconds ?? 0), 0) });
    }
    return out;
  }

  /** What the learning module needs of a lesson: its course, kind, and assessed duration. */
  async function lessonForLearning(lessonId: string) {
    const l = await repo.findLesson(db, lessonId);
    if (!l || l.course_status !== 'published' || l.quality_status !== 'passed' || !l.duration_seconds) return null;
    return { lessonId: l.id, courseId: l.course_id, title: l.title, kind: l.kind, durationSeconds: l.duration_seconds, textContent: l.text_content };
  }

  /** The approved teacher a course names, if any (ratings of the teacher, M22). */
  async function teacherOf(courseId: string): Promise<string | null> {
    return (await repo.findCourse(db, courseId))?.teacher_id ?? null;
  }

  /** The lessons a learner can study in these courses, in course order (the learner's class page). */
  async function lessonOutlines(courseIds: string[]) {
    const out = [];
    for (const id of courseIds) {
      const course = await repo.findCourse(db, id);
      if (course?.status !== 'published') continue;
      const lessons = (await repo.lessonsOf(db, id)).filter((l) => l.quality_status === 'passed' && l.duration_seconds);
      out.push({ id, title: course.title, lessons: lessons.map((l) => ({ id: l.id, title: l.title, kind: l.kind, durationSeconds: l.duration_seconds ?? 0 })) });
    }
    return out;
  }

  return { usableCourseIds, outlines, teacherOf, lessonOutlines, lessonForLearning, mediaForLearning, createCourse, addLesson, removeLesson, inspectLesson, submitForReview, platformReview, list, get, openMedia };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;

function toCourseSummary(c: CourseRow) {
  return {
    id: c.id,
    institutionId: c.institution_id,
    title: c.title,
    description: c.description,
    categoryIds: c.category_ids,
    syllabusTopics: c.syllabus_topics,
    teacherId: c.teacher_id,
    status: c.status,
    createdAt: c.created_at.toISOString(),
    publishedAt: c.published_at?.toISOString() ?? null,
  };
}
