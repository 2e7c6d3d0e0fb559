import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import { hmacHex } from '../../platform/crypto/hash.js';
import { seal, unseal } from '../../platform/crypto/sealing.js';
import type { Db } from '../../platform/db/database.js';
import type { Database, QuestionKind } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import type { AuditActor, AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { institutionOf, type InstitutionsService } from '../institutions/index.js';
import { AssessmentErrors } from './assessments.errors.js';
import { MAX_QUESTION_ROWS, parseQuestionSheet } from './assessments.import.js';
import { mayKeepBank } from './assessments.policy.js';
import { normalizedStem, normalizeQuestion, questionProblems, type QuestionContent, type QuestionInput } from './assessments.question.js';
import * as repo from './assessments.repository.js';
import { decodeCursor, encodeCursor } from './assessments.cursor.js';

/** Inside a transaction, reads go through it (PGlite has one connection). */
type Q = Db | Transaction<Database>;

export type ImportOutcome = 'imported' | 'duplicate' | 'invalid';

/**
 * Question banks per institution and category (M23): content sealed at rest,
 * every read and change audited in the same transaction (N2.5 spirit: banks
 * stay confidential until used).
 */
export function createQuestionBanks(deps: { db: Db; clock: Clock; audit: AuditService; institutions: InstitutionsService; dataKey: Buffer; lookupKey: Buffer }) {
  const { db, clock, audit } = deps;
  const stemHmac = (stem: string) => hmacHex(deps.lookupKey, `question-stem:${normalizedStem(stem)}`);
  const sealContent = (q: QuestionContent) => seal(deps.dataKey, JSON.stringify({ stem: q.stem, options: q.options, answer: q.answer }));
  const unsealContent = (enc: string) => JSON.parse(unseal(deps.dataKey, enc)) as QuestionContent;

  /** The caller's institution, when it may keep a bank for this category. */
  async function bankOwner(actor: Actor, categoryId: string): Promise<string> {
    const institutionId = institutionOf(actor);
    if (!institutionId) throw CommonErrors.FORBIDDEN();
    const { registrations } = await deps.institutions.mine(actor);
    if (!mayKeepBank(registrations, categoryId)) throw AssessmentErrors.BANK_CATEGORY_NOT_REGISTERED({ categoryId });
    return institutionId;
  }

  /** Counts only (no content): the categories the institution may keep banks for, with their topics. */
  async function summary(actor: Actor) {
    const institutionId = institutionOf(actor);
    if (!institutionId) throw CommonErrors.FORBIDDEN();
    const { registrations } = await deps.institutions.mine(actor);
    const categoryIds = [...new Set(registrations.filter((r) => r.status === 'registered').flatMap((r) => r.categories))];
    const counts = await repo.bankCounts(db, institutionId);
    return categoryIds.map((categoryId) => {
      const rows = counts.filter((c) => c.category_id === categoryId);
      const byKind: Record<QuestionKind, number> = { single: 0, multiple: 0, judge: 0 };
      const topics = new Map<string, number>();
      for (const r of rows) {
        byKind[r.kind] += Number(r.n);
        topics.set(r.topic, (topics.get(r.topic) ?? 0) + Number(r.n));
      }
      const total = byKind.single + byKind.multiple + byKind.judge;
      return { categoryId, total, byKind, topics: [...topics].sort(([a], [b]) => a.localeCompare(b)).map(([topic, count]) => ({ topic, count })) };
    });
  }

  async function list(actor: Actor, categoryId: string, f: { topic?: string; cursor?: string; limit: number }, requestId: string | null) {
    const institutionId = await bankOwner(actor, categoryId);
    const rows = await repo.listQuestions(db, { institutionId, categoryId, topic: f.topic, before: f.cursor ? decodeCursor(f.cursor) : undefined, limit: f.limit + 1 });
    const page = rows.slice(0, f.limit);
    await db.transaction().execute((tx) =>
      audit.record(tx, auditActorOf(actor, requestId), { action: 'question_bank.read', targetType: 'question_bank', targetId: `${institutionId}:${categoryId}`, change: { questionIds: page.map((r) => r.id) } }),
    );
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({ id: r.id, topic: r.topic, kind: r.kind, ...unsealContent(r.content_enc), createdAt: r.created_at.toISOString() })),
      nextCursor: rows.length > f.limit && last ? encodeCursor(last.created_at, last.id) : null,
    };
  }

  async function add(actor: Actor, categoryId: string, input: QuestionInput, requestId: string | null) {
    const institutionId = await bankOwner(actor, categoryId);
    const q = normalizeQuestion(input);
    const problems = questionProblems(q);
    if (problems.length) throw AssessmentErrors.QUESTION_INVALID({ problems });
    return db.transaction().execute(async (tx) => {
      if ((await repo.activeStems(tx, institutionId, categoryId)).has(stemHmac(q.stem))) throw AssessmentErrors.QUESTION_DUPLICATE();
      const row = await repo.insertQuestion(tx, { institutionId, categoryId, topic: q.topic, kind: q.kind, contentEnc: sealContent(q), stemHmac: stemHmac(q.stem), by: actor.accountId, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'question_bank.question_added', targetType: 'bank_question', targetId: row.id, change: { categoryId, topic: q.topic, kind: q.kind } });
      return { questionId: row.id };
    });
  }

  /** Retired, not deleted: papers already drawn still point at it; new papers no longer draw it. */
  async function retire(actor: Actor, categoryId: string, questionId: string, requestId: string | null) {
    const institutionId = await bankOwner(actor, categoryId);
    const row = await repo.findQuestion(db, questionId);
    if (!row || row.institution_id !== institutionId || row.category_id !== categoryId || row.status !== 'active') throw AssessmentErrors.QUESTION_NOT_FOUND();
    await db.transaction().execute(async (tx) => {
      await repo.retireQuestion(tx, questionId, actor.accountId, clock.now());
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'question_bank.question_retired', targetType: 'bank_question', targetId: questionId, change: { categoryId } });
    });
  }

  /**
   * The Excel sheet, row by row: good rows are imported, duplicates (in the
   * file or already in the bank) and invalid rows are reported with reasons.
   * `dryRun` reports without importing, so the institution can fix the file first.
   */
  async function importSheet(actor: Actor, categoryId: string, file: Buffer, dryRun: boolean, requestId: string | null) {
    const institutionId = await bankOwner(actor, categoryId);
    const parsed = await parseQuestionSheet(file);
    if (!parsed) throw AssessmentErrors.QUESTION_FILE_INVALID();
    if (parsed.length > MAX_QUESTION_ROWS) throw AssessmentErrors.QUESTION_FILE_TOO_MANY_ROWS({ rows: parsed.length });
    return db.transaction().execute(async (tx) => {
      const seen = await repo.activeStems(tx, institutionId, categoryId);
      const firstRow = new Map<string, number>();
      const rows: { row: number; outcome: ImportOutcome; problems: { column: string; message: string }[] }[] = [];
      for (const r of parsed) {
        if (!r.question) {
          rows.push({ row: r.row, outcome: 'invalid', problems: r.problems });
          continue;
        }
        const hmac = stemHmac(r.question.stem);
        if (seen.has(hmac)) {
          const earlier = firstRow.get(hmac);
          rows.push({ row: r.row, outcome: 'duplicate', problems: [{ column: '题干', message: earlier ? `与第 ${earlier} 行的题干相同` : '题库中已有相同题干的试题' }] });
          continue;
        }
        seen.add(hmac);
        firstRow.set(hmac, r.row);
        if (!dryRun) await repo.insertQuestion(tx, { institutionId, categoryId, topic: r.question.topic, kind: r.question.kind, contentEnc: sealContent(r.question), stemHmac: hmac, by: actor.accountId, at: clock.now() });
        rows.push({ row: r.row, outcome: 'imported', problems: [] });
      }
      const count = (o: ImportOutcome) => rows.filter((r) => r.outcome === o).length;
      const totals = { imported: count('imported'), duplicates: count('duplicate'), invalid: count('invalid') };
      if (!dryRun) await audit.record(tx, auditActorOf(actor, requestId), { action: 'question_bank.imported', targetType: 'question_bank', targetId: `${institutionId}:${categoryId}`, change: { rows: rows.length, ...totals } });
      return { dryRun, ...totals, rows };
    });
  }

  /** Questions loaded by the platform itself (the demo bank) in the name of `createdBy`, checked like any other and audited. */
  async function seed(institutionId: string, categoryId: string, questions: QuestionInput[], createdBy: string, by: AuditActor) {
    await db.transaction().execute(async (tx) => {
      for (const input of questions) {
        const q = normalizeQuestion(input);
        if (questionProblems(q).length) throw new Error(`seed question invalid: ${q.stem}`);
        await repo.insertQuestion(tx, { institutionId, categoryId, topic: q.topic, kind: q.kind, contentEnc: sealContent(q), stemHmac: stemHmac(q.stem), by: createdBy, at: clock.now() });
      }
      await audit.record(tx, by, { action: 'question_bank.imported', targetType: 'question_bank', targetId: `${institutionId}:${categoryId}`, change: { rows: questions.length, imported: questions.length } });
    });
  }

  /** The draw's view of a bank: ids, topics and kinds, no content. */
  const pool = (institutionId: string, categoryId: string, q: Q = db) => repo.activePool(q, institutionId, categoryId);

  /** Paper questions with their content, for serving (without answers) and scoring. */
  async function contentOf(ids: string[], q: Q = db): Promise<Map<string, QuestionContent & { kind: QuestionKind }>> {
    const rows = await repo.questionsByIds(q, ids);
    return new Map(rows.map((r) => [r.id, { kind: r.kind, ...unsealContent(r.content_enc) }]));
  }

  return { summary, list, add, retire, importSheet, seed, pool, contentOf };
}

export type QuestionBanks = ReturnType<typeof createQuestionBanks>;
