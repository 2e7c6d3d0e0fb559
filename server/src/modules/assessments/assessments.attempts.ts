import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import type { ClassesService } from '../classes/index.js';
import type { FacesService, LiveCapture } from '../faces/index.js';
import { auditActorOf } from '../identity/index.js';
import type { QuestionBanks } from './assessments.banks.js';
import { AssessmentErrors } from './assessments.errors.js';
import { faceCheckDeadline, type Finisher } from './assessments.finish.js';
import { drawPaper, shortfalls, type Random } from './assessments.paper.js';
import { faceCheckOutcome, retakeProblem } from './assessments.policy.js';
import * as repo from './assessments.repository.js';
import { LEAVE_FACE_CHECK_AFTER_SECONDS, TEST_FACE_CHECK_INTERVAL_SECONDS } from './assessments.rules.js';
import type { TestSettingsService } from './assessments.settings.js';
import { resultView } from './assessments.views.js';

type Tx = Transaction<Database>;

/**
 * A learner's attempt at a test (M23, M24): a passed live face check to start
 * or resume, a paper drawn for this attempt, answers saved one by one, random
 * face checks the server asks for, page leaves recorded, and a result when
 * the learner submits or the time is up. Correct answers never leave the server.
 */
export function createAttempts(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  faces: FacesService;
  classes: ClassesService;
  banks: QuestionBanks;
  settings: TestSettingsService;
  finisher: Finisher;
  random: Random;
  endLearning: (learnerId: string) => Promise<void>;
  /** M25: a pass may complete the training; the certificate is issued at once, after the result is committed. */
  onPassed?: (pass: { learnerId: string; classId: string }) => Promise<void>;
}) {
  const { db, clock, audit, finisher } = deps;
  const after = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);
  const nextCheckAt = (from: Date) => {
    const [lo, hi] = TEST_FACE_CHECK_INTERVAL_SECONDS;
    return after(from, lo + deps.random(hi - lo + 1));
  };
  const event = (tx: Tx, a: repo.AttemptRow, kind: string, payload: Record<string, unknown> = {}) =>
    repo.insertEvent(tx, { attemptId: a.id, learnerId: a.learner_account_id, kind, payload, at: clock.now() });

  /** Finishes the learner's open attempt if the clock says so; the attempt still open afterwards, if any. */
  async function settleOpenOf(learnerId: string): Promise<repo.AttemptRow | null> {
    return db.transaction().execute(async (tx) => {
      const a = await repo.lockOpenAttemptOf(tx, learnerId);
      if (!a) return null;
      const result = await finisher.settle(tx, a, (await repo.findTest(tx, a.test_id))!);
      return result ? null : a;
    });
  }

  /**
   * Runs `fn` on the caller's open attempt after settling it. When the attempt
   * turns out to be finished, the settling is committed and ATTEMPT_FINISHED is thrown.
   */
  async function onOpenAttempt<T>(actor: Actor, attemptId: string, fn: (tx: Tx, a: repo.AttemptRow, test: repo.TestRow) => Promise<T>): Promise<T> {
    const outcome = await db.transaction().execute(async (tx): Promise<{ finished: repo.ResultRow } | { value: T }> => {
      const a = await repo.lockAttempt(tx, attemptId);
      if (!a || a.learner_account_id !== actor.accountId) throw AssessmentErrors.ATTEMPT_NOT_FOUND();
      const test = (await repo.findTest(tx, a.test_id))!;
      const result = await finisher.settle(tx, a, test);
      if (result) return { finished: result };
      return { value: await fn(tx, a, test) };
    });
    if ('finished' in outcome) throw AssessmentErrors.ATTEMPT_FINISHED({ result: resultView(outcome.finished) });
    return outcome.value;
  }

  async function testForLearner(actor: Actor, testId: string) {
    const test = await repo.findTest(db, testId);
    const enrolment = test ? await deps.classes.enrolmentForLearning(actor.accountId, test.class_id) : null;
    if (!test || !enrolment) throw AssessmentErrors.TEST_NOT_FOUND();
    if (enrolment.status === 'locked') throw AssessmentErrors.TEST_ENROLMENT_LOCKED();
    if (enrolment.status !== 'active') throw AssessmentErrors.TEST_NOT_FOUND();
    return test;
  }

  /** The retake policy for a new attempt (issue 6), from the results so far. */
  async function assertMayStart(tx: Tx | Db, learnerId: string, test: repo.TestRow) {
    const results = (await repo.resultsOf(tx, learnerId, test.class_id)).filter((r) => r.test_id === test.id);
    const rule = await deps.settings.forCategory(test.category_id, tx);
    const history = { passed: results.some((r) => r.passed), attempts: await repo.attemptCount(tx, test.id, learnerId), lastFinishedAt: results.at(-1)?.created_at ?? null };
    const blocked = retakeProblem(history, rule, clock.now());
    if (blocked) throw AssessmentErrors[blocked.problem]({ until: blocked.until?.toISOString() ?? null });
    return rule;
  }

  /** Start a new attempt, or resume the open one (reload, other device), after a passed live face check (M24). */
  async function start(actor: Actor, testId: string, capture: LiveCapture, requestId: string | null) {
    const test = await testForLearner(actor, testId);
    const open = await settleOpenOf(actor.accountId);
    if (open && open.test_id !== testId) throw AssessmentErrors.TEST_OTHER_ATTEMPT_OPEN({ attemptId: open.id, testId: open.test_id });
    if (!open) {
      await assertMayStart(db, actor.accountId, test);
      const missing = shortfalls(await deps.banks.pool(test.institution_id, test.category_id), test.topic_weights, test.question_count);
      if (missing.length) throw AssessmentErrors.TEST_BANK_TOO_SMALL({ shortfalls: missing });
    }
    const check = await deps.faces.check(actor.accountId, capture, 'test');
    if (!check.passed) throw AssessmentErrors.TEST_FACE_CHECK_FAILED({ decision: check.decision, reason: check.message });
    await deps.endLearning(actor.accountId);
    if (open) {
      return onOpenAttempt(actor, open.id, async (tx, a, t) => {
        await event(tx, a, 'resumed', { faceScore: check.score });
        await repo.updateAttempt(tx, a.id, { face_check_due_at: null, next_face_check_at: nextCheckAt(clock.now()), left_at: null });
        return view(tx, { ...a, face_check_due_at: null }, t, actor, requestId);
      });
    }
    return db.transaction().execute(async (tx) => {
      const rule = await assertMayStart(tx, actor.accountId, test);
      const now = clock.now();
      const paper = drawPaper(await deps.banks.pool(test.institution_id, test.category_id, tx), test.topic_weights, test.question_count, deps.random);
      const a = await repo.insertAttempt(tx, {
        testId: test.id,
        learnerId: actor.accountId,
        classId: test.class_id,
        attemptNo: (await repo.attemptCount(tx, test.id, actor.accountId)) + 1,
        paper,
        passMark: rule.passMark,
        at: now,
        deadline: after(now, test.duration_minutes * 60),
        nextFaceCheckAt: nextCheckAt(now),
      });
      await event(tx, a, 'started', { faceScore: check.score, attemptNo: a.attempt_no });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'test.paper_drawn', targetType: 'test_attempt', targetId: a.id, change: { testId: test.id, questionIds: paper } });
      return view(tx, a, test, actor, requestId, false);
    });
  }

  /** The paper as the learner sees it: stems and options, never the answers. Serving it is a bank access (audited). */
  async function view(tx: Tx, a: repo.AttemptRow, test: repo.TestRow, actor: Actor, requestId: string | null, audited = true) {
    const content = await deps.banks.contentOf(a.paper, tx);
    if (audited) await audit.record(tx, auditActorOf(actor, requestId), { action: 'test.paper_served', targetType: 'test_attempt', targetId: a.id, change: { testId: test.id } });
    return {
      ...header(a, test),
      ...state(a),
      status: 'open' as const,
      questions: a.paper.map((id) => ({ id, kind: content.get(id)!.kind, stem: content.get(id)!.stem, options: content.get(id)!.options })),
      answers: a.answers,
      result: null,
    };
  }

  const header = (a: repo.AttemptRow, test: repo.TestRow) => ({ testId: test.id, classId: test.class_id, title: test.title, attemptNo: a.attempt_no, passMark: a.pass_mark, startedAt: a.started_at.toISOString() });

  function state(a: repo.AttemptRow) {
    return {
      attemptId: a.id,
      deadline: a.deadline_at.toISOString(),
      serverNow: clock.now().toISOString(),
      faceCheckDue: a.face_check_due_at !== null,
      faceCheckDeadline: faceCheckDeadline(a)?.toISOString() ?? null,
      answeredCount: Object.keys(a.answers).length,
    };
  }

  /** The attempt page: the paper while open, the result once finished (time up, voided or submitted). */
  async function get(actor: Actor, attemptId: string, requestId: string | null) {
    return db.transaction().execute(async (tx) => {
      const a = await repo.lockAttempt(tx, attemptId);
      if (!a || a.learner_account_id !== actor.accountId) throw AssessmentErrors.ATTEMPT_NOT_FOUND();
      const test = (await repo.findTest(tx, a.test_id))!;
      const result = await finisher.settle(tx, a, test);
      if (!result) return view(tx, a, test, actor, requestId);
      return { ...header(a, test), ...state(a), status: 'finished' as const, questions: [], answers: {}, result: resultView(result) };
    });
  }

  const poll = (actor: Actor, attemptId: string) => onOpenAttempt(actor, attemptId, async (_tx, a) => state(a));

  /** One answer, saved as the learner goes (a lost phone connection loses nothing); each save is an event. */
  async function answer(actor: Actor, attemptId: string, input: { questionId: string; choice: number[] }) {
    return onOpenAttempt(actor, attemptId, async (tx, a) => {
      if (!a.paper.includes(input.questionId)) throw AssessmentErrors.ATTEMPT_QUESTION_NOT_IN_PAPER();
      if (a.face_check_due_at) throw AssessmentErrors.ATTEMPT_FACE_CHECK_DUE();
      const choice = [...new Set(input.choice)].sort((x, y) => x - y);
      const answers = { ...a.answers, [input.questionId]: choice };
      await repo.updateAttempt(tx, a.id, { answers: JSON.stringify(answers) });
      await event(tx, a, 'answer', { questionId: input.questionId, choice });
      return state({ ...a, answers });
    });
  }

  /** A random check the server asked for (or a voluntary one): see faceCheckOutcome for what each decision does. */
  async function faceCheck(actor: Actor, attemptId: string, capture: LiveCapture) {
    await onOpenAttempt(actor, attemptId, async () => null);
    const check = await deps.faces.check(actor.accountId, capture, 'test');
    const outcome = faceCheckOutcome(check.decision);
    let voided = false;
    await onOpenAttempt(actor, attemptId, async (tx, a, test) => {
      await event(tx, a, 'face_check', { decision: check.decision, score: check.score, outcome });
      if (outcome === 'passed') await repo.updateAttempt(tx, a.id, { face_check_due_at: null, next_face_check_at: nextCheckAt(clock.now()) });
      if (outcome === 'void') {
        await deps.finisher.finish(tx, a, test, { finishedBy: 'face_check', voidReason: check.decision });
        voided = true;
      }
    });
    return { decision: check.decision, passed: check.passed, message: check.message, voided };
  }

  /** Leaving the page is recorded (M24); a long absence makes a face check due on return. */
  async function pageEvent(actor: Actor, attemptId: string, kind: 'hidden' | 'visible') {
    return onOpenAttempt(actor, attemptId, async (tx, a) => {
      const now = clock.now();
      if (kind === 'hidden') {
        await event(tx, a, 'page_hidden');
        if (!a.left_at) await repo.updateAttempt(tx, a.id, { left_at: now });
        return state(a);
      }
      const awaySeconds = a.left_at ? (now.getTime() - a.left_at.getTime()) / 1000 : 0;
      await event(tx, a, 'page_visible', { awaySeconds });
      const dueNow = awaySeconds >= LEAVE_FACE_CHECK_AFTER_SECONDS && !a.face_check_due_at;
      await repo.updateAttempt(tx, a.id, { left_at: null, ...(dueNow ? { face_check_due_at: now } : {}) });
      return state({ ...a, face_check_due_at: dueNow ? now : a.face_check_due_at });
    });
  }

  /** Hand in the paper. A due face check comes first: whoever submits must be the learner. */
  async function submit(actor: Actor, attemptId: string) {
    const result = await onOpenAttempt(actor, attemptId, async (tx, a, test) => {
      if (a.face_check_due_at) throw AssessmentErrors.ATTEMPT_FACE_CHECK_DUE();
      return finisher.finish(tx, a, test, { finishedBy: 'submitted' });
    });
    if (result.passed) await deps.onPassed?.({ learnerId: result.learner_account_id, classId: result.class_id });
    return resultView(result);
  }

  return { settleOpenOf, start, get, poll, answer, faceCheck, pageEvent, submit, assertMayStart };
}

export type Attempts = ReturnType<typeof createAttempts>;
