import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;

export interface NewClass {
  institutionId: string;
  code: string;
  name: string;
  categoryId: string;
  trainingType: 'initial' | 'refresher';
  cityCode: string;
  startsOn: string;
  endsOn: string;
  onlineTheoryHours: number;
  offlineTheoryHours: number;
  practicalHours: number;
  requiredTheoryHours: number;
  requiredPracticalHours: number;
  maxOnlineHours: number;
  at: Date;
}

export async function insertClass(q: Q, c: NewClass, courseIds: string[], teacherIds: string[]) {
  const row = await q
    .insertInto('classes')
    .values({
      institution_id: c.institutionId,
      code: c.code,
      name: c.name,
      category_id: c.categoryId,
      training_type: c.trainingType,
      city_code: c.cityCode,
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      planned_online_theory_hours: c.onlineTheoryHours,
      planned_offline_theory_hours: c.offlineTheoryHours,
      planned_practical_hours: c.practicalHours,
      required_theory_hours: c.requiredTheoryHours,
      required_practical_hours: c.requiredPracticalHours,
      max_online_hours: c.maxOnlineHours,
      status: 'open',
      created_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (courseIds.length) await q.insertInto('class_courses').values(courseIds.map((course_id, i) => ({ class_id: row.id, course_id, position: i + 1 }))).execute();
  if (teacherIds.length) await q.insertInto('class_teachers').values(teacherIds.map((teacher_id) => ({ class_id: row.id, teacher_id }))).execute();
  return row;
}

export async function findClass(q: Q, id: string) {
  return q.selectFrom('classes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findClassByCode(q: Q, code: string) {
  return q.selectFrom('classes').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listClasses(q: Q, f: { institutionId?: string; regionPrefixes?: string[] }) {
  let query = q.selectFrom('classes as c').selectAll('c').select((eb) => eb.selectFrom('enrolments as e').select(({ fn }) => fn.countAll<number>().as('n')).whereRef('e.class_id', '=', 'c.id').as('learner_count'));
  if (f.institutionId) query = query.where('c.institution_id', '=', f.institutionId);
  if (f.regionPrefixes) {
    const prefixes = f.regionPrefixes;
    query = prefixes.length ? query.where((eb) => eb.or(prefixes.map((p) => eb('c.supervising_region', 'like', `${p}%`)))) : query.where('c.id', 'is', null);
  }
  return query.orderBy('c.created_at', 'desc').limit(500).execute();
}

export async function coursesOf(q: Q, classId: string) {
  return q.selectFrom('class_courses').select(['course_id', 'position']).where('class_id', '=', classId).orderBy('position').execute();
}

export async function teachersOf(q: Q, classId: string) {
  return q.selectFrom('class_teachers').select('teacher_id').where('class_id', '=', classId).execute();
}

export async function enrolmentsOf(q: Q, classId: string) {
  return q
    .selectFrom('enrolments as e')
    .innerJoin('learners as l', 'l.account_id', 'e.learner_account_id')
    .select(['e.id', 'e.learner_account_id', 'e.joined_via', 'e.status', 'e.joined_at', 'l.name', 'l.id_number_masked', 'l.employer_name'])
    .where('e.class_id', '=', classId)
    .orderBy('e.joined_at')
    .execute();
}

export async function findEnrolment(q: Q, classId: string, learnerId: string) {
  return q.selectFrom('enrolments').selectAll().where('class_id', '=', classId).where('learner_account_id', '=', learnerId).executeTakeFirst();
}

export async function insertEnrolment(q: Q, e: { classId: string; learnerId: string; via: 'code' | 'import'; at: Date }) {
  return q
    .insertInto('enrolments')
    .values({ class_id: e.classId, learner_account_id: e.learnerId, joined_via: e.via, status: 'active', joined_at: e.at })
    .onConflict((oc) => oc.constraint('enrolments_unique').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export async function classesOfLearner(q: Q, learnerId: string) {
  return q
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.class_id')
    .select(['c.id', 'c.name', 'c.category_id', 'c.training_type', 'c.city_code', 'c.starts_on', 'c.ends_on', 'c.planned_online_theory_hours', 'c.institution_id', 'e.status', 'e.joined_at'])
    .where('e.learner_account_id', '=', learnerId)
    .orderBy('e.joined_at', 'desc')
    .execute();
}

export async function trainingPlacesOf(q: Q, learnerIds: string[]) {
  if (learnerIds.length === 0) return [];
  return q
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.class_id')
    .select(['c.institution_id', 'c.city_code'])
    .distinct()
    .where('e.learner_account_id', 'in', learnerIds)
    .execute();
}

export async function enrolmentWithClass(q: Q, learnerId: string, classId: string) {
  return q
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.class_id')
    .select(['e.id', 'e.status', 'c.name', 'c.planned_online_theory_hours', 'c.max_online_hours', 'c.ends_on'])
    .where('e.learner_account_id', '=', learnerId)
    .where('e.class_id', '=', classId)
    .executeTakeFirst();
}

export async function setEnrolmentStatus(q: Q, enrolmentId: string, status: 'active' | 'locked' | 'completed' | 'withdrawn') {
  await q.updateTable('enrolments').set({ status }).where('id', '=', enrolmentId).execute();
}
