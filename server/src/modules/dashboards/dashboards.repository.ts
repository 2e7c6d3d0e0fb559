import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { FIGURES } from './rollups.repository.js';

/**
 * Dashboard reads (decision 0014): the rollup dashboard_region_daily only, always
 * under the caller's region prefix, and training_categories for names.
 */
export type Granularity = 'day' | 'week' | 'month';

export interface FigureQuery {
  /** Region-code prefix of the region shown ('44', '4401', '440106'). */
  prefix: string;
  from: string;
  to: string;
  granularity: Granularity;
  /** Characters of the region code that name a child region (4 for cities, 6 for counties); null to not group by region. */
  regionChars: number | null;
  byCategory: boolean;
  categoryId: string | null;
}

export interface FigureRow {
  period: string;
  group_key: string;
  new_enrolments: number;
  active_learners: number;
  online_seconds: number;
  offline_seconds: number;
  correction_seconds: number;
  completions: number;
  certificates_issued: number;
  face_check_failed: number;
  face_check_missed: number;
  challenge_missed: number;
  credit_voided: number;
  shared_face: number;
  ratings_count: number;
  ratings_sum: number;
}

const PERIOD = {
  day: sql`day`,
  week: sql`date_trunc('week', day)::date`,
  month: sql`date_trunc('month', day)::date`,
};

/** Sums of the rollup per period and group, within the region prefix (M29) and the period. */
export async function figures(db: Db, q: FigureQuery, columns: readonly (typeof FIGURES)[number][]): Promise<FigureRow[]> {
  const group = q.regionChars ? sql`left(region_code, ${sql.lit(q.regionChars)})` : q.byCategory ? sql`category_id` : sql`''`;
  const category = q.categoryId === null ? sql`` : sql`and category_id = ${q.categoryId}`;
  const n = (column: string) => sql`sum(${sql.ref(column)})::int8 as ${sql.ref(column)}`;
  const result = await sql<FigureRow>`
    select ${PERIOD[q.granularity]}::text as period, ${group} as group_key,
      ${sql.join(columns.map(n))}
    from dashboard_region_daily
    where region_code like ${`${q.prefix}%`} and day >= ${q.from}::date and day <= ${q.to}::date ${category}
    group by 1, 2
    order by 1, 2`.execute(db);
  return result.rows.map((r) => {
    const out = { period: String(r.period).slice(0, 10), group_key: String(r.group_key) } as FigureRow;
    for (const k of FIGURES) out[k] = Number(r[k] ?? 0);
    return out;
  });
}

export async function categoryNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('training_categories').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
