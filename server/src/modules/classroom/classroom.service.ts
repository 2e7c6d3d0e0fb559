import { Readable } from 'node:stream';
import type { BlobStore } from '../../platform/blob/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import type { AuditService } from '../audit/index.js';
import { ClassErrors, type ClassesService } from '../classes/index.js';
import type { FacesService } from '../faces/index.js';
import { auditActorOf } from '../identity/index.js';
import { institutionOf, type InstitutionsService } from '../institutions/index.js';
import { appendHours, ledgerSeconds } from '../learning/index.js';
import { SECONDS_PER_STUDY_HOUR } from '../learning/integrity.rules.js';
import { regulatorPrefixes } from '../regions/index.js';
import { ClassroomErrors } from './classroom.errors.js';
import * as repo from './classroom.repository.js';

/** One classroom session is at most a working day. */
export const MAX_CLASSROOM_SECONDS = 8 * 3600;
/** A signature image on the sign-in list: small, PNG or JPEG. */
export const MAX_SIGNATURE_BYTES = 500 * 1024;

export type SignIn = { learnerId: string; method: 'face'; image: Buffer } | { learnerId: string; method: 'signature'; image: Buffer };

export interface ClassroomInput {
  kind: 'theory' | 'practical';
  courseId: string | null;
  teacherId: string;
  topic: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  signIns: SignIn[];
}

const isPngOrJpeg = (b: Buffer) => (b[0] === 0x89 && b.subarray(1, 4).toString() === 'PNG') || (b[0] === 0xff && b[1] === 0xd8);

/**
 * Offline hours (M19, issue 6 item 5): the institution records a classroom
 * session with its approved teacher and a sign-in list — each learner by a live
 * face check or a signature image — and each learner present is credited the
 * session's length, never beyond the class's planned face-to-face hours.
 * Corrections to anyone's hours are requested by the institution and take
 * effect only when a regulator of the class's region approves them; both are
 * audited and land in the ledger as new rows (M16).
 */
export function createClassroomService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  blobs: BlobStore;
  classes: ClassesService;
  institutions: InstitutionsService;
  faces: FacesService;
  /** New hours may complete a class: certificates are issued at once (M25). */
  onCreditConfirmed: (credit: { learnerId: string; classId: string }) => Promise<void>;
}) {
  const { db, clock, audit } = deps;

  async function ownClass(actor: Actor, classId: string) {
    const cls = await deps.classes.get(actor, classId);
    if (cls.institutionId !== institutionOf(actor)) throw ClassErrors.CLASS_NOT_FOUND();
    return cls;
  }

  async function record(actor: Actor, classId: string, input: ClassroomInput, requestId: string | null) {
    const cls = await ownClass(actor, classId);
    const seconds = Math.floor((input.endsAt.getTime() - input.startsAt.getTime()) / 1000);
    if (seconds <= 0 || seconds > MAX_CLASSROOM_SECONDS || input.endsAt > clock.now()) throw ClassroomErrors.CLASSROOM_PERIOD_INVALID();
    if (!(await deps.institutions.isApprovedTeacher(cls.institutionId, input.teacherId))) throw ClassroomErrors.CLASSROOM_TEACHER_NOT_APPROVED();
    const enrolled = new Set(cls.enrolments.filter((e) => e.status === 'active' || e.status === 'completed').map((e) => e.learnerId));
    const learners = new Set(input.signIns.map((s) => s.learnerId));
    if (learners.size !== input.signIns.length || input.signIns.some((s) => !enrolled.has(s.learnerId))) throw ClassroomErrors.CLASSROOM_LEARNER_NOT_ENROLLED();
    if (input.signIns.some((s) => s.method === 'signature' && (s.image.length > MAX_SIGNATURE_BYTES || !isPngOrJpeg(s.image)))) throw ClassroomErrors.CLASSROOM_SIGNATURE_INVALID();

    // Face sign-ins are checked before anything is saved: one failure and the list is sent back whole.
    const scores = new Map<string, number>();
    for (const s of input.signIns.filter((x) => x.method === 'face')) {
      const check = await deps.faces.check(s.learnerId, { image: s.image }, 'classroom');
      if (!check.passed) throw ClassroomErrors.CLASSROOM_SIGN_IN_FAILED({ learnerId: s.learnerId, decision: check.decision, reason: check.message });
      scores.set(s.learnerId, check.score);
    }
    const evidence = new Map<string, string>();
    for (const s of input.signIns) evidence.set(s.learnerId, (await deps.blobs.put(Readable.from([s.image]))).key);

    const planned = (input.kind === 'theory' ? cls.plan.offlineTheoryHours : cls.plan.practicalHours) * SECONDS_PER_STUDY_HOUR;
    const recorded = await db.transaction().execute(async (tx) => {
      const now = clock.now();
      const session = await repo.insertSession(tx, { classId, courseId: input.courseId, teacherId: input.teacherId, kind: input.kind, topic: input.topic, place: input.place, startsAt: input.startsAt, endsAt: input.endsAt, recordedBy: actor.accountId, at: now });
      const credited: { learnerId: string; seconds: number }[] = [];
      for (const s of input.signIns) {
        const already = await repo.offlineSecondsByKind(tx, s.learnerId, classId, input.kind);
        const credit = Math.max(0, Math.min(seconds, planned - already));
        await repo.insertSignIn(tx, { sessionId: session.id, learnerId: s.learnerId, method: s.method, blobKey: evidence.get(s.learnerId)!, faceScore: scores.get(s.learnerId) ?? null, seconds: credit, at: now });
        if (credit > 0) {
          await appendHours(tx, {
            kind: 'offline',
            learnerId: s.learnerId,
            classId,
            courseId: input.courseId,
            lessonId: null,
            sessionId: null,
            seconds: credit,
            evidence: { classroomSessionId: session.id, kind: input.kind, signIn: s.method, teacherId: input.teacherId },
            at: now,
          });
        }
        credited.push({ learnerId: s.learnerId, seconds: credit });
      }
      await audit.record(tx, auditActorOf(actor, requestId), {
        action: 'classroom.recorded',
        targetType: 'class',
        targetId: classId,
        change: { classroomSessionId: session.id, kind: input.kind, teacherId: input.teacherId, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), signIns: credited },
      });
      return { classroomSessionId: session.id, seconds, credited };
    });
    for (const c of recorded.credited.filter((x) => x.seconds > 0)) await deps.onCreditConfirmed({ learnerId: c.learnerId, classId });
    return recorded;
  }

  async function listSessions(actor: Actor, classId: string) {
    await deps.classes.get(actor, classId);
    const { sessions, signIns } = await repo.sessionsOfClass(db, classId);
    return sessions.map((s) => ({
      id: s.id,
      kind: s.kind,
      courseId: s.course_id,
      teacherId: s.teacher_id,
      topic: s.topic,
      place: s.place,
      startsAt: s.starts_at.toISOString(),
      endsAt: s.ends_at.toISOString(),
      signIns: signIns.filter((i) => i.classroom_session_id === s.id).map((i) => ({ learnerId: i.learner_account_id, method: i.method, seconds: i.seconds })),
    }));
  }

  async function requestCorrection(actor: Actor, classId: string, input: { learnerId: string; target: 'online' | 'offline'; seconds: number; reason: string }, requestId: string | null) {
    if (input.seconds === 0) throw CommonErrors.VALIDATION_FAILED({ field: 'seconds' });
    const cls = await ownClass(actor, classId);
    if (!cls.enrolments.some((e) => e.learnerId === input.learnerId)) throw ClassroomErrors.CLASSROOM_LEARNER_NOT_ENROLLED();
    return db.transaction().execute(async (tx) => {
      const row = await repo.insertCorrection(tx, { classId, ...input, requestedBy: actor.accountId, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'hours.correction_requested', targetType: 'hour_correction', targetId: row.id, change: { classId, ...input } });
      return { correctionId: row.id };
    });
  }

  /** Which classes the caller may see corrections of: its own institution's, or those in its regions. */
  async function visibleClassIds(actor: Actor): Promise<string[]> {
    return (await deps.classes.list(actor)).map((c) => c.id);
  }

  /** M16: a class page asks for its own corrections; the filter narrows the caller's scope, never widens it. */
  async function listCorrections(actor: Actor, q: { status?: 'pending' | 'approved' | 'rejected'; classId?: string; page: number; pageSize: number }) {
    const visible = await visibleClassIds(actor);
    const classIds = q.classId ? visible.filter((id) => id === q.classId) : visible;
    const { rows, total } = await repo.listCorrections(db, { classIds, status: q.status, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        classId: r.class_id,
        learnerId: r.learner_account_id,
        learnerName: r.learner_name,
        target: r.target,
        seconds: r.seconds,
        reason: r.reason,
        status: r.status,
        requestedAt: r.requested_at.toISOString(),
        decidedAt: r.decided_at?.toISOString() ?? null,
        decisionNote: r.decision_note,
      })),
    };
  }

  /** A regulator of the class's region approves (the ledger gets a correction row) or rejects; never the requester's side. */
  async function decideCorrection(actor: Actor, id: string, input: { approve: boolean; note: string | null }, requestId: string | null) {
    const found = await repo.findCorrection(db, id);
    const cls = found ? await deps.classes.get(actor, found.class_id).catch(() => null) : null;
    if (!cls || !regulatorPrefixes(actor).some((p) => cls.regionCode.startsWith(p))) throw ClassroomErrors.CORRECTION_NOT_FOUND();
    const decided = await db.transaction().execute(async (tx) => {
      const c = (await repo.lockCorrection(tx, id))!;
      if (c.status !== 'pending') throw ClassroomErrors.CORRECTION_DECIDED();
      const now = clock.now();
      if (input.approve) {
        const held = await ledgerSeconds(tx, c.learner_account_id, c.class_id, c.target);
        const cap = c.target === 'online' ? cls.required.maxOnlineHours * SECONDS_PER_STUDY_HOUR : Number.POSITIVE_INFINITY;
        if (held + c.seconds < 0 || held + c.seconds > cap) throw ClassroomErrors.CORRECTION_OUT_OF_RANGE({ heldSeconds: held });
        await appendHours(tx, {
          kind: 'correction',
          learnerId: c.learner_account_id,
          classId: c.class_id,
          courseId: null,
          lessonId: null,
          sessionId: null,
          seconds: c.seconds,
          evidence: { correctionId: c.id, target: c.target, requestedBy: c.requested_by },
          reason: c.reason,
          approvedBy: actor.accountId,
          at: now,
        });
      }
      await repo.decideCorrection(tx, id, { status: input.approve ? 'approved' : 'rejected', by: actor.accountId, at: now, note: input.note });
      await audit.record(tx, auditActorOf(actor, requestId), { action: input.approve ? 'hours.correction_approved' : 'hours.correction_rejected', targetType: 'hour_correction', targetId: id, change: { note: input.note } });
      return { status: input.approve ? ('approved' as const) : ('rejected' as const), learnerId: c.learner_account_id, classId: c.class_id };
    });
    if (decided.status === 'approved') await deps.onCreditConfirmed({ learnerId: decided.learnerId, classId: decided.classId });
    return { status: decided.status };
  }

  return { record, listSessions, requestCorrection, listCorrections, decideCorrection };
}

export type ClassroomService = ReturnType<typeof createClassroomService>;
