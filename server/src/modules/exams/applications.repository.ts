import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;

export interface NewApplication {
  institutionId: string;
  learnerId: string;
  categoryId: string;
  cityCode: string;
  householdCityCode: string;
  workCityCode: string | null;
  residenceCityCode: string | null;
  schoolSiteId: string | null;
  certificateNumber: string | null;
  at: Date;
}

export async function insertApplication(q: Q, a: NewApplication) {
  const row = await q
    .insertInto('exam_applications')
    .values({
      institution_id: a.institutionId,
      learner_account_id: a.learnerId,
      category_id: a.categoryId,
      city_code: a.cityCode,
      household_city_code: a.householdCityCode,
      work_city_code: a.workCityCode,
      residence_city_code: a.residenceCityCode,
      school_site_id: a.schoolSiteId,
      certificate_number: a.certificateNumber,
      status: 'submitted',
      created_at: a.at,
    })
    .onConflict((oc) => oc.columns(['learner_account_id', 'category_id']).where('status', '=', 'submitted').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

const columns = [
  'a.id',
  'a.institution_id',
  'a.learner_account_id',
  'a.category_id',
  'a.city_code',
  'a.household_city_code',
  'a.work_city_code',
  'a.residence_city_code',
  'a.school_site_id',
  'a.certificate_number',
  'a.status',
  'a.draw_id',
  'a.created_at',
  'l.name',
  'l.id_number_masked',
  'd.published_at',
  'x.session_id',
  'x.exception',
  'x.cross_city',
  'x.unassigned',
  's.starts_at',
  's.ends_at',
  's.room',
  't.name as site_name',
  't.address as site_address',
] as const;

function base(q: Q) {
  return q
    .selectFrom('exam_applications as a')
    .innerJoin('learners as l', 'l.account_id', 'a.learner_account_id')
    .leftJoin('exam_draws as d', 'd.id', 'a.draw_id')
    .leftJoin('exam_assignments as x', 'x.application_id', 'a.id')
    .leftJoin('exam_sessions as s', 's.id', 'x.session_id')
    .leftJoin('exam_sites as t', 't.id', 's.site_id');
}

export async function findApplication(q: Q, id: string) {
  return base(q).select(columns).where('a.id', '=', id).executeTakeFirst();
}

export async function listApplications(q: Q, f: { institutionId: string | null; cityPrefixes: string[]; learnerId?: string; limit: number; offset: number }) {
  const query = base(q).where((eb) =>
    eb.or([
      ...(f.institutionId ? [eb('a.institution_id', '=', f.institutionId)] : []),
      ...f.cityPrefixes.map((p) => eb('a.city_code', 'like', `${p}%`)),
      ...(f.learnerId ? [eb('a.learner_account_id', '=', f.learnerId)] : []),
      eb.val(false),
    ]),
  );
  const [items, total] = await Promise.all([
    query.select(columns).orderBy('a.created_at', 'desc').orderBy('a.id').limit(f.limit).offset(f.offset).execute(),
    query.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function setStatus(q: Q, id: string, status: 'submitted' | 'withdrawn') {
  await q.updateTable('exam_applications').set({ status }).where('id', '=', id).execute();
}

/** Whether the learner has a live application in the exam institution's region (its city, or any for the province's). */
export async function isCandidateOf(q: Q, c: { learnerId: string; examInstitutionId: string }): Promise<boolean> {
  const row = await q
    .selectFrom('exam_applications as a')
    .innerJoin('exam_institutions as ei', (j) => j.on('ei.id', '=', c.examInstitutionId))
    .select('a.id')
    .where('a.learner_account_id', '=', c.learnerId)
    .where('a.status', '!=', 'withdrawn')
    .where((eb) => eb.or([eb('ei.level', '=', 'province'), eb('ei.region_code', '=', eb.ref('a.city_code'))]))
    .executeTakeFirst();
  return Boolean(row);
}
