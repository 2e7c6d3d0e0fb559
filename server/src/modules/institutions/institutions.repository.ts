import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Classroom, Database } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;

export interface NewInstitution {
  id?: string;
  name: string;
  creditCode: string;
  address: string;
  regionCode: string;
  legalRepresentative: string;
  contactName: string;
  contactPhone: string;
}

export async function insertInstitution(q: Q, i: NewInstitution) {
  return q
    .insertInto('institutions')
    .values({
      ...(i.id ? { id: i.id } : {}),
      name: i.name,
      credit_code: i.creditCode,
      address: i.address,
      region_code: i.regionCode,
      legal_representative: i.legalRepresentative,
      contact_name: i.contactName,
      contact_phone: i.contactPhone,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function findInstitutionByCreditCode(q: Q, creditCode: string) {
  return q.selectFrom('institutions').select('id').where('credit_code', '=', creditCode).executeTakeFirst();
}

export async function findInstitution(q: Q, id: string) {
  return q.selectFrom('institutions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function registrationsOf(q: Q, institutionId: string) {
  return q.selectFrom('institution_registrations').selectAll().where('institution_id', '=', institutionId).orderBy('submitted_at').execute();
}

export async function findRegistration(q: Q, id: string) {
  return q
    .selectFrom('institution_registrations as r')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .selectAll('r')
    .select(['i.name as institution_name', 'i.region_code as institution_region'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function findRegistrationFor(q: Q, institutionId: string, cityCode: string) {
  return q.selectFrom('institution_registrations').selectAll().where('institution_id', '=', institutionId).where('city_code', '=', cityCode).executeTakeFirst();
}

export async function insertRegistration(q: Q, r: { institutionId: string; cityCode: string; categories: string[]; classrooms: Classroom[]; offlineReport: string; at: Date }) {
  return q
    .insertInto('institution_registrations')
    .values({
      institution_id: r.institutionId,
      city_code: r.cityCode,
      status: 'submitted',
      categories: r.categories,
      classrooms: JSON.stringify(r.classrooms),
      offline_report: r.offlineReport,
      submitted_at: r.at,
      registered_at: null,
      online_published_at: null,
      decision_reason: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

type RegistrationPatch = Partial<{
  status: 'submitted' | 'registered' | 'rejected' | 'cancelled';
  online_status: 'none' | 'declared' | 'published' | 'rejected';
  categories: string[];
  registered_at: Date | null;
  online_published_at: Date | null;
  decision_reason: string | null;
}>;

export async function updateRegistration(q: Q, id: string, patch: RegistrationPatch) {
  await q.updateTable('institution_registrations').set(patch).where('id', '=', id).execute();
}

export async function insertApplication(q: Q, a: { registrationId: string; kind: 'registration' | 'online' | 'scope_change' | 'cancellation'; payload: Record<string, unknown>; submittedBy: string; at: Date }) {
  return q
    .insertInto('institution_applications')
    .values({
      registration_id: a.registrationId,
      kind: a.kind,
      payload: JSON.stringify(a.payload),
      status: 'pending',
      submitted_by: a.submittedBy,
      submitted_at: a.at,
      decided_by: null,
      decided_at: null,
      reason: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function hasPendingApplication(q: Q, registrationId: string): Promise<boolean> {
  const row = await q.selectFrom('institution_applications').select('id').where('registration_id', '=', registrationId).where('status', '=', 'pending').executeTakeFirst();
  return Boolean(row);
}

export async function findApplication(q: Q, id: string) {
  return q
    .selectFrom('institution_applications as a')
    .innerJoin('institution_registrations as r', 'r.id', 'a.registration_id')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .selectAll('a')
    .select(['r.city_code', 'r.institution_id', 'i.region_code as institution_region'])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export async function decideApplication(q: Q, id: string, d: { status: 'approved' | 'rejected'; by: string; at: Date; reason: string | null }) {
  const res = await q
    .updateTable('institution_applications')
    .set({ status: d.status, decided_by: d.by, decided_at: d.at, reason: d.reason })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Applications a regulator may see: the city reported to, or the institution's location, inside one of `prefixes`. */
export async function listApplications(
  q: Q,
  f: { prefixes: string[]; status?: 'pending' | 'approved' | 'rejected'; cityCode?: string; before?: { at: Date; id: string }; limit: number },
) {
  let query = q
    .selectFrom('institution_applications as a')
    .innerJoin('institution_registrations as r', 'r.id', 'a.registration_id')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .select([
      'a.id',
      'a.kind',
      'a.payload',
      'a.status',
      'a.submitted_at',
      'a.decided_at',
      'a.reason',
      'r.id as registration_id',
      'r.city_code',
      'r.status as registration_status',
      'r.online_status',
      'r.categories',
      'r.classrooms',
      'r.offline_report',
      'i.id as institution_id',
      'i.name as institution_name',
      'i.credit_code',
      'i.region_code as institution_region',
      'i.address',
      'i.legal_representative',
    ])
    .where((eb) => eb.or(f.prefixes.flatMap((p) => [eb('r.city_code', 'like', `${p}%`), eb('i.region_code', 'like', `${p}%`)])));
  if (f.status) query = query.where('a.status', '=', f.status);
  if (f.cityCode) query = query.where('r.city_code', '=', f.cityCode);
  if (f.before) {
    const b = f.before;
    query = query.where((eb) => eb.or([eb('a.submitted_at', '<', b.at), eb.and([eb('a.submitted_at', '=', b.at), eb('a.id', '<', b.id)])]));
  }
  return query.orderBy('a.submitted_at', 'desc').orderBy('a.id', 'desc').limit(f.limit).execute();
}

/** M11: registered online institutions of a city, by registration date; no ranking. */
export async function publishedInCity(q: Q, cityCode: string) {
  return q
    .selectFrom('institution_registrations as r')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .select(['i.id', 'i.name', 'i.credit_code', 'i.address', 'r.categories', 'r.registered_at', 'r.online_published_at'])
    .where('r.city_code', '=', cityCode)
    .where('r.status', '=', 'registered')
    .where('r.online_status', '=', 'published')
    .orderBy('r.registered_at')
    .orderBy('i.id')
    .execute();
}

export async function insertTeacher(
  q: Q,
  t: { institutionId: string; cityCode: string; name: string; idNumberEnc: string; idNumberHmac: string; idNumberMasked: string; qualifications: string; categories: string[]; at: Date },
) {
  return q
    .insertInto('teachers')
    .values({
      institution_id: t.institutionId,
      city_code: t.cityCode,
      name: t.name,
      id_number_enc: t.idNumberEnc,
      id_number_hmac: t.idNumberHmac,
      id_number_masked: t.idNumberMasked,
      qualifications: t.qualifications,
      categories: t.categories,
      status: 'pending',
      reported_at: t.at,
      decided_at: null,
      decision_reason: null,
    })
    .onConflict((oc) => oc.constraint('teachers_unique').doNothing())
    .returning('id')
    .executeTakeFirst();
}

type TeacherFilter = { institutionId?: string; prefixes?: string[]; status?: 'pending' | 'approved' | 'rejected' | undefined; name?: string | undefined };

function filteredTeachers(q: Q, f: TeacherFilter) {
  let query = q.selectFrom('teachers as t').innerJoin('institutions as i', 'i.id', 't.institution_id');
  if (f.institutionId) query = query.where('t.institution_id', '=', f.institutionId);
  if (f.prefixes) {
    const prefixes = f.prefixes;
    query = query.where((eb) => eb.or(prefixes.map((p) => eb('t.city_code', 'like', `${p}%`))));
  }
  if (f.status) query = query.where('t.status', '=', f.status);
  if (f.name) {
    const like = `%${f.name.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('t.name', 'like', like), eb('i.name', 'like', like)]));
  }
  return query;
}

/** One page of teachers, latest reported first, with the number of all that match. */
export async function listTeachers(q: Q, f: TeacherFilter, page: { limit: number; offset: number }) {
  const total = Number((await filteredTeachers(q, f).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await filteredTeachers(q, f)
    .select(['t.id', 't.institution_id', 'i.name as institution_name', 't.city_code', 't.name', 't.id_number_masked', 't.qualifications', 't.categories', 't.status', 't.reported_at', 't.decided_at', 't.decision_reason'])
    .orderBy('t.reported_at', 'desc')
    .orderBy('t.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { rows, total };
}

export async function findTeacher(q: Q, id: string) {
  return q.selectFrom('teachers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function decideTeacher(q: Q, id: string, d: { status: 'approved' | 'rejected'; at: Date; reason: string | null }) {
  const res = await q.updateTable('teachers').set({ status: d.status, decided_at: d.at, decision_reason: d.reason }).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function institutionIdsIn(q: Q, prefixes: string[]): Promise<string[]> {
  if (prefixes.length === 0) return [];
  const rows = await q
    .selectFrom('institutions as i')
    .leftJoin('institution_registrations as r', 'r.institution_id', 'i.id')
    .select('i.id')
    .distinct()
    .where((eb) => eb.or(prefixes.flatMap((p) => [eb('i.region_code', 'like', `${p}%`), eb('r.city_code', 'like', `${p}%`)])))
    .execute();
  return rows.map((r) => r.id);
}

export async function applicationsOf(q: Q, institutionId: string) {
  return q
    .selectFrom('institution_applications as a')
    .innerJoin('institution_registrations as r', 'r.id', 'a.registration_id')
    .select(['a.id', 'a.kind', 'a.status', 'a.submitted_at', 'a.decided_at', 'a.reason', 'r.id as registration_id', 'r.city_code'])
    .where('r.institution_id', '=', institutionId)
    .orderBy('a.submitted_at', 'desc')
    .limit(100)
    .execute();
}
