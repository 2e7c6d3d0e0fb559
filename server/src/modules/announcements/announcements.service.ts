import type { Clock } from '../../platform/clock.js';
import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { AnnouncementStatus, Database } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import type { AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import type { ModerationService } from '../moderation/index.js';
import { regulatorPrefixes } from '../regions/index.js';
import { AnnouncementErrors } from './announcements.errors.js';
import { canReview, publisherOf, speaksFor } from './announcements.policy.js';
import * as repo from './announcements.repository.js';

/**
 * Announcements (M8, M9): the platform and regulators draft; nothing is
 * published until the prohibited-content filter passes and an approver of
 * the same body, other than the author, approves. Every step is audited.
 */
export function createAnnouncementsService(deps: { db: Db; clock: Clock; audit: AuditService; moderation: ModerationService }) {
  const { db, clock, audit, moderation } = deps;

  const view = (actor: Actor, a: repo.AnnouncementRow) => ({
    id: a.id,
    title: a.title,
    body: a.body,
    publisherKind: a.publisher_kind,
    publisherName: a.publisher_name,
    regionCode: a.region_code,
    status: a.status,
    authorName: a.author_name,
    reviewerName: a.reviewer_name,
    reviewNote: a.review_note,
    createdAt: a.created_at.toISOString(),
    updatedAt: a.updated_at.toISOString(),
    publishedAt: a.published_at?.toISOString() ?? null,
    mine: a.author_account_id === actor.accountId,
    canReview: a.status === 'pending_review' && canReview(actor, a) === 'ok',
  });

  const publicView = (a: repo.AnnouncementRow) => ({ id: a.id, title: a.title, body: a.body, publisherName: a.publisher_name, publishedAt: a.published_at!.toISOString() });

  async function visible(actor: Actor, id: string) {
    const a = await repo.findAnnouncement(db, id);
    if (!a || (a.author_account_id !== actor.accountId && !speaksFor(actor, a))) throw AnnouncementErrors.ANNOUNCEMENT_NOT_FOUND();
    return a;
  }

  async function get(actor: Actor, id: string) {
    return view(actor, await visible(actor, id));
  }

  async function create(actor: Actor, input: { title: string; body: string }, requestId: string) {
    const publisher = publisherOf(actor);
    if (!publisher) throw CommonErrors.FORBIDDEN();
    const id = await db.transaction().execute(async (tx) => {
      const now = clock.now();
      const newId = await repo.insertAnnouncement(tx, { publisher_kind: publisher.kind, region_code: publisher.regionCode, publisher_name: publisher.name, author_account_id: actor.accountId, title: input.title, body: input.body, status: 'draft', created_at: now, updated_at: now });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'announcement.drafted', targetType: 'announcement', targetId: newId, change: { title: input.title, publisher: publisher.name } });
      return newId;
    });
    return get(actor, id);
  }

  /** One step of the workflow on a locked row, audited in the same transaction. */
  async function step(actor: Actor, id: string, requestId: string, action: string, apply: (a: NonNullable<Awaited<ReturnType<typeof repo.lockAnnouncement>>>, tx: Transaction<Database>) => Promise<Parameters<typeof repo.updateAnnouncement>[2]>) {
    await visible(actor, id);
    await db.transaction().execute(async (tx) => {
      const a = await repo.lockAnnouncement(tx, id);
      if (!a) throw AnnouncementErrors.ANNOUNCEMENT_NOT_FOUND();
      const patch = await apply(a, tx);
      await repo.updateAnnouncement(tx, id, { ...patch, updated_at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action, targetType: 'announcement', targetId: id, change: patch });
    });
    return get(actor, id);
  }

  const authorOnly = (actor: Actor, a: { author_account_id: string }) => {
    if (a.author_account_id !== actor.accountId) throw AnnouncementErrors.ANNOUNCEMENT_NOT_EDITABLE();
  };

  function update(actor: Actor, id: string, input: { title: string; body: string }, requestId: string) {
    return step(actor, id, requestId, 'announcement.edited', async (a) => {
      authorOnly(actor, a);
      if (a.status !== 'draft' && a.status !== 'rejected') throw AnnouncementErrors.ANNOUNCEMENT_NOT_EDITABLE();
      return { title: input.title, body: input.body, status: 'draft' };
    });
  }

  /** M9: the filter runs before review, so a reviewer never sees text the lexicon forbids. */
  function submit(actor: Actor, id: string, requestId: string) {
    return step(actor, id, requestId, 'announcement.submitted', async (a, tx) => {
      authorOnly(actor, a);
      if (a.status !== 'draft' && a.status !== 'rejected') throw AnnouncementErrors.ANNOUNCEMENT_WRONG_STAGE();
      await moderation.assertClean({ title: a.title, body: a.body }, tx);
      return { status: 'pending_review' as AnnouncementStatus };
    });
  }

  /** M8: approval publishes; the filter runs again with the lexicon as it is now. */
  function review(actor: Actor, id: string, input: { decision: 'approve' | 'reject'; note?: string | undefined }, requestId: string) {
    return step(actor, id, requestId, input.decision === 'approve' ? 'announcement.published' : 'announcement.rejected', async (a, tx) => {
      if (a.status !== 'pending_review') throw AnnouncementErrors.ANNOUNCEMENT_WRONG_STAGE();
      const verdict = canReview(actor, a);
      if (verdict === 'self') throw AnnouncementErrors.ANNOUNCEMENT_SELF_REVIEW();
      if (verdict === 'no') throw AnnouncementErrors.ANNOUNCEMENT_NOT_FOUND();
      const note = input.note?.trim() || null;
      if (input.decision === 'reject') {
        if (!note) throw AnnouncementErrors.ANNOUNCEMENT_REJECT_REASON_REQUIRED();
        return { status: 'rejected' as AnnouncementStatus, reviewer_account_id: actor.accountId, review_note: note };
      }
      await moderation.assertClean({ title: a.title, body: a.body }, tx);
      return { status: 'published' as AnnouncementStatus, reviewer_account_id: actor.accountId, review_note: note, published_at: clock.now() };
    });
  }

  function withdraw(actor: Actor, id: string, note: string, requestId: string) {
    return step(actor, id, requestId, 'announcement.withdrawn', async (a) => {
      if (a.status !== 'published') throw AnnouncementErrors.ANNOUNCEMENT_WRONG_STAGE();
      if (!speaksFor(actor, a)) throw AnnouncementErrors.ANNOUNCEMENT_NOT_FOUND();
      if (!note.trim()) throw AnnouncementErrors.ANNOUNCEMENT_REJECT_REASON_REQUIRED();
      return { status: 'withdrawn' as AnnouncementStatus, review_note: note.trim() };
    });
  }

  async function list(actor: Actor, f: { status?: AnnouncementStatus | undefined; cursor?: string | undefined; limit: number }) {
    const platform = actor.roles.some((r) => r.role === 'platform_operator');
    const rows = await repo.listForConsole(db, { platform, regionPrefixes: regulatorPrefixes(actor), status: f.status, before: f.cursor ? decodeCursor(f.cursor) : undefined }, f.limit);
    const items = rows.slice(0, f.limit);
    const last = items.at(-1);
    return { items: items.map((a) => view(actor, a)), nextCursor: rows.length > f.limit && last ? encodeCursor(last.updated_at, last.id) : null };
  }

  async function listPublic(f: { cursor?: string | undefined; limit: number }) {
    const rows = await repo.listPublished(db, f.cursor ? decodeCursor(f.cursor) : undefined, f.limit);
    const items = rows.slice(0, f.limit);
    const last = items.at(-1);
    return { items: items.map(publicView), nextCursor: rows.length > f.limit && last ? encodeCursor(last.published_at!, last.id) : null };
  }

  async function getPublic(id: string) {
    const a = await repo.findAnnouncement(db, id);
    if (!a || a.status !== 'published') throw AnnouncementErrors.ANNOUNCEMENT_NOT_FOUND();
    return publicView(a);
  }

  return { create, update, submit, review, withdraw, get, list, listPublic, getPublic };
}

export type AnnouncementsService = ReturnType<typeof createAnnouncementsService>;

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): repo.PageCursor {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime())) throw CommonErrors.VALIDATION_FAILED({ field: 'cursor' });
  return { at: date, id };
}
