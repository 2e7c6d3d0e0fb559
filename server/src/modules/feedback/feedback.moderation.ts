import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import type { CatalogueService } from '../catalogue/index.js';
import { auditActorOf } from '../identity/index.js';
import type { ModerationService } from '../moderation/index.js';
import { FeedbackErrors } from './feedback.errors.js';
import * as repo from './feedback.repository.js';

export type QueueStatus = 'pending' | 'published' | 'rejected';

/**
 * M9: the human queue for rating comments the lexicon held back. The platform
 * operator reads each with the terms that stopped it, and releases it (the
 * institution and its regulators then see it) or rejects it with a reason the
 * learner is shown. Decisions are append-only and audited with the change.
 */
export function createCommentModeration(deps: { db: Db; clock: Clock; audit: AuditService; moderation: ModerationService; catalogue: CatalogueService }) {
  const { db, clock, audit } = deps;

  async function queue(query: { status: QueueStatus; page: number; pageSize: number }) {
    const { rows, total } = await repo.commentsByStatus(db, query.status, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
    const titles = new Map((await deps.catalogue.outlines([...new Set(rows.map((r) => r.course_id))])).map((c) => [c.id, c.title]));
    const decisions = new Map((await repo.latestDecisions(db, rows.map((r) => r.id))).map((d) => [d.rating_id, d]));
    // One pass of the lexicon over the whole page: each comment is a field named by its rating id.
    const { hits } = await deps.moderation.check(Object.fromEntries(rows.map((r) => [r.id, r.comment ?? ''])));
    const items = rows.map((r) => {
      const d = decisions.get(r.id);
      return {
        id: r.id,
        courseId: r.course_id,
        courseTitle: titles.get(r.course_id) ?? '',
        comment: r.comment ?? '',
        scores: { content: r.content_score, course: r.course_score, teacher: r.teacher_score },
        status: r.comment_status as QueueStatus,
        hits: hits.filter((h) => h.field === r.id).map((h) => ({ term: h.term, category: h.category, index: h.index, length: h.length })),
        submittedAt: r.updated_at.toISOString(),
        decision: d ? { decision: d.decision, reason: d.reason, by: d.decided_by_name, at: d.created_at.toISOString() } : null,
      };
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async function decide(actor: Actor, ratingId: string, input: { decision: 'release' | 'reject'; reason?: string | undefined }, requestId: string | null) {
    const reason = input.reason?.trim() || null;
    if (input.decision === 'reject' && !reason) throw FeedbackErrors.COMMENT_REASON_REQUIRED();
    const status = input.decision === 'release' ? ('published' as const) : ('rejected' as const);
    await db.transaction().execute(async (tx) => {
      const rating = await repo.findRating(tx, ratingId);
      if (!rating?.comment) throw FeedbackErrors.COMMENT_NOT_FOUND();
      if (rating.comment_status !== 'pending' || !(await repo.decideComment(tx, ratingId, rating.comment, status))) throw FeedbackErrors.COMMENT_ALREADY_DECIDED();
      await repo.insertDecision(tx, { ratingId, decision: input.decision, comment: rating.comment, reason, by: actor.accountId, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), {
        action: input.decision === 'release' ? 'feedback.comment_released' : 'feedback.comment_rejected',
        targetType: 'course_rating',
        targetId: ratingId,
        change: { courseId: rating.course_id, comment: rating.comment, reason },
      });
    });
    return { status };
  }

  return { queue, decide };
}

export type CommentModeration = ReturnType<typeof createCommentModeration>;
