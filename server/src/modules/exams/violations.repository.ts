import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;

export interface NewViolation {
  subjectType: 'site' | 'exam_institution' | 'staff';
  subjectId: string;
  kind: string;
  description: string;
  evidence: unknown;
  sessionId: string | null;
  source: 'manual' | 'system';
  recordedBy: string | null;
  at: Date;
}

export async function insertViolation(q: Q, v: NewViolation) {
  const row = await q
    .insertInto('exam_violations')
    .values({
      subject_type: v.subjectType,
      subject_id: v.subjectId,
      kind: v.kind,
      description: v.description,
      evidence: JSON.stringify(v.evidence),
      session_id: v.sessionId,
      source: v.source,
      recorded_by: v.recordedBy,
      recorded_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findViolation(q: Q, id: string) {
  return q.selectFrom('exam_violations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listViolations(q: Q, f: { subjectIds: string[]; limit: number; offset: number }) {
  if (!f.subjectIds.length) return { items: [], total: 0 };
  const base = q.selectFrom('exam_violations').where('subject_id', 'in', f.subjectIds);
  const [items, total] = await Promise.all([
    base.selectAll().orderBy('recorded_at', 'desc').orderBy('id').limit(f.limit).offset(f.offset).execute(),
    base.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export interface NewMeasure {
  violationId: string;
  measure: string;
  deadline: string | null;
  startsOn: string | null;
  endsOn: string | null;
  note: string;
  decidedBy: string;
  at: Date;
}

export async function insertMeasure(q: Q, m: NewMeasure) {
  const row = await q
    .insertInto('exam_measures')
    .values({ violation_id: m.violationId, measure: m.measure, deadline: m.deadline, starts_on: m.startsOn, ends_on: m.endsOn, note: m.note, decided_by: m.decidedBy, decided_at: m.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function measuresOf(q: Q, violationIds: string[]) {
  if (!violationIds.length) return [];
  return q.selectFrom('exam_measures').selectAll().where('violation_id', 'in', violationIds).orderBy('decided_at').execute();
}

export async function findMeasure(q: Q, id: string) {
  return q.selectFrom('exam_measures as m').innerJoin('exam_violations as v', 'v.id', 'm.violation_id').selectAll('m').select(['v.subject_type', 'v.subject_id']).where('m.id', '=', id).executeTakeFirst();
}

export async function markRectified(q: Q, id: string, at: Date) {
  await q.updateTable('exam_measures').set({ rectified_at: at }).where('id', '=', id).execute();
}

/** Rectification orders for a subject whose deadline passed before `day` without rectification (N3.2: then revoke). */
export async function overdueRectifications(q: Q, subjectId: string, day: string) {
  return q
    .selectFrom('exam_measures as m')
    .innerJoin('exam_violations as v', 'v.id', 'm.violation_id')
    .select('m.id')
    .where('v.subject_id', '=', subjectId)
    .where('m.measure', '=', 'rectify')
    .where('m.rectified_at', 'is', null)
    .where('m.deadline', '<', day)
    .execute();
}

/** Published sanctions (N3: violations punished and published), newest first. */
export async function publicSanctions(q: Q, measures: string[], limit: number, offset: number) {
  const base = q.selectFrom('exam_measures as m').innerJoin('exam_violations as v', 'v.id', 'm.violation_id').where('m.measure', 'in', measures).where('v.subject_type', 'in', ['site', 'exam_institution']);
  const [items, total] = await Promise.all([
    base.select(['m.id', 'm.measure', 'm.starts_on', 'm.ends_on', 'm.decided_at', 'm.note', 'v.subject_type', 'v.subject_id', 'v.kind']).orderBy('m.decided_at', 'desc').orderBy('m.id').limit(limit).offset(offset).execute(),
    base.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function insertSpotCheck(q: Q, c: { target: 'exception' | 'video_patrol'; applicationId: string | null; sessionId: string | null; outcome: 'compliant' | 'problem'; notes: string; by: string; at: Date }) {
  const row = await q
    .insertInto('exam_spot_checks')
    .values({ target: c.target, application_id: c.applicationId, session_id: c.sessionId, outcome: c.outcome, notes: c.notes, checked_by: c.by, checked_at: c.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function spotChecks(q: Q, limit: number) {
  return q.selectFrom('exam_spot_checks').selectAll().orderBy('checked_at', 'desc').limit(limit).execute();
}
