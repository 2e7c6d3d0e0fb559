import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { Interval } from './integrity.intervals.js';

type Q = Db | Transaction<Database>;
type Tx = Transaction<Database>;

/**
 * Serialises lesson starts of one learner across transactions and server
 * replicas (DESIGN §5.1): without it, two simultaneous starts both find the
 * same old session and the second insert hits the one-active index.
 */
export async function lockLearner(tx: Tx, learnerId: string) {
  await tx.selectFrom('accounts').select('id').where('id', '=', learnerId).forUpdate().execute();
}

export async function activeSessionsOf(tx: Tx, learnerId: string) {
  return tx.selectFrom('learning_sessions').selectAll().where('learner_account_id', '=', learnerId).where('status', '=', 'active').forUpdate().execute();
}

export async function lockSession(tx: Tx, id: string) {
  return tx.selectFrom('learning_sessions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export type SessionRow = NonNullable<Awaited<ReturnType<typeof lockSession>>>;

/** Sessions by id, for a batch of heartbeats (plain SQL: it runs for every beat, and building it cost more than answering it). */
export async function readSessions(q: Q, ids: string[]): Promise<SessionRow[]> {
  const { rows } = await sql<SessionRow>`select * from learning_sessions where id = any(${ids}::uuid[])`.execute(q);
  return rows;
}

/** A plain heartbeat as judged: the session state to write if nobody got there first, and its event. */
export interface PlainHeartbeat {
  sessionId: string;
  judgedSeq: number;
  next: { playback: SessionRow['playback']; pending_seconds: number; pending_segments: Interval[]; face_check_due_at: Date | null };
  learnerId: string;
  payload: Record<string, unknown>;
  at: Date;
}

/**
 * Plain heartbeats of distinct sessions in one statement: each session is
 * updated only if it is still active and still at the seq it was judged
 * against, and its event is appended only if it was. Returns the sessions
 * applied; the others lost a race (another heartbeat, an ending) and must be
 * judged again.
 */
export async function applyHeartbeats(q: Q, beats: PlainHeartbeat[]): Promise<Set<string>> {
  const input = JSON.stringify(
    beats.map((b) => ({ id: b.sessionId, judged_seq: b.judgedSeq, ...b.next, learner: b.learnerId, payload: b.payload, at: b.at })),
  );
  const { rows } = await sql<{ session_id: string }>`
    with input as (
      select * from jsonb_to_recordset(${input}::jsonb) as x(
        id uuid, judged_seq int, playback jsonb, pending_seconds float8, pending_segments jsonb,
        face_check_due_at timestamptz, learner uuid, payload jsonb, at timestamptz)
    ), applied as (
      update learning_sessions s
         set playback = i.playback, pending_seconds = i.pending_seconds,
             pending_segments = i.pending_segments, face_check_due_at = i.face_check_due_at
        from input i
       where s.id = i.id and s.status = 'active' and (s.playback->>'lastSeq')::int = i.judged_seq
      returning s.id
    )
    insert into learning_events (session_id, learner_account_id, kind, payload, created_at)
    select i.id, i.learner, 'heartbeat', i.payload, i.at from input i join applied a on a.id = i.id
    returning session_id`.execute(q);
  return new Set(rows.map((r) => r.session_id));
}

export async function insertSession(
  tx: Tx,
  s: { learnerId: string; enrolmentId: string; classId: string; courseId: string; lessonId: string; duration: number; maxOnlineSeconds: number; deviceId: string; at: Date; nextFaceCheckAt: Date; nextChallengeAt: Date },
) {
  return tx
    .insertInto('learning_sessions')
    .values({
      learner_account_id: s.learnerId,
      enrolment_id: s.enrolmentId,
      class_id: s.classId,
      course_id: s.courseId,
      lesson_id: s.lessonId,
      lesson_duration: s.duration,
      max_online_seconds: s.maxOnlineSeconds,
      device_id: s.deviceId,
      status: 'active',
      end_reason: null,
      started_at: s.at,
      ended_at: null,
      playback: JSON.stringify({ lastSeq: 0, lastServerAt: null, lastPosition: 0 }),
      next_face_check_at: s.nextFaceCheckAt,
      face_check_due_at: null,
      next_challenge_at: s.nextChallengeAt,
      challenge: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

type SessionPatch = Partial<{
  status: 'active' | 'ended';
  end_reason: string | null;
  ended_at: Date | null;
  playback: string;
  pending_seconds: number;
  pending_segments: string;
  next_face_check_at: Date;
  face_check_due_at: Date | null;
  face_check_missed: boolean;
  next_challenge_at: Date;
  challenge: string | null;
  base_watched: string;
  base_furthest: number;
  allowance_seconds: number;
  allowance_day: string;
}>;

export async function updateSession(tx: Tx, id: string, patch: SessionPatch) {
  await tx.updateTable('learning_sessions').set(patch).where('id', '=', id).execute();
}

export async function progressFor(tx: Tx, learnerId: string, lessonId: string) {
  return tx.selectFrom('lesson_progress').selectAll().where('learner_account_id', '=', learnerId).where('lesson_id', '=', lessonId).forUpdate().executeTakeFirst();
}

export async function readProgress(q: Q, learnerId: string, lessonId: string) {
  return q.selectFrom('lesson_progress').selectAll().where('learner_account_id', '=', learnerId).where('lesson_id', '=', lessonId).executeTakeFirst();
}

export async function saveProgress(tx: Tx, p: { learnerId: string; lessonId: string; watched: Interval[]; furthest: number; confirmedSeconds: number }) {
  await tx
    .insertInto('lesson_progress')
    .values({ learner_account_id: p.learnerId, lesson_id: p.lessonId, watched: JSON.stringify(p.watched), furthest: p.furthest, confirmed_seconds: p.confirmedSeconds })
    .onConflict((oc) =>
      oc.columns(['learner_account_id', 'lesson_id']).doUpdateSet({ watched: JSON.stringify(p.watched), furthest: p.furthest, confirmed_seconds: p.confirmedSeconds }),
    )
    .execute();
}

export async function insertEvent(q: Q, e: { sessionId: string; learnerId: string; kind: string; payload: Record<string, unknown>; at: Date }) {
  await q.insertInto('learning_events').values({ session_id: e.sessionId, learner_account_id: e.learnerId, kind: e.kind, payload: JSON.stringify(e.payload), created_at: e.at }).execute();
}

/** The one way into the append-only hour ledger: online credit, offline classroom hours, approved corrections (M16). */
export async function appendHours(
  q: Q,
  c: {
    learnerId: string;
    classId: string;
    courseId: string | null;
    lessonId: string | null;
    sessionId: string | null;
    kind: 'online' | 'offline' | 'correction';
    seconds: number;
    evidence: Record<string, unknown>;
    reason?: string;
    approvedBy?: string;
    at: Date;
  },
) {
  await q
    .insertInto('hour_ledger')
    .values({
      learner_account_id: c.learnerId,
      class_id: c.classId,
      course_id: c.courseId,
      lesson_id: c.lessonId,
      session_id: c.sessionId,
      kind: c.kind,
      seconds: c.seconds,
      evidence: JSON.stringify(c.evidence),
      reason: c.reason ?? null,
      approved_by: c.approvedBy ?? null,
      created_at: c.at,
    })
    .execute();
}

/** Online seconds credited to a learner since a moment (the daily cap). */
export async function onlineSecondsSince(q: Q, learnerId: string, since: Date): Promise<number> {
  const row = await q
    .selectFrom('hour_ledger')
    .select(sql<number>`coalesce(sum(seconds), 0)::int8`.as('s'))
    .where('learner_account_id', '=', learnerId)
    .where('kind', '=', 'online')
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.s);
}

/** Seconds a learner holds in a class, online or offline, with the approved corrections for that target (the M19 cap; never below zero). */
export async function ledgerSeconds(q: Q, learnerId: string, classId: string, target: 'online' | 'offline'): Promise<number> {
  const row = await q
    .selectFrom('hour_ledger')
    .select(sql<number>`coalesce(sum(seconds), 0)::int8`.as('s'))
    .where('learner_account_id', '=', learnerId)
    .where('class_id', '=', classId)
    .where((eb) => eb.or([eb('kind', '=', target), eb.and([eb('kind', '=', 'correction'), eb(sql.ref('evidence'), '@>', sql<never>`${JSON.stringify({ target })}::jsonb`)])]))
    .executeTakeFirstOrThrow();
  return Number(row.s);
}

export async function faceFailuresOfEnrolment(q: Q, enrolmentId: string): Promise<number> {
  const row = await q
    .selectFrom('learning_events as e')
    .innerJoin('learning_sessions as s', 's.id', 'e.session_id')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('s.enrolment_id', '=', enrolmentId)
    .where('e.kind', 'in', ['face_check_failed', 'face_check_missed'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A ledger row counts toward online or offline hours; a correction toward the target it names. */
const TARGET = sql<'online' | 'offline'>`case when kind = 'correction' then evidence->>'target' else kind end`;

export async function hoursByCourse(q: Q, learnerId: string) {
  return q
    .selectFrom('hour_ledger')
    .select(['class_id', 'course_id', TARGET.as('target'), sql<number>`sum(seconds)::int8`.as('seconds')])
    .where('learner_account_id', '=', learnerId)
    .groupBy(['class_id', 'course_id', sql`3`])
    .execute();
}


export async function progressOfLessons(q: Q, learnerId: string, lessonIds: string[]) {
  if (lessonIds.length === 0) return [];
  return q.selectFrom('lesson_progress').select(['lesson_id', 'furthest', 'confirmed_seconds']).where('learner_account_id', '=', learnerId).where('lesson_id', 'in', lessonIds).execute();
}

export async function hoursOfClass(q: Q, learnerId: string, classId: string) {
  return q
    .selectFrom('hour_ledger')
    .select([TARGET.as('target'), sql<number>`sum(seconds)::int8`.as('seconds')])
    .where('learner_account_id', '=', learnerId)
    .where('class_id', '=', classId)
    .groupBy(sql`1`)
    .execute();
}

export async function findSession(q: Q, id: string) {
  return q.selectFrom('learning_sessions').select(['id', 'learner_account_id', 'lesson_id', 'status', 'end_reason']).where('id', '=', id).executeTakeFirst();
}
