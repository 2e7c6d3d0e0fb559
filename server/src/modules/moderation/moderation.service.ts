import type { Clock } from '../../platform/clock.js';
import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import type { ModerationCategory } from './moderation.categories.js';
import { ModerationErrors } from './moderation.errors.js';
import { findProhibited, type Hit } from './moderation.filter.js';
import * as repo from './moderation.repository.js';

/**
 * M9: moderation before publication. Any module that publishes text
 * (announcements, course text, comments) calls `assertClean` in its submit and
 * approve steps; the lexicon is data the platform operator keeps in the product.
 */
export function createModerationService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  /** Checks named fields, e.g. `{ title, body }`; hits say which field. Pass the caller's transaction when inside one. */
  async function check(fields: Record<string, string>, q: Db | Transaction<Database> = db): Promise<{ passed: boolean; hits: (Hit & { field: string })[] }> {
    const terms = await repo.activeTerms(q);
    const hits = Object.entries(fields).flatMap(([field, text]) => findProhibited(text, terms).map((h) => ({ ...h, field })));
    return { passed: hits.length === 0, hits };
  }

  async function assertClean(fields: Record<string, string>, q: Db | Transaction<Database> = db): Promise<void> {
    const result = await check(fields, q);
    if (!result.passed) throw ModerationErrors.CONTENT_PROHIBITED({ hits: result.hits });
  }

  async function listTerms(f: { category?: ModerationCategory | undefined; search?: string | undefined }) {
    const rows = await repo.listTerms(db, f);
    return rows.map((r) => ({ id: r.id, term: r.term, category: r.category as ModerationCategory, active: r.active, createdAt: r.created_at.toISOString(), createdBy: r.created_by_name }));
  }

  async function addTerm(actor: Actor, input: { term: string; category: ModerationCategory }, requestId: string) {
    const term = input.term.trim();
    return db.transaction().execute(async (tx) => {
      if (await repo.termByText(tx, term)) throw ModerationErrors.TERM_EXISTS();
      const id = await repo.insertTerm(tx, { term, category: input.category, createdBy: actor.accountId, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'moderation.term_added', targetType: 'moderation_term', targetId: id, change: { term, category: input.category } });
      return { id };
    });
  }

  /** Terms are switched off, not deleted: the audit trail shows what the filter knew when. */
  async function setTermActive(actor: Actor, id: string, active: boolean, requestId: string) {
    await db.transaction().execute(async (tx) => {
      const row = await repo.setActive(tx, id, active);
      if (!row) throw ModerationErrors.TERM_NOT_FOUND();
      await audit.record(tx, auditActorOf(actor, requestId), { action: active ? 'moderation.term_enabled' : 'moderation.term_disabled', targetType: 'moderation_term', targetId: id, change: row });
    });
  }

  return { check, assertClean, listTerms, addTerm, setTermActive };
}

export type ModerationService = ReturnType<typeof createModerationService>;
