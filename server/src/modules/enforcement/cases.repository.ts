import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { MeasureKind, ReferralCategory } from '../../platform/db/schema.enforcement.js';

/**
 * Reads (decision 0014, read-only): institutions. Writes: enforcement_cases, and the
 * append-only case_measures, rectification_replies and case_reports.
 */
type Q = Db | Transaction<Database>;

/** A regulator sees a case of its region, or one reported to it (M31). */
const visibleTo = (prefixes: string[]) => {
  const patterns = prefixes.map((p) => `${p}%`);
  return sql<boolean>`(c.city_code like any(${patterns}::text[]) or c.institution_region like any(${patterns}::text[])
    or exists (select 1 from case_reports r where r.case_id = c.id and r.to_region like any(${patterns}::text[])))`;
};

export async function institution(q: Q, id: string) {
  return q.selectFrom('institutions').select(['id', 'name', 'region_code']).where('id', '=', id).executeTakeFirst();
}

export async function insertCase(
  q: Q,
  c: { title: string; description: string; institutionId: string; cityCode: string; institutionRegion: string; source: 'signal' | 'finding'; signalId: string | null; findingId: number | null; by: string; at: Date },
) {
  return q
    .insertInto('enforcement_cases')
    .values({
      title: c.title,
      description: c.description,
      institution_id: c.institutionId,
      city_code: c.cityCode,
      institution_region: c.institutionRegion,
      source: c.source,
      signal_id: c.signalId,
      finding_id: c.findingId,
      status: 'open',
      opened_by: c.by,
      created_at: c.at,
      updated_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const caseColumns = ['c.id', 'c.title', 'c.description', 'c.institution_id', 'i.name as institution_name', 'c.city_code', 'c.institution_region', 'c.source', 'c.signal_id', 'c.finding_id', 'c.status', 'c.created_at', 'c.updated_at', 'c.closed_at'] as const;

export async function findCase(q: Q, id: string, scope: { prefixes: string[] } | { institutionId: string }) {
  let query = q.selectFrom('enforcement_cases as c').innerJoin('institutions as i', 'i.id', 'c.institution_id').select(caseColumns).where('c.id', '=', id);
  query = 'prefixes' in scope ? query.where(visibleTo(scope.prefixes)) : query.where('c.institution_id', '=', scope.institutionId);
  return query.executeTakeFirst();
}

/** Rectification orders past their deadline and not accepted (the overdue flag, computed, N3.1). */
const overdueSql = (today: string) => sql<boolean>`exists (select 1 from case_measures m where m.case_id = c.id and m.kind = 'rectification' and m.deadline < ${today}::date
  and not exists (select 1 from rectification_replies rr where rr.measure_id = m.id and rr.kind = 'accepted'))`;

export async function listCases(q: Q, f: { prefixes: string[]; status?: 'open' | 'closed' | undefined; overdue?: boolean | undefined; today: string }, page: { limit: number; offset: number }) {
  let query = q.selectFrom('enforcement_cases as c').innerJoin('institutions as i', 'i.id', 'c.institution_id').where(visibleTo(f.prefixes));
  if (f.status) query = query.where('c.status', '=', f.status);
  if (f.overdue) query = query.where(overdueSql(f.today));
  const rows = await query.select(caseColumns).select(overdueSql(f.today).as('overdue')).orderBy('c.updated_at', 'desc').orderBy('c.id').limit(page.limit).offset(page.offset).execute();
  const total = await query.select(sql<number>`count(*)::int8`.as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

export async function touchCase(q: Q, id: string, at: Date, close = false) {
  await q.updateTable('enforcement_cases').set(close ? { updated_at: at, status: 'closed', closed_at: at } : { updated_at: at }).where('id', '=', id).execute();
}

export async function insertMeasure(
  q: Q,
  m: { caseId: string; institutionId: string; kind: MeasureKind; decision: string; deadline: string | null; until: string | null; referralCategory: ReferralCategory | null; referralTo: string | null; published: boolean; by: string; at: Date },
) {
  return q
    .insertInto('case_measures')
    .values({
      case_id: m.caseId,
      institution_id: m.institutionId,
      kind: m.kind,
      decision: m.decision,
      deadline: m.deadline,
      until: m.until,
      referral_category: m.referralCategory,
      referral_to: m.referralTo,
      published: m.published,
      created_by: m.by,
      created_at: m.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const measureColumns = ['m.id', 'm.case_id', 'm.institution_id', 'm.kind', 'm.decision', 'm.deadline', 'm.until', 'm.referral_category', 'm.referral_to', 'm.published', 'm.created_at'] as const;

export async function measuresOfCase(q: Q, caseId: string) {
  return q.selectFrom('case_measures as m').select(measureColumns).where('m.case_id', '=', caseId).orderBy('m.id').execute();
}

/** Everything addressed to one institution (its 整改通知 page), newest first. */
export async function measuresOfInstitution(q: Q, institutionId: string) {
  return q
    .selectFrom('case_measures as m')
    .innerJoin('enforcement_cases as c', 'c.id', 'm.case_id')
    .select(measureColumns)
    .select('c.title as case_title')
    .where('m.institution_id', '=', institutionId)
    .where('m.kind', '!=', 'lift_suspension')
    .orderBy('m.id', 'desc')
    .execute();
}

export async function findMeasure(q: Q, id: number) {
  return q.selectFrom('case_measures as m').select(measureColumns).where('m.id', '=', id).executeTakeFirst();
}

export async function repliesOf(q: Q, measureIds: number[]) {
  if (measureIds.length === 0) return [];
  return q.selectFrom('rectification_replies').selectAll().where('measure_id', 'in', measureIds).orderBy('id').execute();
}

export async function insertReply(q: Q, r: { measureId: number; kind: 'answer' | 'accepted' | 'returned'; text: string; by: string; at: Date }) {
  await q.insertInto('rectification_replies').values({ measure_id: r.measureId, kind: r.kind, text: r.text, created_by: r.by, created_at: r.at }).execute();
}

export async function insertReport(q: Q, r: { caseId: string; toRegion: string; note: string; by: string; at: Date }) {
  await q.insertInto('case_reports').values({ case_id: r.caseId, to_region: r.toRegion, note: r.note, created_by: r.by, created_at: r.at }).execute();
}

export async function reportsOf(q: Q, caseId: string) {
  return q.selectFrom('case_reports').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}

/** The latest suspension, cancellation or lift of an institution: whether it may train (M30). */
export async function latestRestriction(q: Q, institutionId: string) {
  return q
    .selectFrom('case_measures')
    .select(['kind', 'until'])
    .where('institution_id', '=', institutionId)
    .where('kind', 'in', ['suspension', 'cancellation', 'lift_suspension'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Published measures for the public page (N3): institution-level facts only, no learner data. */
export async function publishedMeasures(q: Q, f: { cityCode?: string | undefined }, page: { limit: number; offset: number }) {
  let query = q
    .selectFrom('case_measures as m')
    .innerJoin('enforcement_cases as c', 'c.id', 'm.case_id')
    .innerJoin('institutions as i', 'i.id', 'm.institution_id')
    .where('m.published', '=', true)
    .where('m.kind', 'in', ['rectification', 'warning', 'suspension', 'cancellation', 'referral']);
  if (f.cityCode) query = query.where('c.city_code', '=', f.cityCode);
  const rows = await query
    .select(['m.id', 'm.kind', 'm.decision', 'm.deadline', 'm.until', 'm.created_at', 'i.name as institution_name', 'i.credit_code', 'c.city_code'])
    .orderBy('m.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const total = await query.select(sql<number>`count(*)::int8`.as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}
