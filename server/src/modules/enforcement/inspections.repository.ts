import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { InspectionScope } from '../../platform/db/schema.enforcement.js';

/**
 * Reads (decision 0014, read-only, region-filtered): institutions, institution_registrations.
 * Writes: inspections, inspection_findings (append-only).
 */
type Q = Db | Transaction<Database>;

const inPrefixes = (prefixes: string[], ...cols: string[]) =>
  sql<boolean>`(${sql.join(cols.map((c) => sql`${sql.ref(c)} like any(${prefixes.map((p) => `${p}%`)}::text[])`), sql` or `)})`;

/** Registered institutions in the region (registered there, or located there) and whether they were inspected this year (N3). */
export async function coverage(q: Q, prefixes: string[], year: number) {
  const { rows } = await sql<{ institution_id: string; name: string; region_code: string; city_code: string; training: boolean; assessment: boolean; planned: number }>`
    select i.id as institution_id, i.name, i.region_code, r.city_code,
           coalesce(bool_or(x.status = 'done' and x.scope in ('training', 'both')), false) as training,
           coalesce(bool_or(x.status = 'done' and x.scope in ('assessment', 'both')), false) as assessment,
           count(x.id) filter (where x.status = 'planned')::int4 as planned
      from institution_registrations r join institutions i on i.id = r.institution_id
      left join inspections x on x.institution_id = i.id and x.city_code = r.city_code and x.year = ${year}
     where r.status = 'registered' and ${inPrefixes(prefixes, 'r.city_code', 'i.region_code')}
     group by i.id, i.name, i.region_code, r.city_code
     order by r.city_code, i.name`.execute(q);
  return rows;
}

export async function registration(q: Q, institutionId: string, cityCode: string) {
  return q
    .selectFrom('institution_registrations as r')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .select(['i.id', 'i.name', 'i.region_code', 'r.city_code'])
    .where('r.institution_id', '=', institutionId)
    .where('r.city_code', '=', cityCode)
    .where('r.status', '=', 'registered')
    .executeTakeFirst();
}

export async function insertInspection(q: Q, i: { year: number; institutionId: string; cityCode: string; institutionRegion: string; scope: InspectionScope; plannedOn: string; by: string; at: Date }) {
  return q
    .insertInto('inspections')
    .values({ year: i.year, institution_id: i.institutionId, city_code: i.cityCode, institution_region: i.institutionRegion, scope: i.scope, planned_on: i.plannedOn, status: 'planned', conclusion: null, planned_by: i.by, created_at: i.at, updated_at: i.at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function listInspections(q: Q, prefixes: string[], year: number) {
  return q
    .selectFrom('inspections as x')
    .innerJoin('institutions as i', 'i.id', 'x.institution_id')
    .select(['x.id', 'x.year', 'x.institution_id', 'i.name as institution_name', 'x.city_code', 'x.institution_region', 'x.scope', 'x.planned_on', 'x.status', 'x.conclusion', 'x.conducted_at'])
    .where('x.year', '=', year)
    .where(inPrefixes(prefixes, 'x.city_code', 'x.institution_region'))
    .orderBy('x.planned_on')
    .execute();
}

export async function findInspection(q: Q, id: string, prefixes: string[]) {
  return q
    .selectFrom('inspections as x')
    .innerJoin('institutions as i', 'i.id', 'x.institution_id')
    .selectAll('x')
    .select('i.name as institution_name')
    .where('x.id', '=', id)
    .where(inPrefixes(prefixes, 'x.city_code', 'x.institution_region'))
    .executeTakeFirst();
}

export async function findings(q: Q, inspectionId: string) {
  return q.selectFrom('inspection_findings').selectAll().where('inspection_id', '=', inspectionId).orderBy('id').execute();
}

export async function findingById(q: Q, id: number) {
  return q.selectFrom('inspection_findings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks a planned inspection done; false when it was already done (a concurrent record). */
export async function complete(q: Q, id: string, c: { conclusion: 'compliant' | 'violations'; by: string; at: Date }) {
  const r = await q.updateTable('inspections').set({ status: 'done', conclusion: c.conclusion, conducted_by: c.by, conducted_at: c.at, updated_at: c.at }).where('id', '=', id).where('status', '=', 'planned').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertFindings(q: Q, inspectionId: string, items: { item: string; result: 'ok' | 'violation' | 'na'; note: string }[], at: Date) {
  return q
    .insertInto('inspection_findings')
    .values(items.map((f) => ({ inspection_id: inspectionId, item: f.item, result: f.result, note: f.note, created_at: at })))
    .returning(['id', 'item', 'result'])
    .execute();
}
