import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { SiteOwnerType } from '../../platform/db/schema.exams.js';

type Q = Db | Transaction<Database>;

export async function insertExamInstitutions(q: Q, rows: { id?: string; name: string; level: 'province' | 'city'; regionCode: string }[]) {
  if (!rows.length) return;
  await q
    .insertInto('exam_institutions')
    .values(rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name, level: r.level, region_code: r.regionCode })))
    .onConflict((oc) => oc.column('region_code').doNothing())
    .execute();
}

export async function listExamInstitutions(q: Q, cityPrefixes: string[]) {
  if (!cityPrefixes.length) return [];
  return q
    .selectFrom('exam_institutions')
    .selectAll()
    .where((eb) => eb.or(cityPrefixes.map((p) => eb('region_code', 'like', `${p}%`))))
    .orderBy('region_code')
    .execute();
}

export async function examInstitutionOfCity(q: Q, cityCode: string) {
  return q.selectFrom('exam_institutions').selectAll().where('region_code', '=', cityCode).executeTakeFirst();
}

export async function findExamInstitution(q: Q, id: string) {
  return q.selectFrom('exam_institutions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setMayOrganise(q: Q, id: string, may: boolean) {
  await q.updateTable('exam_institutions').set({ may_organise: may }).where('id', '=', id).execute();
}

export interface NewSite {
  id?: string;
  examInstitutionId: string;
  name: string;
  ownerType: SiteOwnerType;
  ownerName: string;
  legacyApprovedOn: string | null;
  address: string;
  cityCode: string;
  equipment: string;
  subjects: { categoryId: string; seats: number }[];
  relations: { institutionId: string; relation: string }[];
  at: Date;
}

export async function insertSite(q: Q, s: NewSite) {
  const row = await q
    .insertInto('exam_sites')
    .values({
      ...(s.id ? { id: s.id } : {}),
      exam_institution_id: s.examInstitutionId,
      name: s.name,
      owner_type: s.ownerType,
      owner_name: s.ownerName,
      legacy_approved_on: s.legacyApprovedOn,
      address: s.address,
      city_code: s.cityCode,
      equipment: s.equipment,
      created_at: s.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (s.subjects.length) await q.insertInto('exam_site_subjects').values(s.subjects.map((x) => ({ site_id: row.id, category_id: x.categoryId, seats: x.seats }))).execute();
  if (s.relations.length) await q.insertInto('exam_site_relations').values(s.relations.map((x) => ({ site_id: row.id, institution_id: x.institutionId, relation: x.relation }))).execute();
  return row.id;
}

export async function findSite(q: Q, id: string) {
  return q.selectFrom('exam_sites').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSites(q: Q, f: { cityPrefixes: string[]; siteId: string | null }) {
  const { cityPrefixes, siteId } = f;
  if (!cityPrefixes.length && !siteId) return [];
  return q
    .selectFrom('exam_sites')
    .selectAll()
    .where((eb) => eb.or([...cityPrefixes.map((p) => eb('city_code', 'like', `${p}%`)), ...(siteId ? [eb('id', '=', siteId)] : [])]))
    .orderBy('city_code')
    .orderBy('created_at')
    .execute();
}

export async function subjectsOf(q: Q, siteIds: string[]) {
  if (!siteIds.length) return [];
  return q.selectFrom('exam_site_subjects').selectAll().where('site_id', 'in', siteIds).orderBy('category_id').execute();
}

export async function relationsOf(q: Q, siteIds: string[]) {
  if (!siteIds.length) return [];
  return q.selectFrom('exam_site_relations').selectAll().where('site_id', 'in', siteIds).execute();
}

export async function setSuspendedUntil(q: Q, siteId: string, until: string) {
  await q.updateTable('exam_sites').set({ suspended_until: until }).where('id', '=', siteId).execute();
}

export async function setRevoked(q: Q, siteId: string, at: Date) {
  await q.updateTable('exam_sites').set({ revoked_at: at }).where('id', '=', siteId).execute();
}
