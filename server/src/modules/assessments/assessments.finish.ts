import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';
import type { QuestionBanks } from './assessments.banks.js';
import * as repo from './assessments.repository.js';
import { SUBMIT_GRACE_SECONDS, TEST_FACE_CHECK_GRACE_SECONDS } from './assessments.rules.js';
import { scorePaper } from './assessments.scoring.js';

type Tx = Transaction<Database>;

export interface Finish {
  finishedBy: 'submitted' | 'timeout' | 'face_check';
  /** Set when the attempt is voided: it counts as an attempt, scores 0 and never passes. */
  voidReason?: string;
}

const plus = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000);

/**
 * Ending an attempt: the answers saved so far are scored against the sealed
 * answers, and the result is written once to the append-only results table.
 */
export function createFinisher(deps: { clock: Clock; banks: QuestionBanks }) {
  const { clock } = deps;

  async function finish(tx: Tx, a: repo.AttemptRow, test: repo.TestRow, how: Finish) {
    const now = clock.now();
    const leaveCount = await repo.eventCount(tx, a.id, 'page_hidden');
    let scored = { correct: 0, total: a.paper.length, score: 0 };
    if (!how.voidReason) {
      const content = await deps.banks.contentOf(a.paper, tx);
      scored = scorePaper(
        a.paper.map((id) => ({ id, kind: content.get(id)!.kind, answer: content.get(id)!.answer })),
        a.answers,
      );
    }
    await repo.updateAttempt(tx, a.id, { status: 'finished' });
    const result = await repo.insertResult(tx, {
      attemptId: a.id,
      testId: test.id,
      classId: a.class_id,
      courseId: test.course_id,
      learnerId: a.learner_account_id,
      title: test.title,
      outcome: how.voidReason ? 'voided' : 'scored',
      ...scored,
      passMark: a.pass_mark,
      leaveCount,
      finishedBy: how.finishedBy,
      voidReason: how.voidReason ?? null,
      at: now,
    });
    await repo.insertEvent(tx, { attemptId: a.id, learnerId: a.learner_account_id, kind: 'finished', payload: { finishedBy: how.finishedBy, score: result.score, voidReason: how.voidReason ?? null }, at: now });
    return result;
  }

  /**
   * Brings an open attempt up to the server's clock. A random face check falls
   * due at the first request after its time, so the learner is always told
   * before the grace period runs; no answer or submission is taken while it is
   * due, so staying silent gains nothing. A check missed past its grace voids
   * the attempt; time up (with the submit grace) scores what was saved.
   * Returns the result once finished.
   */
  async function settle(tx: Tx, a: repo.AttemptRow, test: repo.TestRow): Promise<repo.ResultRow | null> {
    if (a.status === 'finished') return (await repo.resultOfAttempt(tx, a.id)) ?? null;
    const now = clock.now();
    const timeoutAt = plus(a.deadline_at, SUBMIT_GRACE_SECONDS);
    const missedAt = a.face_check_due_at ? plus(a.face_check_due_at, TEST_FACE_CHECK_GRACE_SECONDS) : null;
    if (missedAt && now > missedAt && missedAt <= timeoutAt) {
      await repo.insertEvent(tx, { attemptId: a.id, learnerId: a.learner_account_id, kind: 'face_check_missed', payload: { dueAt: a.face_check_due_at!.toISOString() }, at: now });
      return finish(tx, a, test, { finishedBy: 'face_check', voidReason: 'face_check_missed' });
    }
    if (now > timeoutAt) return finish(tx, a, test, { finishedBy: 'timeout' });
    if (!a.face_check_due_at && now >= a.next_face_check_at) {
      await repo.updateAttempt(tx, a.id, { face_check_due_at: now });
      a.face_check_due_at = now;
      await repo.insertEvent(tx, { attemptId: a.id, learnerId: a.learner_account_id, kind: 'face_check_due', payload: {}, at: now });
    }
    return null;
  }

  return { finish, settle };
}

export type Finisher = ReturnType<typeof createFinisher>;
export const faceCheckDeadline = (a: repo.AttemptRow) => (a.face_check_due_at ? plus(a.face_check_due_at, TEST_FACE_CHECK_GRACE_SECONDS) : null);
