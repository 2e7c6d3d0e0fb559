import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database, IntegritySignalsTable } from '../../platform/db/schema.js';
import { FACE_FAILURES_MIN, IMPOSSIBLE_DAILY_SECONDS, MAX_EVIDENCE_IDS, ODD_HOURS_END, ODD_HOURS_MIN_SECONDS, RATE_TOLERANCE_SECONDS, STUDY_FACE_PURPOSES } from './enforcement.rules.js';

/**
 * Reads (decision 0014, read-only, region-filtered where it lists): learning_sessions,
 * learning_events, hour_ledger, face_checks, test_results, enrolments, classes, institutions.
 * Writes: integrity_signals (append-only; shared with the faces module).
 */
type Q = Db | Transaction<Database>;
type Window = { from: Date; to: Date };

/** The Shanghai calendar day of a timestamp column, in SQL. */
const localDay = (col: string) => sql.raw(`to_char((${col} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`);
const localHour = (col: string) => sql.raw(`extract(hour from (${col} at time zone 'UTC') + interval '8 hours')`);

export interface SignalRow {
  kind: IntegritySignalsTable['kind'];
  evidenceKey: string;
  accountIds: string[];
  classIds: string[];
  score: number;
  detail: Record<string, unknown>;
}

/** Overlapping sessions of different learners from one device id, or one client address. */
export async function sharedDevices(db: Db, w: Window, now: Date) {
  const { rows } = await sql<{ via: 'device' | 'ip'; handle: string; day: string; sessions: string[]; learners: string[]; classes: string[] }>`
    with s as (
      select ls.id, ls.learner_account_id, ls.class_id, ls.started_at, coalesce(ls.ended_at, ${now}) as ended_at, 'device' as via, ls.device_id as handle
        from learning_sessions ls where ls.started_at >= ${w.from} and ls.started_at < ${w.to}
      union all
      select ls.id, ls.learner_account_id, ls.class_id, ls.started_at, coalesce(ls.ended_at, ${now}), 'ip', e.payload->>'clientIp'
        from learning_sessions ls join learning_events e on e.session_id = ls.id and e.kind = 'start'
       where ls.started_at >= ${w.from} and ls.started_at < ${w.to} and e.payload->>'clientIp' is not null
    )
    select a.via, a.handle, ${localDay('a.started_at')} as day,
           array_agg(distinct a.id) as sessions, array_agg(distinct a.learner_account_id) as learners, array_agg(distinct a.class_id) as classes
      from s a join s b on a.via = b.via and a.handle = b.handle and a.learner_account_id <> b.learner_account_id
       and a.started_at < b.ended_at and b.started_at < a.ended_at
     group by 1, 2, 3`.execute(db);
  return rows;
}

/** Per learner and day: online credit above the daily cap, or sessions credited beyond their wall time. */
export async function impossibleRates(db: Db, w: Window) {
  const { rows } = await sql<{ learner: string; day: string; total: number; ledger: string[]; classes: string[]; fast_sessions: string[] | null }>`
    with l as (
      select h.*, ${localDay('h.created_at')} as day from hour_ledger h
       where h.kind = 'online' and h.created_at >= ${w.from} and h.created_at < ${w.to}
    ), fast as (
      select l.session_id, l.learner_account_id, l.day from l join learning_sessions ls on ls.id = l.session_id
       group by l.session_id, l.learner_account_id, l.day, ls.started_at, ls.ended_at
      having sum(l.seconds) > extract(epoch from (coalesce(ls.ended_at, max(l.created_at)) - ls.started_at)) + ${RATE_TOLERANCE_SECONDS}
    )
    select l.learner_account_id as learner, l.day, sum(l.seconds)::int8 as total,
           (array_agg(l.id::text order by l.id))[1:${MAX_EVIDENCE_IDS}] as ledger, array_agg(distinct l.class_id) as classes,
           (select array_agg(f.session_id) from fast f where f.learner_account_id = l.learner_account_id and f.day = l.day) as fast_sessions
      from l group by l.learner_account_id, l.day
    having sum(l.seconds) > ${IMPOSSIBLE_DAILY_SECONDS}
        or exists (select 1 from fast f where f.learner_account_id = l.learner_account_id and f.day = l.day)`.execute(db);
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** Per learner and night: long credited stretches between 00:00 and 05:00 Shanghai time. */
export async function oddHours(db: Db, w: Window) {
  const { rows } = await sql<{ learner: string; day: string; total: number; ledger: string[]; classes: string[]; sessions: string[] | null }>`
    select h.learner_account_id as learner, ${localDay('h.created_at')} as day, sum(h.seconds)::int8 as total,
           (array_agg(h.id::text order by h.id))[1:${MAX_EVIDENCE_IDS}] as ledger, array_agg(distinct h.class_id) as classes,
           array_remove(array_agg(distinct h.session_id), null) as sessions
      from hour_ledger h
     where h.kind = 'online' and h.created_at >= ${w.from} and h.created_at < ${w.to} and ${localHour('h.created_at')} < ${ODD_HOURS_END}
     group by 1, 2
    having sum(h.seconds) >= ${ODD_HOURS_MIN_SECONDS}`.execute(db);
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** Per learner and day: repeated failed face checks while studying, with the classes the learner is in. */
export async function faceFailures(db: Db, w: Window) {
  const purposes = [...STUDY_FACE_PURPOSES];
  const { rows } = await sql<{ learner: string; day: string; checks: string[]; classes: string[] | null }>`
    select f.account_id as learner, ${localDay('f.created_at')} as day, array_agg(f.id::text order by f.id) as checks,
           (select array_agg(e.class_id) from enrolments e where e.learner_account_id = f.account_id) as classes
      from face_checks f
     where f.decision <> 'MATCH' and f.purpose = any(${purposes}::text[]) and f.created_at >= ${w.from} and f.created_at < ${w.to}
     group by 1, 2
    having count(*) >= ${FACE_FAILURES_MIN}`.execute(db);
  return rows;
}

/** Per institution and city over the window: pass rate of scored tests, and online seconds per learner-day. */
export async function institutionFigures(db: Db, w: Window) {
  const pass = await sql<{ institution: string; city: string; value: number; sample: number }>`
    select c.institution_id as institution, c.city_code as city, avg(case when r.passed then 1.0 else 0.0 end)::float8 as value, count(*)::int8 as sample
      from test_results r join classes c on c.id = r.class_id
     where r.outcome = 'scored' and r.created_at >= ${w.from} and r.created_at < ${w.to}
     group by 1, 2`.execute(db);
  const hours = await sql<{ institution: string; city: string; value: number; sample: number }>`
    select d.institution, d.city, avg(d.seconds)::float8 as value, count(*)::int8 as sample from (
      select c.institution_id as institution, c.city_code as city, h.learner_account_id, ${localDay('h.created_at')} as day, sum(h.seconds) as seconds
        from hour_ledger h join classes c on c.id = h.class_id
       where h.kind = 'online' and h.created_at >= ${w.from} and h.created_at < ${w.to}
       group by 1, 2, 3, 4) d
     group by 1, 2`.execute(db);
  const shape = (rows: { institution: string; city: string; value: number; sample: number }[]) =>
    rows.map((r) => ({ institutionId: r.institution, cityCode: r.city, value: Number(r.value), sample: Number(r.sample) }));
  return { pass_rate: shape(pass.rows), seconds_per_learner_day: shape(hours.rows) };
}

/** Institutions and the regions (class cities, institutions' own counties) a signal about these classes must reach. */
export async function placesOfClasses(db: Db, classIds: string[]) {
  if (classIds.length === 0) return { institutionIds: [], regionCodes: [] };
  const rows = await db
    .selectFrom('classes as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .select(['c.institution_id', 'c.city_code', 'i.region_code'])
    .where('c.id', 'in', [...new Set(classIds)])
    .execute();
  return { institutionIds: [...new Set(rows.map((r) => r.institution_id))], regionCodes: [...new Set(rows.flatMap((r) => [r.city_code, r.region_code]))] };
}

export async function regionOfInstitution(db: Db, institutionId: string) {
  return db.selectFrom('institutions').select(['id', 'name', 'region_code']).where('id', '=', institutionId).executeTakeFirst();
}

/** Inserts unless a signal with the same evidence key exists; true when new. */
export async function insertSignal(q: Q, s: { kind: IntegritySignalsTable['kind']; evidenceKey: string; accountIds: string[]; score: number; detail: Record<string, unknown>; institutionIds: string[]; regionCodes: string[]; at: Date }) {
  const row = await q
    .insertInto('integrity_signals')
    .values({ kind: s.kind, evidence_key: s.evidenceKey, account_ids: s.accountIds, score: s.score, detail: JSON.stringify(s.detail), institution_ids: s.institutionIds, region_codes: s.regionCodes, created_at: s.at })
    .onConflict((oc) => oc.column('evidence_key').where('evidence_key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export interface SignalFilter {
  institutionId?: string | undefined;
  prefixes?: string[] | undefined;
  kind?: IntegritySignalsTable['kind'] | undefined;
}

/** The caller's scope as one SQL condition: an institution sees signals naming it, a regulator those touching its region. */
function visibleWhere(f: SignalFilter) {
  const conds = [sql<boolean>`true`];
  if (f.institutionId) conds.push(sql<boolean>`${f.institutionId}::uuid = any(s.institution_ids)`);
  if (f.prefixes) conds.push(sql<boolean>`exists (select 1 from unnest(s.region_codes) as r(code) where r.code like any(${f.prefixes.map((p) => `${p}%`)}::text[]))`);
  if (f.kind) conds.push(sql<boolean>`s.kind = ${f.kind}`);
  return sql<boolean>`${sql.join(conds, sql` and `)}`;
}

export async function listSignals(q: Q, f: SignalFilter, page: { limit: number; offset: number }) {
  if (f.prefixes && f.prefixes.length === 0) return { rows: [], total: 0 };
  const where = visibleWhere(f);
  const rows = await q.selectFrom('integrity_signals as s').selectAll().where(where).orderBy('s.created_at', 'desc').orderBy('s.id').limit(page.limit).offset(page.offset).execute();
  const total = await q.selectFrom('integrity_signals as s').select(sql<number>`count(*)::int8`.as('n')).where(where).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

export async function findSignal(q: Q, id: string, f: SignalFilter) {
  if (f.prefixes && f.prefixes.length === 0) return undefined;
  return q.selectFrom('integrity_signals as s').selectAll().where('s.id', '=', id).where(visibleWhere(f)).executeTakeFirst();
}

/** Evidence rows named by a signal, read back for the detail page. */
export async function sessionsByIds(q: Q, ids: string[]) {
  if (ids.length === 0) return [];
  return q.selectFrom('learning_sessions').select(['id', 'learner_account_id', 'class_id', 'device_id', 'started_at', 'ended_at']).where('id', 'in', ids).orderBy('started_at').execute();
}

export async function ledgerByIds(q: Q, ids: number[]) {
  if (ids.length === 0) return [];
  return q.selectFrom('hour_ledger').select(['id', 'learner_account_id', 'class_id', 'session_id', 'seconds', 'created_at']).where('id', 'in', ids).orderBy('id').execute();
}

export async function checksByIds(q: Q, ids: number[]) {
  if (ids.length === 0) return [];
  return q.selectFrom('face_checks').select(['id', 'account_id', 'purpose', 'decision', 'score', 'created_at']).where('id', 'in', ids).orderBy('id').execute();
}

export async function learnerNames(q: Q, accountIds: string[]) {
  if (accountIds.length === 0) return new Map<string, string>();
  const rows = await q.selectFrom('learners').select(['account_id', 'name']).where('account_id', 'in', accountIds).execute();
  return new Map(rows.map((r) => [r.account_id, r.name]));
}

/** Of these learners, those enrolled in a class of the institution (an institution sees only its own learners). */
export async function learnersOf(q: Q, institutionId: string, accountIds: string[]) {
  if (accountIds.length === 0) return new Set<string>();
  const rows = await q
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.class_id')
    .select('e.learner_account_id')
    .distinct()
    .where('c.institution_id', '=', institutionId)
    .where('e.learner_account_id', 'in', accountIds)
    .execute();
  return new Set(rows.map((r) => r.learner_account_id));
}

export async function institutionNames(q: Q, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await q.selectFrom('institutions').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
