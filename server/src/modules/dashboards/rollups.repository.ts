import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';

/**
 * The dashboard rollup (decisions 0014, 0016). Reads, never writes:
 * hour_ledger, learning_events, learning_sessions, enrolments, classes,
 * institutions, certificates, course_ratings, integrity_signals.
 * Writes only its own dashboard_daily, dashboard_region_daily and dashboard_watermarks.
 */
type Tx = Transaction<Database>;

/** Learning events that count as integrity events on the dashboard (DESIGN §5.7). */
export const INTEGRITY_EVENT_KINDS = ['face_check_failed', 'face_check_missed', 'challenge_missed', 'credit_voided'] as const;

/** The figure columns of both rollups. */
export const FIGURES = ['new_enrolments', 'active_learners', 'online_seconds', 'offline_seconds', 'correction_seconds', 'completions', 'certificates_issued', 'face_check_failed', 'face_check_missed', 'challenge_missed', 'credit_voided', 'shared_face', 'ratings_count', 'ratings_sum'] as const;

export type Source = 'hour_ledger' | 'learning_events' | 'enrolments' | 'certificates' | 'course_ratings' | 'integrity_signals';

export interface Watermark {
  source: Source;
  last_id: number;
  last_at: Date;
}

/** The Asia/Shanghai calendar day of a timestamp (no DST in China: a fixed +8 h, no time-zone database needed). */
const dayOf = (column: RawBuilder<unknown>) => sql<string>`((${column} at time zone 'UTC') + interval '8 hours')::date`;
const ref = (name: string) => sql.ref(name) as RawBuilder<unknown>;

/** A class's figures belong to its institution's county when it trains in its home city, else to the class's city. */
const REGION_OF_CLASS = sql`case when left(i.region_code, 4) = left(c.city_code, 4) then i.region_code else c.city_code end`;

export async function lockWatermarks(tx: Tx): Promise<Watermark[]> {
  const rows = await tx.selectFrom('dashboard_watermarks').select(['source', 'last_id', 'last_at']).forUpdate().execute();
  return rows.map((r) => ({ source: r.source as Source, last_id: Number(r.last_id), last_at: r.last_at }));
}

/** The high-water marks now: the largest id of the append-only tables, the latest timestamp of the others. */
export async function currentMarks(tx: Tx) {
  const row = await sql<{ ledger: number | null; events: number | null; enrolments: Date | null; certificates: Date | null; ratings: Date | null; signals: Date | null }>`
    select (select max(id) from hour_ledger)::int8 as ledger,
           (select max(id) from learning_events)::int8 as events,
           (select max(joined_at) from enrolments) as enrolments,
           (select max(issued_at) from certificates) as certificates,
           (select max(updated_at) from course_ratings) as ratings,
           (select max(created_at) from integrity_signals) as signals`.execute(tx);
  const m = row.rows[0]!;
  return {
    hour_ledger: { id: Number(m.ledger ?? 0), at: null },
    learning_events: { id: Number(m.events ?? 0), at: null },
    enrolments: { id: 0, at: m.enrolments },
    certificates: { id: 0, at: m.certificates },
    course_ratings: { id: 0, at: m.ratings },
    integrity_signals: { id: 0, at: m.signals },
  } satisfies Record<Source, { id: number; at: Date | null }>;
}

export type Marks = Awaited<ReturnType<typeof currentMarks>>;

/**
 * Days with rows added or changed since the watermarks: by id for the
 * append-only ledger and events (a late row with an old timestamp still has a
 * new id), by timestamp for the others, less a margin for transactions that
 * committed after a later one.
 */
export async function touchedDays(tx: Tx, wm: Record<Source, Watermark>, marks: Marks, marginSeconds: number): Promise<string[]> {
  const since = (s: Source) => new Date(wm[s].last_at.getTime() - marginSeconds * 1000);
  const kinds = sql.join(INTEGRITY_EVENT_KINDS.map((k) => sql.lit(k)));
  const result = await sql<{ day: string }>`
    select distinct day from (
      select ${dayOf(ref('created_at'))} as day from hour_ledger where id > ${wm.hour_ledger.last_id} and id <= ${marks.hour_ledger.id}
      union select ${dayOf(ref('created_at'))} from learning_events where id > ${wm.learning_events.last_id} and id <= ${marks.learning_events.id} and kind in (${kinds})
      union select ${dayOf(ref('joined_at'))} from enrolments where joined_at > ${since('enrolments')}
      union select ${dayOf(ref('issued_at'))} from certificates where issued_at > ${since('certificates')}
      union select ${dayOf(ref('created_at'))} from course_ratings where updated_at > ${since('course_ratings')}
      union select ${dayOf(ref('created_at'))} from integrity_signals where created_at > ${since('integrity_signals')}
    ) t order by day`.execute(tx);
  return result.rows.map((r) => String(r.day));
}

/**
 * Recomputes the days [from, to) from the source rows and replaces their
 * rollup rows: running it twice, or again after a late row, gives the same
 * figures as running it once over all the rows.
 */
export async function recomputeDays(tx: Tx, from: string, to: string, now: Date): Promise<number> {
  const start = sql`(${from}::date::timestamp - interval '8 hours') at time zone 'UTC'`;
  const end = sql`(${to}::date::timestamp - interval '8 hours') at time zone 'UTC'`;
  const inRange = (column: string) => sql`${sql.ref(column)} >= ${start} and ${sql.ref(column)} < ${end}`;
  const kinds = sql.join(INTEGRITY_EVENT_KINDS.map((k) => sql.lit(k)));
  const z = sql`0::int8`;
  await tx.deleteFrom('dashboard_daily').where('day', '>=', from).where('day', '<', to).execute();
  const inserted = await sql`
    insert into dashboard_daily (day, region_code, institution_id, category_id, new_enrolments, active_learners,
      online_seconds, offline_seconds, correction_seconds, completions, certificates_issued, face_check_failed,
      face_check_missed, challenge_missed, credit_voided, shared_face, ratings_count, ratings_sum, refreshed_at)
    select day, region_code, institution_id, category_id, sum(ne)::int, sum(al)::int, sum(os)::int8, sum(fs)::int8, sum(cs)::int8,
      sum(co)::int, sum(ci)::int, sum(ff)::int, sum(fm)::int, sum(cm)::int, sum(cv)::int, sum(sf)::int, sum(rc)::int, sum(rs)::int, ${now}
    from (
      select ${dayOf(ref('l.created_at'))} as day, ${REGION_OF_CLASS} as region_code, c.institution_id, c.category_id,
        ${z} as ne, count(distinct l.learner_account_id) filter (where l.kind <> 'correction')::int8 as al,
        coalesce(sum(l.seconds) filter (where l.kind = 'online'), 0)::int8 as os,
        coalesce(sum(l.seconds) filter (where l.kind = 'offline'), 0)::int8 as fs,
        coalesce(sum(l.seconds) filter (where l.kind = 'correction'), 0)::int8 as cs,
        ${z} as co, ${z} as ci, ${z} as ff, ${z} as fm, ${z} as cm, ${z} as cv, ${z} as sf, ${z} as rc, ${z} as rs
      from hour_ledger l join classes c on c.id = l.class_id join institutions i on i.id = c.institution_id
      where ${inRange('l.created_at')}
      group by 1, 2, 3, 4
      union all
      select ${dayOf(ref('e.joined_at'))}, ${REGION_OF_CLASS}, c.institution_id, c.category_id,
        count(*)::int8, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}
      from enrolments e join classes c on c.id = e.class_id join institutions i on i.id = c.institution_id
      where ${inRange('e.joined_at')}
      group by 1, 2, 3, 4
      union all
      select ${dayOf(ref('v.created_at'))}, ${REGION_OF_CLASS}, c.institution_id, c.category_id,
        ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z},
        count(*) filter (where v.kind = 'face_check_failed')::int8,
        count(*) filter (where v.kind = 'face_check_missed')::int8,
        count(*) filter (where v.kind = 'challenge_missed')::int8,
        count(*) filter (where v.kind = 'credit_voided')::int8, ${z}, ${z}, ${z}
      from learning_events v join learning_sessions s on s.id = v.session_id
        join classes c on c.id = s.class_id join institutions i on i.id = c.institution_id
      where ${inRange('v.created_at')} and v.kind in (${kinds})
      group by 1, 2, 3, 4
      union all
      select ${dayOf(ref('x.issued_at'))}, ${REGION_OF_CLASS}, c.institution_id, c.category_id,
        ${z}, ${z}, ${z}, ${z}, ${z}, count(*) filter (where x.version = 1)::int8, count(*)::int8,
        ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}
      from certificates x join classes c on c.id = x.class_id join institutions i on i.id = c.institution_id
      where ${inRange('x.issued_at')}
      group by 1, 2, 3, 4
      union all
      select ${dayOf(ref('r.created_at'))}, ${REGION_OF_CLASS}, c.institution_id, c.category_id,
        ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, count(*)::int8, sum(r.course_score)::int8
      from course_ratings r join classes c on c.id = r.class_id join institutions i on i.id = c.institution_id
      where ${inRange('r.created_at')}
      group by 1, 2, 3, 4
      union all
      select ${dayOf(ref('g.created_at'))}, i.region_code, i.id, '',
        ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, ${z}, count(*)::int8, ${z}, ${z}
      from integrity_signals g cross join lateral unnest(g.institution_ids) as u(institution_id) join institutions i on i.id = u.institution_id
      where ${inRange('g.created_at')}
      group by 1, 2, 3, 4
    ) figures
    group by day, region_code, institution_id, category_id`.execute(tx);
  await tx.deleteFrom('dashboard_region_daily').where('day', '>=', from).where('day', '<', to).execute();
  const columns = sql.join(FIGURES.map((c) => sql.ref(c)));
  const sums = sql.join(FIGURES.map((c) => sql`sum(${sql.ref(c)})`));
  await sql`
    insert into dashboard_region_daily (day, region_code, category_id, ${columns}, refreshed_at)
    select day, region_code, category_id, ${sums}, ${now}
    from dashboard_daily where day >= ${from}::date and day < ${to}::date
    group by day, region_code, category_id`.execute(tx);
  return Number(inserted.numAffectedRows ?? 0);
}

/** Fresh statistics after a rebuild: with a stale row estimate the planner sorts a province's rows on disk. */
export async function analyzeRollups(tx: Tx) {
  await sql`analyze dashboard_daily`.execute(tx);
  await sql`analyze dashboard_region_daily`.execute(tx);
}

export async function saveWatermarks(tx: Tx, marks: Marks, previous: Record<Source, Watermark>, now: Date) {
  for (const [source, m] of Object.entries(marks) as [Source, { id: number; at: Date | null }][]) {
    const last = previous[source];
    await tx
      .updateTable('dashboard_watermarks')
      .set({ last_id: Math.max(last.last_id, m.id), last_at: m.at && m.at > last.last_at ? m.at : last.last_at, refreshed_at: now })
      .where('source', '=', source)
      .execute();
  }
}

export async function lastRefreshedAt(q: Tx | Db): Promise<Date | null> {
  const row = await q.selectFrom('dashboard_watermarks').select((eb) => eb.fn.min('refreshed_at').as('at')).executeTakeFirst();
  return (row?.at as Date | null | undefined) ?? null;
}
