import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { DrawAssignment } from './draw/draw.assign.js';

type Q = Db | Transaction<Database>;

export async function insertDraw(q: Q, d: { examInstitutionId: string; cityCode: string; title: string; sessionsFrom: string; sessionsTo: string; beaconSource: string | null; at: Date }) {
  const row = await q
    .insertInto('exam_draws')
    .values({ exam_institution_id: d.examInstitutionId, city_code: d.cityCode, title: d.title, sessions_from: d.sessionsFrom, sessions_to: d.sessionsTo, beacon_source: d.beaconSource, status: 'open', created_at: d.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findDraw(q: Q, id: string) {
  return q.selectFrom('exam_draws').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Serialises the stages of one draw. */
export async function lockDraw(q: Transaction<Database>, id: string) {
  return q.selectFrom('exam_draws').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function listDraws(q: Q, f: { cityPrefixes: string[]; publishedOnly: boolean; limit: number; offset: number }) {
  let query = q.selectFrom('exam_draws');
  if (f.publishedOnly) query = query.where('status', '=', 'published');
  else query = query.where((eb) => eb.or([...f.cityPrefixes.map((p) => eb('city_code', 'like', `${p}%`)), eb.val(false)]));
  const [items, total] = await Promise.all([
    query
      .select(['id', 'exam_institution_id', 'city_code', 'title', 'sessions_from', 'sessions_to', 'status', 'inputs_hash', 'seed', 'result_hash', 'created_at', 'frozen_at', 'drawn_at', 'published_at'])
      .select(sql<number>`coalesce(jsonb_array_length(inputs->'applications'), 0)`.as('candidates'))
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    query.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function openApplicationsOfCity(q: Q, cityCode: string) {
  return q
    .selectFrom('exam_applications')
    .select(['id', 'institution_id', 'category_id', 'city_code', 'school_site_id'])
    .where('city_code', '=', cityCode)
    .where('status', '=', 'submitted')
    .execute();
}

export async function markInDraw(q: Q, drawId: string, applicationIds: string[]) {
  if (!applicationIds.length) return;
  await q.updateTable('exam_applications').set({ status: 'in_draw', draw_id: drawId }).where('id', 'in', applicationIds).execute();
}

/**
 * Scheduled sessions in the window at sites that are neither suspended nor
 * revoked on `day` (N3.2): the city's own, and other cities' sessions opened
 * to cross-city candidates (N2.6). Capacity is what earlier draws left.
 */
export async function drawableSessions(q: Q, f: { cityCode: string; from: Date; to: Date; day: string }) {
  return q
    .selectFrom('exam_sessions as s')
    .innerJoin('exam_sites as x', 'x.id', 's.site_id')
    .select(['s.id', 's.site_id', 's.category_id', 'x.city_code'])
    .select((eb) => eb(eb.ref('s.capacity'), '-', eb.selectFrom('exam_assignments as a').select(sql<number>`count(*)::integer`.as('n')).whereRef('a.session_id', '=', 's.id')).as('free'))
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>=', f.from)
    .where('s.starts_at', '<', f.to)
    .where('x.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('x.suspended_until', 'is', null), eb('x.suspended_until', '<', f.day)]))
    .where((eb) => eb.or([eb('x.city_code', '=', f.cityCode), eb('s.open_to_other_cities', '=', true)]))
    .execute();
}

export async function siteRelations(q: Q, siteIds: string[]) {
  if (!siteIds.length) return [];
  return q.selectFrom('exam_site_relations').select(['site_id', 'institution_id']).where('site_id', 'in', siteIds).execute();
}

export async function freeze(q: Q, id: string, inputs: unknown, inputsHash: string, at: Date) {
  await q.updateTable('exam_draws').set({ status: 'frozen', inputs: JSON.stringify(inputs), inputs_hash: inputsHash, frozen_at: at }).where('id', '=', id).execute();
}

export async function commitsOf(q: Q, drawId: string) {
  return q.selectFrom('exam_draw_commits').selectAll().where('draw_id', '=', drawId).orderBy('party').execute();
}

export async function insertCommit(q: Q, c: { drawId: string; party: 'exam_institution' | 'regulator'; accountId: string; commitment: string; at: Date }) {
  const row = await q
    .insertInto('exam_draw_commits')
    .values({ draw_id: c.drawId, party: c.party, account_id: c.accountId, commitment: c.commitment, committed_at: c.at })
    .onConflict((oc) => oc.columns(['draw_id', 'party']).doNothing())
    .returning('party')
    .executeTakeFirst();
  return Boolean(row);
}

export async function reveal(q: Q, drawId: string, party: string, secret: string, at: Date) {
  await q.updateTable('exam_draw_commits').set({ secret, revealed_at: at }).where('draw_id', '=', drawId).where('party', '=', party as 'regulator').execute();
}

export async function saveBeacon(q: Q, id: string, seedSource: unknown) {
  await q.updateTable('exam_draws').set({ seed_source: JSON.stringify(seedSource) }).where('id', '=', id).execute();
}

export async function saveResult(q: Q, id: string, r: { seedSource: unknown; seed: string; assignments: DrawAssignment[]; resultHash: string; at: Date }) {
  await q
    .updateTable('exam_draws')
    .set({ status: 'drawn', seed_source: JSON.stringify(r.seedSource), seed: r.seed, assignments: JSON.stringify(r.assignments), result_hash: r.resultHash, drawn_at: r.at })
    .where('id', '=', id)
    .execute();
}

export async function publish(q: Q, id: string, assignments: DrawAssignment[], at: Date) {
  await q.updateTable('exam_draws').set({ status: 'published', published_at: at }).where('id', '=', id).execute();
  if (!assignments.length) return;
  await q
    .insertInto('exam_assignments')
    .values(assignments.map((a) => ({ application_id: a.applicationId, draw_id: id, session_id: a.sessionId, exception: a.exception, cross_city: a.crossCity, unassigned: a.unassigned, published_at: at })))
    .execute();
}

/** Published assignments that used an N2.3 exception, for provincial spot checks. */
export async function exceptions(q: Q, cityPrefixes: string[], limit: number) {
  if (!cityPrefixes.length) return [];
  return q
    .selectFrom('exam_assignments as x')
    .innerJoin('exam_applications as a', 'a.id', 'x.application_id')
    .innerJoin('exam_sessions as s', 's.id', 'x.session_id')
    .innerJoin('exam_sites as t', 't.id', 's.site_id')
    .select(['x.application_id', 'x.draw_id', 'x.session_id', 'x.exception', 'x.published_at', 'a.institution_id', 'a.category_id', 'a.city_code', 't.name as site_name'])
    .where('x.exception', 'is not', null)
    .where((eb) => eb.or(cityPrefixes.map((p) => eb('a.city_code', 'like', `${p}%`))))
    .orderBy('x.published_at', 'desc')
    .limit(limit)
    .execute();
}
