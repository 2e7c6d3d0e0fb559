import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;

export async function insertSession(
  q: Q,
  s: { classId: string; courseId: string | null; teacherId: string; kind: 'theory' | 'practical'; topic: string; place: string; startsAt: Date; endsAt: Date; recordedBy: string; at: Date },
) {
  return q
    .insertInto('classroom_sessions')
    .values({ class_id: s.classId, course_id: s.courseId, teacher_id: s.teacherId, kind: s.kind, topic: s.topic, place: s.place, starts_at: s.startsAt, ends_at: s.endsAt, recorded_by: s.recordedBy, created_at: s.at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertSignIn(q: Q, s: { sessionId: string; learnerId: string; method: 'face' | 'signature'; blobKey: string; faceScore: number | null; seconds: number; at: Date }) {
  await q
    .insertInto('classroom_sign_ins')
    .values({ classroom_session_id: s.sessionId, learner_account_id: s.learnerId, method: s.method, evidence_blob_key: s.blobKey, face_score: s.faceScore, seconds: s.seconds, created_at: s.at })
    .execute();
}

/** Offline seconds already credited to a learner in a class, by kind (theory or practical). */
export async function offlineSecondsByKind(q: Q, learnerId: string, classId: string, kind: 'theory' | 'practical'): Promise<number> {
  const row = await q
    .selectFrom('classroom_sign_ins as i')
    .innerJoin('classroom_sessions as s', 's.id', 'i.classroom_session_id')
    .select(sql<number>`coalesce(sum(i.seconds), 0)::int8`.as('n'))
    .where('i.learner_account_id', '=', learnerId)
    .where('s.class_id', '=', classId)
    .where('s.kind', '=', kind)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function sessionsOfClass(q: Q, classId: string) {
  const sessions = await q.selectFrom('classroom_sessions').selectAll().where('class_id', '=', classId).orderBy('starts_at', 'desc').execute();
  const signIns = sessions.length
    ? await q
        .selectFrom('classroom_sign_ins')
        .select(['classroom_session_id', 'learner_account_id', 'method', 'seconds'])
        .where(
          'classroom_session_id',
          'in',
          sessions.map((s) => s.id),
        )
        .execute()
    : [];
  return { sessions, signIns };
}

export async function insertCorrection(q: Q, c: { classId: string; learnerId: string; target: 'online' | 'offline'; seconds: number; reason: string; requestedBy: string; at: Date }) {
  return q
    .insertInto('hour_corrections')
    .values({ class_id: c.classId, learner_account_id: c.learnerId, target: c.target, seconds: c.seconds, reason: c.reason, requested_by: c.requestedBy, requested_at: c.at, status: 'pending', decided_by: null, decided_at: null, decision_note: null })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function findCorrection(q: Q, id: string) {
  return q.selectFrom('hour_corrections').select(['id', 'class_id']).where('id', '=', id).executeTakeFirst();
}

export async function lockCorrection(tx: Transaction<Database>, id: string) {
  return tx.selectFrom('hour_corrections').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function decideCorrection(tx: Transaction<Database>, id: string, d: { status: 'approved' | 'rejected'; by: string; at: Date; note: string | null }) {
  await tx.updateTable('hour_corrections').set({ status: d.status, decided_by: d.by, decided_at: d.at, decision_note: d.note }).where('id', '=', id).execute();
}

export async function listCorrections(q: Q, f: { classIds: string[]; status?: 'pending' | 'approved' | 'rejected'; limit: number; offset: number }) {
  if (f.classIds.length === 0) return { rows: [], total: 0 };
  let base = q.selectFrom('hour_corrections as h').innerJoin('learners as l', 'l.account_id', 'h.learner_account_id').where('h.class_id', 'in', f.classIds);
  if (f.status) base = base.where('h.status', '=', f.status);
  const total = Number((await base.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base.selectAll('h').select(['l.name as learner_name']).orderBy('h.requested_at', 'desc').limit(f.limit).offset(f.offset).execute();
  return { rows, total };
}
