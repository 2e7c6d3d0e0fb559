import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { StaffDocumentKind, StaffDuty } from '../../platform/db/schema.exams.js';

type Q = Db | Transaction<Database>;

export async function insertStaff(q: Q, s: { examInstitutionId: string; accountId: string | null; name: string; duties: StaffDuty[]; relations: { institutionId: string; relation: string }[]; at: Date }) {
  const row = await q
    .insertInto('exam_staff')
    .values({ exam_institution_id: s.examInstitutionId, account_id: s.accountId, name: s.name, duties: s.duties, created_at: s.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (s.relations.length) await q.insertInto('exam_staff_relations').values(s.relations.map((r) => ({ staff_id: row.id, institution_id: r.institutionId, relation: r.relation }))).execute();
  return row.id;
}

export async function findStaff(q: Q, id: string) {
  return q.selectFrom('exam_staff as s').innerJoin('exam_institutions as e', 'e.id', 's.exam_institution_id').selectAll('s').select('e.region_code').where('s.id', '=', id).executeTakeFirst();
}

export async function staffOfAccount(q: Q, accountId: string) {
  return q.selectFrom('exam_staff as s').innerJoin('exam_institutions as e', 'e.id', 's.exam_institution_id').selectAll('s').select('e.region_code').where('s.account_id', '=', accountId).executeTakeFirst();
}

export async function listStaff(q: Q, regionPrefixes: string[]) {
  if (!regionPrefixes.length) return [];
  return q
    .selectFrom('exam_staff as s')
    .innerJoin('exam_institutions as e', 'e.id', 's.exam_institution_id')
    .selectAll('s')
    .select('e.region_code')
    .where((eb) => eb.or(regionPrefixes.map((p) => eb('e.region_code', 'like', `${p}%`))))
    .orderBy('s.name')
    .execute();
}

export async function relationsOf(q: Q, staffIds: string[]) {
  if (!staffIds.length) return [];
  return q.selectFrom('exam_staff_relations').selectAll().where('staff_id', 'in', staffIds).execute();
}

export async function documentsOf(q: Q, staffIds: string[]) {
  if (!staffIds.length) return [];
  return q.selectFrom('exam_staff_documents').selectAll().where('staff_id', 'in', staffIds).orderBy('dated_on', 'desc').execute();
}

export async function insertDocument(q: Q, d: { staffId: string; kind: StaffDocumentKind; title: string; datedOn: string; expiresOn: string | null; result: string | null; uploadId: string | null; at: Date }) {
  const row = await q
    .insertInto('exam_staff_documents')
    .values({ staff_id: d.staffId, kind: d.kind, title: d.title, dated_on: d.datedOn, expires_on: d.expiresOn, result: d.result, upload_id: d.uploadId, created_at: d.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** N2.4 avoidance: the training institutions whose candidates were drawn into a session. */
export async function candidateInstitutionsOf(q: Q, sessionId: string) {
  const rows = await q
    .selectFrom('exam_assignments as x')
    .innerJoin('exam_applications as a', 'a.id', 'x.application_id')
    .select('a.institution_id')
    .distinct()
    .where('x.session_id', '=', sessionId)
    .execute();
  return rows.map((r) => r.institution_id);
}

export async function insertAssignment(q: Q, a: { sessionId: string; staffId: string; duty: StaffDuty; at: Date }) {
  const row = await q
    .insertInto('exam_staff_assignments')
    .values({ session_id: a.sessionId, staff_id: a.staffId, duty: a.duty, assigned_at: a.at })
    .onConflict((oc) => oc.columns(['session_id', 'staff_id']).doUpdateSet({ duty: a.duty }))
    .returning('staff_id')
    .executeTakeFirst();
  return Boolean(row);
}

export async function assignmentsOfSession(q: Q, sessionId: string) {
  return q
    .selectFrom('exam_staff_assignments as a')
    .innerJoin('exam_staff as s', 's.id', 'a.staff_id')
    .select(['a.staff_id', 'a.duty', 'a.assigned_at', 's.name'])
    .where('a.session_id', '=', sessionId)
    .orderBy('s.name')
    .execute();
}

export async function sessionIdsOfStaffAccount(q: Q, accountId: string) {
  const rows = await q.selectFrom('exam_staff_assignments as a').innerJoin('exam_staff as s', 's.id', 'a.staff_id').select('a.session_id').where('s.account_id', '=', accountId).execute();
  return rows.map((r) => r.session_id);
}

/** Demo seeding: the account behind a demo username. */
export async function accountIdByUsername(q: Q, username: string) {
  return (await q.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirst())?.id ?? null;
}
