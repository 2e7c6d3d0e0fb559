import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import type { CatalogueService, CourseSupervision } from '../catalogue/index.js';
import type { ClassesService } from '../classes/index.js';
import { auditActorOf } from '../identity/index.js';
import type { ModerationService } from '../moderation/index.js';
import { isProvincialRegulator } from '../regions/index.js';
import { FeedbackErrors } from './feedback.errors.js';
import * as repo from './feedback.repository.js';

/** Until the province sets its own: flag a course whose average is below 3.0 over at least 20 ratings (issue 4, M22). */
export const DEFAULT_FEEDBACK_SETTINGS = { minRatings: 20, threshold: 3.0 };
/** How many courses the "flagged only" filter of 课程满意度 looks at (the course list's largest page). */
export const FLAGGED_SCAN_LIMIT = 500;

export interface RatingInput {
  content: number;
  course: number;
  teacher: number | null;
  comment: string | null;
}

/**
 * Learners' feedback (M22): those who studied a course rate its content, the
 * course and its teacher (1–5) and may comment; a comment passes the
 * prohibited-content filter (M9) before anyone else reads it, and one that
 * hits a listed term is held back. Satisfaction per course is shown to its
 * institution and to regulators of its region — never to the public (M11: no
 * ranking) — and a course below the province's threshold is flagged until its
 * institution takes it down or answers.
 */
export function createFeedbackService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  classes: ClassesService;
  catalogue: CatalogueService;
  supervision: CourseSupervision;
  moderation: ModerationService;
}) {
  const { db, clock, audit } = deps;

  async function settings() {
    const row = await db.selectFrom('feedback_settings').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
    return row ? { minRatings: row.min_ratings, threshold: Number(row.threshold), setAt: row.created_at.toISOString() } : { ...DEFAULT_FEEDBACK_SETTINGS, setAt: null };
  }

  async function setSettings(actor: Actor, input: { minRatings: number; threshold: number; note: string }, requestId: string | null) {
    if (!isProvincialRegulator(actor)) throw FeedbackErrors.FEEDBACK_SETTINGS_PROVINCE_ONLY();
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('feedback_settings').values({ min_ratings: input.minRatings, threshold: input.threshold, note: input.note, created_by: actor.accountId, created_at: clock.now() }).execute();
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'feedback.settings_set', targetType: 'feedback_settings', targetId: 'province', change: input });
    });
    return settings();
  }

  async function rate(actor: Actor, classId: string, courseId: string, input: RatingInput) {
    const enrolment = await deps.classes.enrolmentForLearning(actor.accountId, classId);
    if (!enrolment || !enrolment.courseIds.includes(courseId)) throw FeedbackErrors.RATING_NOT_STUDIED();
    if ((await repo.courseSecondsOf(db, actor.accountId, classId, courseId)) <= 0) throw FeedbackErrors.RATING_NOT_STUDIED();
    const teacherId = await deps.catalogue.teacherOf(courseId);
    if (input.teacher !== null && !teacherId) throw FeedbackErrors.RATING_NO_TEACHER();
    const comment = input.comment?.trim() || null;
    const earlier = await repo.ratingOf(db, courseId, actor.accountId);
    // A moderator's decision stands while the text is the same: changing only the scores does not resubmit the comment (M9).
    const commentStatus: repo.CommentStatus = !comment
      ? 'none'
      : earlier?.comment === comment && (earlier.comment_status === 'published' || earlier.comment_status === 'rejected')
        ? earlier.comment_status
        : (await deps.moderation.check({ comment })).passed
          ? 'published'
          : 'pending';
    await repo.upsertRating(db, { courseId, classId, learnerId: actor.accountId, teacherId, content: input.content, course: input.course, teacher: input.teacher, comment, commentStatus, at: clock.now() });
    return { commentStatus };
  }

  /** Satisfaction of courses the caller may see (its own, or its region's); `flagged` when below the province's threshold. */
  async function satisfaction(actor: Actor, courseIds: string[]) {
    const rule = await settings();
    const rows = await repo.summaries(db, courseIds);
    return rows.map((r) => {
      const count = Number(r.n);
      const overall = (Number(r.content) + Number(r.course)) / 2;
      return {
        courseId: r.course_id,
        count,
        content: round(Number(r.content)),
        course: round(Number(r.course)),
        teacher: r.teacher === null ? null : round(Number(r.teacher)),
        flagged: count >= rule.minRatings && overall < rule.threshold,
      };
    });
  }

  async function courseFeedback(actor: Actor, courseId: string, page: { page: number; pageSize: number }) {
    await deps.catalogue.get(actor, courseId);
    const [summary] = await satisfaction(actor, [courseId]);
    const comments = await repo.publishedComments(db, courseId, page.pageSize, (page.page - 1) * page.pageSize);
    return {
      summary: summary ?? emptySummary(courseId),
      threshold: await settings(),
      comments: comments.map((c) => ({ text: c.comment ?? '', courseScore: c.course_score, at: c.updated_at.toISOString() })),
      commentsTotal: await repo.publishedCommentCount(db, courseId),
      responses: await deps.supervision.responsesOf(courseId),
    };
  }

  /** The learner's own rating of a course and where its comment stands; a rejected comment carries the moderator's reason (M9). */
  async function myRating(actor: Actor, courseId: string) {
    const r = await repo.ratingOf(db, courseId, actor.accountId);
    if (!r) return { rating: null };
    const [decision] = r.comment_status === 'rejected' ? await repo.latestDecisions(db, [r.id]) : [];
    return {
      rating: { content: r.content_score, course: r.course_score, teacher: r.teacher_score, comment: r.comment, commentStatus: r.comment_status, rejectReason: decision?.reason ?? null, updatedAt: r.updated_at.toISOString() },
    };
  }

  /**
   * 课程满意度: a page of the courses the caller may see, each with its averages and flag (M22, M29).
   * `flagged` keeps only those below the threshold; the flag is computed, so that filter looks at the first
   * FLAGGED_SCAN_LIMIT matching courses (newest first) and pages them here.
   */
  async function courseSatisfactionList(actor: Actor, query: { status?: 'published' | 'taken_down' | undefined; title?: string | undefined; flagged?: boolean | undefined; page: number; pageSize: number }) {
    const filter = { status: query.status ?? ('published' as const), title: query.title };
    const courses = query.flagged ? await deps.catalogue.list(actor, { ...filter, page: 1, pageSize: FLAGGED_SCAN_LIMIT }) : await deps.catalogue.list(actor, { ...filter, page: query.page, pageSize: query.pageSize });
    const summaries = new Map((await satisfaction(actor, courses.items.map((c) => c.id))).map((s) => [s.courseId, s]));
    let rows = courses.items.map((c) => ({
      courseId: c.id,
      title: c.title,
      institutionName: c.institutionName,
      status: c.status as 'published' | 'taken_down',
      publishedAt: c.publishedAt,
      summary: summaries.get(c.id) ?? emptySummary(c.id),
    }));
    let total = courses.total;
    if (query.flagged) {
      rows = rows.filter((r) => r.summary.flagged);
      total = rows.length;
      rows = rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    }
    return { items: rows, total, page: query.page, pageSize: query.pageSize, threshold: await settings() };
  }

  return { settings, setSettings, rate, satisfaction, courseFeedback, myRating, courseSatisfactionList };
}

const emptySummary = (courseId: string) => ({ courseId, count: 0, content: null, course: null, teacher: null, flagged: false });
const round = (n: number) => Math.round(n * 100) / 100;

export type FeedbackService = ReturnType<typeof createFeedbackService>;
