import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database, QuestionKind } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;
type Tx = Transaction<Database>;

// Question banks

export async function activePool(q: Q, institutionId: string, categoryId: string) {
  return q.selectFrom('bank_questions').select(['id', 'topic', 'kind']).where('institution_id', '=', institutionId).where('category_id', '=', categoryId).where('status', '=', 'active').execute();
}

export async function bankCounts(q: Q, institutionId: string) {
  return q
    .selectFrom('bank_questions')
    .select(['category_id', 'topic', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'active')
    .groupBy(['category_id', 'topic', 'kind'])
    .execute();
}

export async function listQuestions(q: Q, f: { institutionId: string; categoryId: string; topic?: string; before?: { at: Date; id: string }; limit: number }) {
  let query = q.selectFrom('bank_questions').selectAll().where('institution_id', '=', f.institutionId).where('category_id', '=', f.categoryId).where('status', '=', 'active');
  if (f.topic) query = query.where('topic', '=', f.topic);
  if (f.before) {
    const { at, id } = f.before;
    query = query.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]));
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

export async function findQuestion(q: Q, id: string) {
  return q.selectFrom('bank_questions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function questionsByIds(q: Q, ids: string[]) {
  if (!ids.length) return [];
  return q.selectFrom('bank_questions').select(['id', 'kind', 'content_enc']).where('id', 'in', ids).execute();
}

export async function activeStems(q: Q, institutionId: string, categoryId: string): Promise<Set<string>> {
  const rows = await q.selectFrom('bank_questions').select('stem_hmac').where('institution_id', '=', institutionId).where('category_id', '=', categoryId).where('status', '=', 'active').execute();
  return new Set(rows.map((r) => r.stem_hmac));
}

export async function insertQuestion(tx: Tx, r: { institutionId: string; categoryId: string; topic: string; kind: QuestionKind; contentEnc: string; stemHmac: string; by: string; at: Date }) {
  return tx
    .insertInto('bank_questions')
    .values({ institution_id: r.institutionId, category_id: r.categoryId, topic: r.topic, kind: r.kind, content_enc: r.contentEnc, stem_hmac: r.stemHmac, created_by: r.by, created_at: r.at, retired_at: null, retired_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function retireQuestion(tx: Tx, id: string, by: string, at: Date) {
  await tx.updateTable('bank_questions').set({ status: 'retired', retired_at: at, retired_by: by }).where('id', '=', id).execute();
}

// Province settings (append-only: the newest row per category applies)

export async function latestSettings(q: Q) {
  return q.selectFrom('test_settings').selectAll().distinctOn('category_id').orderBy('category_id').orderBy('id', 'desc').execute();
}

export async function settingsFor(q: Q, categoryId: string) {
  return q.selectFrom('test_settings').selectAll().where('category_id', '=', categoryId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function insertSettings(tx: Tx, r: { categoryId: string; passMark: number; maxAttempts: number; cooldownMinutes: number; note: string; by: string; at: Date }) {
  return tx
    .insertInto('test_settings')
    .values({ category_id: r.categoryId, pass_mark: r.passMark, max_attempts: r.maxAttempts, cooldown_minutes: r.cooldownMinutes, note: r.note, created_by: r.by, created_at: r.at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

// Tests defined per class

export async function insertTest(
  tx: Tx,
  r: { institutionId: string; classId: string; courseId: string | null; categoryId: string; title: string; questionCount: number; durationMinutes: number; weights: Record<string, number>; by: string; at: Date },
) {
  return tx
    .insertInto('class_tests')
    .values({
      institution_id: r.institutionId,
      class_id: r.classId,
      course_id: r.courseId,
      category_id: r.categoryId,
      title: r.title,
      question_count: r.questionCount,
      duration_minutes: r.durationMinutes,
      topic_weights: JSON.stringify(r.weights),
      created_by: r.by,
      created_at: r.at,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
}

export async function testsOfClass(q: Q, classId: string) {
  return q.selectFrom('class_tests').selectAll().where('class_id', '=', classId).orderBy('course_id', (ob) => ob.nullsLast()).orderBy('created_at').execute();
}

export async function findTest(q: Q, id: string) {
  return q.selectFrom('class_tests').selectAll().where('id', '=', id).executeTakeFirst();
}

export type TestRow = NonNullable<Awaited<ReturnType<typeof findTest>>>;

// Attempts, results and events

export async function lockOpenAttemptOf(tx: Tx, learnerId: string) {
  return tx.selectFrom('test_attempts').selectAll().where('learner_account_id', '=', learnerId).where('status', '=', 'open').forUpdate().executeTakeFirst();
}

export async function lockAttempt(tx: Tx, id: string) {
  return tx.selectFrom('test_attempts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export type AttemptRow = NonNullable<Awaited<ReturnType<typeof lockAttempt>>>;

export async function insertAttempt(
  tx: Tx,
  r: { testId: string; learnerId: string; classId: string; attemptNo: number; paper: string[]; passMark: number; at: Date; deadline: Date; nextFaceCheckAt: Date },
) {
  return tx
    .insertInto('test_attempts')
    .values({
      test_id: r.testId,
      learner_account_id: r.learnerId,
      class_id: r.classId,
      attempt_no: r.attemptNo,
      paper: JSON.stringify(r.paper),
      pass_mark: r.passMark,
      started_at: r.at,
      deadline_at: r.deadline,
      status: 'open',
      next_face_check_at: r.nextFaceCheckAt,
      face_check_due_at: null,
      left_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateAttempt(
  tx: Tx,
  id: string,
  patch: Partial<{ status: 'finished'; answers: string; next_face_check_at: Date; face_check_due_at: Date | null; left_at: Date | null }>,
) {
  await tx.updateTable('test_attempts').set(patch).where('id', '=', id).execute();
}

export async function attemptCount(q: Q, testId: string, learnerId: string): Promise<number> {
  const row = await q.selectFrom('test_attempts').select((eb) => eb.fn.countAll<number>().as('n')).where('test_id', '=', testId).where('learner_account_id', '=', learnerId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertResult(
  tx: Tx,
  r: {
    attemptId: string;
    testId: string;
    classId: string;
    courseId: string | null;
    learnerId: string;
    title: string;
    outcome: 'scored' | 'voided';
    score: number;
    passMark: number;
    correct: number;
    total: number;
    leaveCount: number;
    finishedBy: 'submitted' | 'timeout' | 'face_check';
    voidReason: string | null;
    at: Date;
  },
) {
  return tx
    .insertInto('test_results')
    .values({
      attempt_id: r.attemptId,
      test_id: r.testId,
      class_id: r.classId,
      course_id: r.courseId,
      learner_account_id: r.learnerId,
      title: r.title,
      outcome: r.outcome,
      score: r.score,
      pass_mark: r.passMark,
      passed: r.outcome === 'scored' && r.score >= r.passMark,
      correct: r.correct,
      total: r.total,
      leave_count: r.leaveCount,
      finished_by: r.finishedBy,
      void_reason: r.voidReason,
      created_at: r.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function resultOfAttempt(q: Q, attemptId: string) {
  return q.selectFrom('test_results').selectAll().where('attempt_id', '=', attemptId).executeTakeFirst();
}

export async function resultsOf(q: Q, learnerId: string, classId: string) {
  return q.selectFrom('test_results').selectAll().where('learner_account_id', '=', learnerId).where('class_id', '=', classId).orderBy('id').execute();
}

export type ResultRow = Awaited<ReturnType<typeof resultsOf>>[number];

export async function insertEvent(tx: Tx, e: { attemptId: string; learnerId: string; kind: string; payload: Record<string, unknown>; at: Date }) {
  await tx.insertInto('test_events').values({ attempt_id: e.attemptId, learner_account_id: e.learnerId, kind: e.kind, payload: JSON.stringify(e.payload), created_at: e.at }).execute();
}

export async function eventCount(q: Q, attemptId: string, kind: string): Promise<number> {
  const row = await q.selectFrom('test_events').select(sql<number>`count(*)`.as('n')).where('attempt_id', '=', attemptId).where('kind', '=', kind).executeTakeFirstOrThrow();
  return Number(row.n);
}
