import { randomInt } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { institutionOf, type InstitutionsService } from '../institutions/index.js';
import { regulatorPrefixes } from '../regions/index.js';
import { CatalogueErrors } from './catalogue.errors.js';
import * as repo from './catalogue.repository.js';

/** A spot-check sample is at most this many courses at a time. */
export const MAX_SPOT_CHECK_SAMPLE = 20;

/**
 * Courses after publication (M17, M22): city and county regulators draw a
 * random sample of published courses in their region, record what they found
 * and may order a course taken down; an institution takes its own course down
 * (e.g. after low satisfaction). Taking down is final and audited; learners
 * can no longer start its lessons.
 */
export function createCourseSupervision(deps: { db: Db; clock: Clock; audit: AuditService; institutions: InstitutionsService; random?: (n: number) => number }) {
  const { db, clock, audit } = deps;
  const random = deps.random ?? ((n: number) => randomInt(n));

  async function regionCourse(actor: Actor, courseId: string) {
    const course = await repo.findCourse(db, courseId);
    const seen = await deps.institutions.institutionIdsSeenBy(actor);
    if (!course || course.status !== 'published' || !seen.includes(course.institution_id)) throw CatalogueErrors.COURSE_NOT_FOUND();
    return course;
  }

  /** A random sample of the published courses of institutions in the regulator's region (M17). */
  async function spotCheckSample(actor: Actor, size: number) {
    const seen = await deps.institutions.institutionIdsSeenBy(actor);
    const pool = await repo.listCourses(db, { institutionIds: seen, status: 'published' });
    const sample = [];
    while (sample.length < Math.min(size, MAX_SPOT_CHECK_SAMPLE) && pool.length > 0) sample.push(pool.splice(random(pool.length), 1)[0]!);
    const names = await deps.institutions.namesOf(sample.map((c) => c.institution_id));
    return sample.map((c) => ({ id: c.id, title: c.title, institutionName: names.get(c.institution_id) ?? '', publishedAt: c.published_at?.toISOString() ?? null }));
  }

  /** A regulator's spot check: findings kept (append-only); a take-down order takes the course down at once. */
  async function spotCheck(actor: Actor, courseId: string, input: { outcome: 'pass' | 'take_down'; findings: string }, requestId: string | null) {
    const course = await regionCourse(actor, courseId);
    const region = regulatorPrefixes(actor)[0] ?? '';
    await db.transaction().execute(async (tx) => {
      const now = clock.now();
      await tx.insertInto('course_spot_checks').values({ course_id: course.id, region_code: region, outcome: input.outcome, findings: input.findings, checked_by: actor.accountId, created_at: now }).execute();
      if (input.outcome === 'take_down') await repo.setCourseStatus(tx, course.id, 'taken_down');
      await audit.record(tx, auditActorOf(actor, requestId), { action: input.outcome === 'take_down' ? 'course.taken_down' : 'course.spot_checked', targetType: 'course', targetId: course.id, change: { ...input, by: 'regulator' } });
    });
    return { status: input.outcome === 'take_down' ? ('taken_down' as const) : ('published' as const) };
  }

  async function spotChecksOf(actor: Actor, courseId: string) {
    const course = await repo.findCourse(db, courseId);
    const mine = course && institutionOf(actor) === course.institution_id;
    if (!course || (!mine && !(await deps.institutions.institutionIdsSeenBy(actor)).includes(course.institution_id))) throw CatalogueErrors.COURSE_NOT_FOUND();
    const rows = await db.selectFrom('course_spot_checks').selectAll().where('course_id', '=', courseId).orderBy('created_at', 'desc').execute();
    return rows.map((r) => ({ outcome: r.outcome, findings: r.findings, regionCode: r.region_code, at: r.created_at.toISOString() }));
  }

  /** The institution takes its own published course down, with its reason (M22). */
  async function takeDownOwn(actor: Actor, courseId: string, reason: string, requestId: string | null) {
    const course = await repo.findCourse(db, courseId);
    if (!course || course.institution_id !== institutionOf(actor)) throw CatalogueErrors.COURSE_NOT_FOUND();
    if (course.status !== 'published') throw CatalogueErrors.COURSE_WRONG_STAGE();
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('course_responses').values({ course_id: courseId, action: 'take_down', text: reason, created_by: actor.accountId, created_at: clock.now() }).execute();
      await repo.setCourseStatus(tx, courseId, 'taken_down');
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'course.taken_down', targetType: 'course', targetId: courseId, change: { reason, by: 'institution' } });
    });
    return { status: 'taken_down' as const };
  }

  /** The institution's written answer to low satisfaction, kept with the course (M22). */
  async function answer(actor: Actor, courseId: string, text: string, requestId: string | null) {
    const course = await repo.findCourse(db, courseId);
    if (!course || course.institution_id !== institutionOf(actor)) throw CatalogueErrors.COURSE_NOT_FOUND();
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('course_responses').values({ course_id: courseId, action: 'answer', text, created_by: actor.accountId, created_at: clock.now() }).execute();
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'course.satisfaction_answered', targetType: 'course', targetId: courseId, change: { text } });
    });
  }

  async function responsesOf(courseId: string) {
    const rows = await db.selectFrom('course_responses').select(['action', 'text', 'created_at']).where('course_id', '=', courseId).orderBy('id', 'desc').execute();
    return rows.map((r) => ({ action: r.action, text: r.text, at: r.created_at.toISOString() }));
  }

  return { spotCheckSample, spotCheck, spotChecksOf, takeDownOwn, answer, responsesOf };
}

export type CourseSupervision = ReturnType<typeof createCourseSupervision>;
