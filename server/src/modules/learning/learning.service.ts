import { randomInt, randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import { createBatcher } from '../../platform/db/batcher.js';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import { shanghaiDay } from '../audit/index.js';
import type { CatalogueService } from '../catalogue/index.js';
import type { ClassesService } from '../classes/index.js';
import type { FacesService, LiveCapture } from '../faces/index.js';
import { creditHeartbeat, type Heartbeat } from './integrity.credit.js';
import { addInterval, type Interval } from './integrity.intervals.js';
import { CHALLENGE_ANSWER_SECONDS, FACE_CHECK_GRACE_SECONDS, LESSON_DONE_TOLERANCE_SECONDS, MAX_FACE_FAILURES_BEFORE_LOCK, studyHours } from './integrity.rules.js';
import { LearningErrors } from './learning.errors.js';
import * as repo from './learning.repository.js';
import type { LearningSettingsService } from './learning.settings.js';

type Tx = Transaction<Database>;

/** What a heartbeat is answered (DESIGN §5.2–5.4). */
export interface HeartbeatAnswer {
  credited: number;
  reason: string;
  pendingSeconds: number;
  challenge: { id: string; question: string; options: string[]; deadline: string; missed: boolean } | null;
  faceCheckDue: boolean;
  locked: boolean;
}

/** Heartbeats per statement, and statements at the database at once (bench/heartbeat sizes them). */
const HEARTBEAT_BATCH = { maxSize: 200, maxInFlight: 4 };

/**
 * Learning sessions under the integrity protocol (M24, DESIGN §5). Credit is
 * provisional until the next passed face check; a failed or missed check, or
 * a session that ends without one, voids it. Confirmed credit goes to the
 * append-only hour ledger, capped per day and by the class's online cap (M19).
 */
export function createLearningService(deps: {
  db: Db;
  clock: Clock;
  classes: ClassesService;
  catalogue: CatalogueService;
  faces: FacesService;
  settings: LearningSettingsService;
  random?: (n: number) => number;
  /** Called after credit is confirmed in the ledger (M25: certificates are issued the moment a class completes). */
  onCreditConfirmed: (credit: { learnerId: string; classId: string }) => Promise<void>;
}) {
  const { db, clock } = deps;
  const random = deps.random ?? ((n: number) => randomInt(n));
  const between = ([lo, hi]: readonly [number, number]) => lo + random(hi - lo + 1);
  const after = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

  const event = (tx: Tx | Db, s: { id: string; learner_account_id: string }, kind: string, payload: Record<string, unknown> = {}) =>
    repo.insertEvent(tx, { sessionId: s.id, learnerId: s.learner_account_id, kind, payload, at: clock.now() });

  /** Throws away the provisional credit of a session (failed or missed check, or no checkpoint). */
  async function voidPending(tx: Tx, s: repo.SessionRow, reason: string) {
    if (s.pending_seconds > 0) await event(tx, s, 'credit_voided', { seconds: s.pending_seconds, reason });
    await repo.updateSession(tx, s.id, { pending_seconds: 0, pending_segments: '[]' });
    s.pending_seconds = 0;
    s.pending_segments = [];
  }

  /** A passed checkpoint: provisional credit becomes ledger credit, within the daily and class caps. */
  async function confirmPending(tx: Tx, s: repo.SessionRow, checkpoint: string) {
    const progress = await repo.progressFor(tx, s.learner_account_id, s.lesson_id);
    let watched: Interval[] = progress?.watched ?? [];
    for (const [a, b] of s.pending_segments) watched = addInterval(watched, a, b);
    const furthest = Math.max(progress?.furthest ?? 0, ...s.pending_segments.map(([, b]) => b));
    const seconds = Math.floor(Math.min(s.pending_seconds, await remainingAllowance(tx, s)));
    if (seconds > 0) {
      await repo.appendHours(tx, {
        kind: 'online',
        learnerId: s.learner_account_id,
        classId: s.class_id,
        courseId: s.course_id,
        lessonId: s.lesson_id,
        sessionId: s.id,
        seconds,
        evidence: { checkpoint, segments: s.pending_segments },
        at: clock.now(),
      });
      await event(tx, s, 'credit_confirmed', { seconds, checkpoint });
    }
    await repo.saveProgress(tx, { learnerId: s.learner_account_id, lessonId: s.lesson_id, watched, furthest, confirmedSeconds: (progress?.confirmed_seconds ?? 0) + seconds });
    await repo.updateSession(tx, s.id, {
      pending_seconds: 0,
      pending_segments: '[]',
      base_watched: JSON.stringify(watched),
      base_furthest: furthest,
      allowance_seconds: await remainingAllowance(tx, s),
      allowance_day: shanghaiDay(clock.now()),
    });
  }

  /** What may still be credited: today's cap and the class's online cap, whichever is smaller. */
  async function remainingAllowance(tx: Tx, s: { learner_account_id: string; class_id: string; max_online_seconds: number }) {
    const dayStart = new Date(`${shanghaiDay(clock.now())}T00:00:00+08:00`);
    const today = await repo.onlineSecondsSince(tx, s.learner_account_id, dayStart);
    const forClass = await repo.ledgerSeconds(tx, s.learner_account_id, s.class_id, 'online');
    const { dailyCapSeconds } = await deps.settings.current(tx);
    return Math.max(0, Math.min(dailyCapSeconds - today, s.max_online_seconds - forClass));
  }

  async function registerFaceFailure(tx: Tx, s: repo.SessionRow, kind: 'face_check_failed' | 'face_check_missed', detail: Record<string, unknown>) {
    await event(tx, s, kind, detail);
    await voidPending(tx, s, kind);
    return (await repo.faceFailuresOfEnrolment(tx, s.enrolment_id)) >= MAX_FACE_FAILURES_BEFORE_LOCK;
  }

  async function lockIfNeeded(shouldLock: boolean, s: repo.SessionRow) {
    if (!shouldLock) return false;
    await deps.classes.lockEnrolment(s.enrolment_id, '多次人脸核验未通过或未完成', { accountId: null, role: 'system', scope: 'learning-integrity', requestId: null });
    await db.transaction().execute(async (tx) => {
      await repo.updateSession(tx, s.id, { status: 'ended', end_reason: 'locked', ended_at: clock.now() });
      await event(tx, s, 'end', { reason: 'locked' });
    });
    return true;
  }

  /** Ends the learner's active sessions (their unconfirmed credit is voided): a new lesson elsewhere, or a test starting. */
  async function endSessionsOf(tx: Tx, learnerId: string, reason: 'superseded' | 'test_started', detail: Record<string, unknown>) {
    for (const old of await repo.activeSessionsOf(tx, learnerId)) {
      await voidPending(tx, old, reason);
      await repo.updateSession(tx, old.id, { status: 'ended', end_reason: reason, ended_at: clock.now() });
      await event(tx, old, 'end', { reason, ...detail });
    }
  }

  /** Test time is never credited (M23, M25): a test starting ends any lesson still running on another device. */
  async function endForTest(learnerId: string) {
    await db.transaction().execute((tx) => endSessionsOf(tx, learnerId, 'test_started', {}));
  }

  /**
 * DESIGN §5.1: a passed live face check, then one active session per learner (a new one ends the old).
 * The start event keeps the device and address: one of them serving several learners is a signal (DESIGN §5.7).
 */
  async function start(actor: Actor, input: { classId: string; lessonId: string; deviceId: string; capture: LiveCapture; clientIp?: string }) {
    const enrolment = await deps.classes.enrolmentForLearning(actor.accountId, input.classId);
    const lesson = await deps.catalogue.lessonForLearning(input.lessonId);
    if (!enrolment || !lesson || !enrolment.courseIds.includes(lesson.courseId)) throw LearningErrors.LEARNING_NOT_ENROLLED();
    if (enrolment.status === 'locked') throw LearningErrors.LEARNING_ENROLMENT_LOCKED();
    // A completed (结业) learner may go over the lessons again; the caps still bound what is credited.
    if (enrolment.status !== 'active' && enrolment.status !== 'completed') throw LearningErrors.LEARNING_NOT_ENROLLED();
    const check = await deps.faces.check(actor.accountId, input.capture, 'lesson_start');
    if (!check.passed) throw LearningErrors.LEARNING_FACE_CHECK_FAILED({ decision: check.decision, reason: check.message });
    const settings = await deps.settings.current();

    return db.transaction().execute(async (tx) => {
      await repo.lockLearner(tx, actor.accountId);
      const now = clock.now();
      await endSessionsOf(tx, actor.accountId, 'superseded', { by: input.deviceId });
      const row = await repo.insertSession(tx, {
        learnerId: actor.accountId,
        enrolmentId: enrolment.enrolmentId,
        classId: input.classId,
        courseId: lesson.courseId,
        lessonId: lesson.lessonId,
        duration: lesson.durationSeconds,
        maxOnlineSeconds: enrolment.maxOnlineSeconds,
        deviceId: input.deviceId,
        at: now,
        nextFaceCheckAt: after(now, between(settings.faceCheckIntervalSeconds)),
        nextChallengeAt: after(now, between(settings.challengeIntervalSeconds)),
      });
      await repo.insertEvent(tx, { sessionId: row.id, learnerId: actor.accountId, kind: 'start', payload: { lessonId: lesson.lessonId, deviceId: input.deviceId, clientIp: input.clientIp ?? null, faceScore: check.score }, at: now });
      const progress = await repo.readProgress(tx, actor.accountId, lesson.lessonId);
      await repo.updateSession(tx, row.id, {
        base_watched: JSON.stringify(progress?.watched ?? []),
        base_furthest: progress?.furthest ?? 0,
        allowance_seconds: await remainingAllowance(tx, { learner_account_id: actor.accountId, class_id: input.classId, max_online_seconds: enrolment.maxOnlineSeconds }),
        allowance_day: shanghaiDay(now),
      });
      return {
        sessionId: row.id,
        resumeAt: progress?.furthest ?? 0,
        lessonDuration: lesson.durationSeconds,
        confirmedSeconds: progress?.confirmed_seconds ?? 0,
        heartbeatSeconds: settings.heartbeatSeconds,
        lesson: { title: lesson.title, kind: lesson.kind, textContent: lesson.textContent },
      };
    });
  }

  async function ownActiveSession(tx: Tx, actor: Actor, sessionId: string) {
    const s = await repo.lockSession(tx, sessionId);
    if (!s || s.learner_account_id !== actor.accountId) throw LearningErrors.LEARNING_SESSION_NOT_FOUND();
    if (s.status !== 'active') throw LearningErrors.LEARNING_SESSION_ENDED({ reason: s.end_reason });
    return s;
  }

  /**
   * DESIGN §5.2–5.4 for one heartbeat, from the session as read: the credit,
   * what to write back and what to answer. Pure apart from drawing a new
   * challenge; both heartbeat paths below use it.
   */
  function judge(s: repo.SessionRow, hb: Heartbeat, now: Date, ctx: { challenge: repo.SessionRow['challenge']; faceOverdue: boolean; allowanceBase: number; idempotencyKey: string | null }) {
    const { challenge } = ctx;
    const allowance = ctx.allowanceBase - s.pending_seconds;
    let watched: Interval[] = s.base_watched;
    for (const [a, b] of s.pending_segments) watched = addInterval(watched, a, b);
    const furthest = Math.max(s.base_furthest, ...s.pending_segments.map(([, b]) => b));
    const verdict = creditHeartbeat(
      { ...s.playback, furthest, watched },
      hb,
      { serverNow: now.getTime(), lessonDuration: s.lesson_duration, creditAllowed: !challenge && !ctx.faceOverdue && allowance > 0 },
    );
    const credit = Math.min(verdict.credit, Math.max(0, allowance));
    // Kept as a union: back-to-back heartbeats extend one segment instead of adding one each.
    const segments = verdict.segment && credit > 0 ? addInterval(s.pending_segments, ...verdict.segment) : s.pending_segments;
    const nextChallenge = !challenge && now >= s.next_challenge_at ? newChallenge(now) : challenge;
    const faceDue = s.face_check_due_at ?? (now >= s.next_face_check_at ? now : null);
    const result = answerOf(credit, verdict.reason, { pendingSeconds: s.pending_seconds + credit, challenge: nextChallenge, faceCheckDue: faceDue });
    // The beat's key and verdict are kept, so a retry of it (its answer was lost) is answered the same; a duplicate keeps the earlier ones.
    const answered = verdict.reason === 'duplicate'
      ? { lastKey: s.playback.lastKey ?? null, lastCredit: s.playback.lastCredit ?? 0, lastReason: s.playback.lastReason ?? 'duplicate' }
      : { lastKey: ctx.idempotencyKey, lastCredit: credit, lastReason: verdict.reason };
    return {
      verdict,
      newChallenge: nextChallenge !== challenge ? nextChallenge : null,
      next: {
        playback: { lastSeq: verdict.state.lastSeq, lastServerAt: verdict.state.lastServerAt, lastPosition: verdict.state.lastPosition, ...answered },
        pending_seconds: s.pending_seconds + credit,
        pending_segments: segments,
        face_check_due_at: faceDue,
      },
      ...(nextChallenge !== challenge ? { challenge: nextChallenge } : {}),
      event: { seq: hb.seq, position: hb.mediaPosition, playing: hb.playing, visible: hb.visible, focused: hb.focused, credit, reason: verdict.reason },
      result,
    };
  }

  /** What a heartbeat is told: its credit, and the session as it now stands. */
  function answerOf(credited: number, reason: string, session: { pendingSeconds: number; challenge: repo.SessionRow['challenge']; faceCheckDue: Date | null }): HeartbeatAnswer {
    const c = session.challenge;
    return {
      credited,
      reason,
      pendingSeconds: session.pendingSeconds,
      challenge: c ? { id: c.id, question: c.question, options: c.options, deadline: c.deadline, missed: c.missed } : null,
      faceCheckDue: session.faceCheckDue !== null,
      locked: false,
    };
  }

  /**
   * A retried beat (same Idempotency-Key, same seq) is answered as it was, from the session it left behind
   * (nothing else has changed it, or the seq would have moved on), and changes nothing.
   */
  function replayOf(s: repo.SessionRow, hb: Heartbeat, key: string | null): HeartbeatAnswer | null {
    if (key === null || s.playback.lastKey !== key || s.playback.lastSeq !== hb.seq) return null;
    return answerOf(s.playback.lastCredit ?? 0, s.playback.lastReason ?? 'credited', { pendingSeconds: s.pending_seconds, challenge: s.challenge, faceCheckDue: s.face_check_due_at });
  }

  /** A heartbeat that needs no more than its own row and event: nothing expired, no new challenge, the same day. */
  function isPlain(s: repo.SessionRow, now: Date): boolean {
    const challengeExpiring = s.challenge !== null && !s.challenge.missed && now.getTime() > Date.parse(s.challenge.deadline);
    const faceExpiring = s.face_check_due_at !== null && !s.face_check_missed && now.getTime() > after(s.face_check_due_at, FACE_CHECK_GRACE_SECONDS).getTime();
    const challengeDue = s.challenge === null && now >= s.next_challenge_at;
    return !challengeExpiring && !faceExpiring && !challengeDue && s.allowance_day === shanghaiDay(now);
  }

  /**
   * Heartbeats arrive from every learner every ~15 s (60 k at peak, DESIGN §1):
   * the session reads and the plain writes of concurrent beats are batched,
   * one statement each per batch. A session is written at most once per
   * batch; a second beat of it in the same batch was judged against the same
   * state, so it loses and is judged again on the locked path.
   */
  const readSession = createBatcher(async (ids: string[]) => {
    const rows = new Map((await repo.readSessions(db, [...new Set(ids)])).map((r) => [r.id, r]));
    return ids.map((id) => {
      const row = rows.get(id);
      return row && { ...row };
    });
  }, HEARTBEAT_BATCH);
  const applyPlain = createBatcher(async (beats: repo.PlainHeartbeat[]) => {
    const first = new Map<string, repo.PlainHeartbeat>();
    for (const b of beats) if (!first.has(b.sessionId)) first.set(b.sessionId, b);
    const applied = await repo.applyHeartbeats(db, [...first.values()]);
    return beats.map((b) => first.get(b.sessionId) === b && applied.has(b.sessionId));
  }, HEARTBEAT_BATCH);

  /**
   * DESIGN §5.2–5.4 on each heartbeat; only the server's clock counts. Most
   * heartbeats take the plain path: one read, then one statement that updates
   * the session only if no other heartbeat got there first (the seq it was
   * judged against) and appends the event — both batched with concurrent
   * beats. Anything else — a race, an expired challenge or face check, a new
   * challenge, a new day — takes the locked path.
   */
  async function heartbeat(actor: Actor, sessionId: string, hb: Heartbeat, idempotencyKey: string | null = null) {
    const s = await readSession(sessionId);
    if (!s || s.learner_account_id !== actor.accountId) throw LearningErrors.LEARNING_SESSION_NOT_FOUND();
    if (s.status !== 'active') throw LearningErrors.LEARNING_SESSION_ENDED({ reason: s.end_reason });
    const replay = replayOf(s, hb, idempotencyKey);
    if (replay) return replay;
    const now = clock.now();
    if (isPlain(s, now)) {
      const j = judge(s, hb, now, { challenge: s.challenge, faceOverdue: s.face_check_missed, allowanceBase: s.allowance_seconds, idempotencyKey });
      if (j.verdict.reason === 'duplicate') return j.result;
      const applied = await applyPlain({ sessionId, judgedSeq: s.playback.lastSeq, next: j.next, learnerId: s.learner_account_id, payload: j.event, at: now });
      if (applied) return j.result;
    }
    return lockedHeartbeat(actor, sessionId, hb, idempotencyKey);
  }

  async function lockedHeartbeat(actor: Actor, sessionId: string, hb: Heartbeat, idempotencyKey: string | null) {
    let lock = false;
    let session: repo.SessionRow | undefined;
    const result = await db.transaction().execute(async (tx) => {
      const s = await ownActiveSession(tx, actor, sessionId);
      const replay = replayOf(s, hb, idempotencyKey);
      if (replay) return replay;
      session = s;
      const now = clock.now();
      let challenge = s.challenge;
      if (challenge && !challenge.missed && now.getTime() > Date.parse(challenge.deadline)) {
        challenge = { ...challenge, missed: true };
        await event(tx, s, 'challenge_missed', { challengeId: challenge.id });
        await voidPending(tx, s, 'challenge_missed');
        await repo.updateSession(tx, s.id, { challenge: JSON.stringify(challenge) });
      }
      let faceOverdue = s.face_check_missed;
      if (s.face_check_due_at && !s.face_check_missed && now.getTime() > after(s.face_check_due_at, FACE_CHECK_GRACE_SECONDS).getTime()) {
        faceOverdue = true;
        lock = await registerFaceFailure(tx, s, 'face_check_missed', {});
        await repo.updateSession(tx, s.id, { face_check_missed: true });
      }

      // The allowance snapshot is refreshed at checkpoints, and here when the day turns (the daily cap resets).
      const today = shanghaiDay(now);
      const base = s.allowance_day === today ? s.allowance_seconds : await remainingAllowance(tx, s);
      if (s.allowance_day !== today) await repo.updateSession(tx, s.id, { allowance_seconds: base, allowance_day: today });
      const j = judge(s, hb, now, { challenge, faceOverdue, allowanceBase: base, idempotencyKey });
      const { playback, pending_seconds, pending_segments, face_check_due_at } = j.next;
      await repo.updateSession(tx, s.id, {
        playback: JSON.stringify(playback),
        pending_seconds,
        pending_segments: JSON.stringify(pending_segments),
        face_check_due_at,
        ...(j.challenge !== undefined ? { challenge: JSON.stringify(j.challenge) } : {}),
      });
      if (j.verdict.reason !== 'duplicate') await event(tx, s, 'heartbeat', j.event);
      if (j.newChallenge) await event(tx, s, 'challenge_issued', { challengeId: j.newChallenge.id });
      return j.result;
    });
    const locked = session ? await lockIfNeeded(lock, session) : false;
    return { ...result, locked };
  }

  /** DESIGN §5.3: a random attention question the learner must answer within 60 s. */
  function newChallenge(now: Date) {
    const answer = String(1 + random(9));
    const options = new Set([answer]);
    while (options.size < 4) options.add(String(1 + random(9)));
    const shuffled = [...options].sort(() => random(3) - 1);
    return { id: randomUUID(), question: `请点击数字「${answer}」，确认您正在学习`, options: shuffled, answer, deadline: after(now, CHALLENGE_ANSWER_SECONDS).toISOString(), missed: false };
  }

  async function answerChallenge(actor: Actor, sessionId: string, input: { challengeId: string; answer: string }) {
    const { challengeIntervalSeconds } = await deps.settings.current();
    return db.transaction().execute(async (tx) => {
      const s = await ownActiveSession(tx, actor, sessionId);
      if (!s.challenge || s.challenge.id !== input.challengeId) throw LearningErrors.LEARNING_CHALLENGE_NOT_FOUND();
      const now = clock.now();
      if (input.answer !== s.challenge.answer) {
        const next = newChallenge(now);
        await event(tx, s, 'challenge_wrong', { challengeId: s.challenge.id });
        await repo.updateSession(tx, s.id, { challenge: JSON.stringify(next) });
        return { accepted: false, challenge: { id: next.id, question: next.question, options: next.options, deadline: next.deadline, missed: false } };
      }
      await event(tx, s, 'challenge_answered', { challengeId: s.challenge.id, late: s.challenge.missed });
      await repo.updateSession(tx, s.id, { challenge: null, next_challenge_at: after(now, between(challengeIntervalSeconds)) });
      return { accepted: true, challenge: null };
    });
  }

  /** DESIGN §5.4: a random face check passed confirms the provisional credit; failed voids it. */
  async function faceCheck(actor: Actor, sessionId: string, capture: LiveCapture) {
    await db.transaction().execute((tx) => ownActiveSession(tx, actor, sessionId));
    const check = await deps.faces.check(actor.accountId, capture, 'lesson_random');
    const { faceCheckIntervalSeconds } = await deps.settings.current();
    let lock = false;
    let session: repo.SessionRow | undefined;
    const confirmed = await db.transaction().execute(async (tx) => {
      const s = await ownActiveSession(tx, actor, sessionId);
      session = s;
      const pending = s.pending_seconds;
      if (check.passed) {
        await event(tx, s, 'face_check_passed', { score: check.score });
        await confirmPending(tx, s, 'face_check');
        await repo.updateSession(tx, s.id, { face_check_due_at: null, face_check_missed: false, next_face_check_at: after(clock.now(), between(faceCheckIntervalSeconds)) });
        return pending;
      }
      lock = await registerFaceFailure(tx, s, 'face_check_failed', { decision: check.decision, score: check.score });
      return 0;
    });
    const locked = session ? await lockIfNeeded(lock, session) : false;
    if (session && confirmed > 0) await deps.onCreditConfirmed({ learnerId: session.learner_account_id, classId: session.class_id });
    return { decision: check.decision, passed: check.passed, message: check.message, confirmedSeconds: Math.floor(confirmed), voided: !check.passed, locked };
  }

  /** Ending a lesson: a final face check confirms what is pending; without one it is voided. */
  async function end(actor: Actor, sessionId: string, capture: LiveCapture | null) {
    const result = capture ? await faceCheck(actor, sessionId, capture) : null;
    await db.transaction().execute(async (tx) => {
      const s = await repo.lockSession(tx, sessionId);
      if (!s || s.learner_account_id !== actor.accountId || s.status !== 'active') return;
      await voidPending(tx, s, 'ended_without_checkpoint');
      await repo.updateSession(tx, s.id, { status: 'ended', end_reason: 'closed', ended_at: clock.now() });
      await event(tx, s, 'end', { reason: 'closed' });
    });
    return { confirmedSeconds: result?.confirmedSeconds ?? 0, passed: result?.passed ?? false };
  }

  /** M25: hours by class and course, summed from the ledger. */
  async function myHours(actor: Actor) {
    const rows = await repo.hoursByCourse(db, actor.accountId);
    const classes = new Map<string, { classId: string; onlineSeconds: number; offlineSeconds: number; courses: Record<string, number> }>();
    for (const r of rows) {
      const c = classes.get(r.class_id) ?? { classId: r.class_id, onlineSeconds: 0, offlineSeconds: 0, courses: {} };
      const seconds = Number(r.seconds);
      if (r.target === 'offline') c.offlineSeconds += seconds;
      else c.onlineSeconds += seconds;
      if (r.course_id) c.courses[r.course_id] = (c.courses[r.course_id] ?? 0) + seconds;
      classes.set(r.class_id, c);
    }
    return [...classes.values()].map((c) => ({ ...c, onlineStudyHours: studyHours(c.onlineSeconds), offlineStudyHours: studyHours(c.offlineSeconds) }));
  }

  /**
   * The learner's class page (M25): every lesson with the credit confirmed so
   * far and where to resume, the class's hours from the ledger, and the next
   * lesson to study.
   */
  async function classOutline(actor: Actor, classId: string) {
    const enrolment = await deps.classes.enrolmentForLearning(actor.accountId, classId);
    if (!enrolment) throw LearningErrors.LEARNING_NOT_ENROLLED();
    const courses = await deps.catalogue.lessonOutlines(enrolment.courseIds);
    const lessonIds = courses.flatMap((c) => c.lessons.map((l) => l.id));
    const progress = new Map((await repo.progressOfLessons(db, actor.accountId, lessonIds)).map((p) => [p.lesson_id, p]));
    const withProgress = courses.map((c) => ({
      ...c,
      lessons: c.lessons.map((l) => {
        const p = progress.get(l.id);
        const confirmedSeconds = Math.floor(p?.confirmed_seconds ?? 0);
        return { ...l, confirmedSeconds, resumeAt: p?.furthest ?? 0, done: confirmedSeconds >= l.durationSeconds - LESSON_DONE_TOLERANCE_SECONDS };
      }),
    }));
    const next = withProgress.flatMap((c) => c.lessons).find((l) => !l.done);
    const hours = new Map((await repo.hoursOfClass(db, actor.accountId, classId)).map((r) => [r.target, Number(r.seconds)]));
    const onlineSeconds = hours.get('online') ?? 0;
    const offlineSeconds = hours.get('offline') ?? 0;
    return {
      classId,
      className: enrolment.className,
      status: enrolment.status,
      onlineSeconds,
      offlineSeconds,
      onlineStudyHours: studyHours(onlineSeconds),
      plannedOnlineSeconds: enrolment.plannedOnlineSeconds,
      maxOnlineSeconds: enrolment.maxOnlineSeconds,
      nextLessonId: next?.id ?? null,
      courses: withProgress,
    };
  }

  /** A lesson's media streams only to the learner of an active session on it: no session, no playback. */
  async function sessionMedia(actor: Actor, sessionId: string) {
    const s = await repo.findSession(db, sessionId);
    if (!s || s.learner_account_id !== actor.accountId) throw LearningErrors.LEARNING_SESSION_NOT_FOUND();
    if (s.status !== 'active') throw LearningErrors.LEARNING_SESSION_ENDED({ reason: s.end_reason });
    return deps.catalogue.mediaForLearning(s.lesson_id);
  }

  return { start, endForTest, heartbeat, answerChallenge, faceCheck, end, myHours, classOutline, sessionMedia };
}

export type LearningService = ReturnType<typeof createLearningService>;
