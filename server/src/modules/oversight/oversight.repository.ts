import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../platform/db/database.js';

/**
 * Supervision lists (M29), read-only over other modules' tables (decision 0014):
 * institutions, institution_registrations, classes, enrolments, learners,
 * hour_ledger, courses, teachers, learning_sessions, learning_events,
 * course_ratings, certificates, certificate_revocations, training_categories.
 * Every query carries the caller's region prefixes in its WHERE clause.
 */
export const LIST_KINDS = ['institutions', 'classes', 'enrolments', 'hours', 'ratings', 'face-checks', 'institution-face-checks', 'certificates'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export interface ListFilters {
  cityCode?: string;
  countyCode?: string;
  institutionId?: string;
  classId?: string;
  categoryId?: string;
  status?: string;
  from?: string;
  to?: string;
  q?: string;
}

export interface ListQuery {
  prefixes: string[];
  filters: ListFilters;
  sort: string;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
  /** M22 satisfaction rule, for the ratings list's `flagged`. */
  rule: { minRatings: number; threshold: number };
}

type Row = Record<string, unknown>;

/**
 * A row's region: the institution's county when the row lies in the institution's own city
 * (classes carry only a city), else the city the class or registration belongs to.
 * So 440106 (天河区) sees its institutions' Guangzhou classes, and never their Shenzhen ones.
 */
export const regionOf = (cityCol: RawBuilder<unknown>) => sql<string>`(case when left(i.region_code, 4) = left(${cityCol}, 4) then i.region_code else ${cityCol} end)`;

interface KindSql {
  from: RawBuilder<unknown>;
  city: RawBuilder<unknown>;
  select: RawBuilder<unknown>;
  base?: RawBuilder<unknown>;
  groupBy?: RawBuilder<unknown>;
  status?: (status: string, q: ListQuery) => { where?: RawBuilder<unknown>; having?: RawBuilder<unknown> };
  category: RawBuilder<unknown>;
  categoryArray?: boolean;
  classCol?: RawBuilder<unknown>;
  date: { col: RawBuilder<unknown>; day: boolean };
  keyword: (like: string) => RawBuilder<unknown>;
  /** Whitelisted sort columns (API name → SQL), the first is the default. */
  sortable: Record<string, RawBuilder<unknown>>;
  /** Unique tiebreak, so pages are stable. */
  key: RawBuilder<unknown>;
  /** Costly joins (per-row aggregates) that filters never use: left out of counts, and of paging unless sorted by. */
  late?: { from: RawBuilder<unknown>; sorts: string[] };
}

const ref = (s: string) => sql.raw(s);
const flaggedExpr = (q: ListQuery) =>
  sql`(count(*) >= ${q.rule.minRatings} and (avg(cr.content_score) + avg(cr.course_score)) / 2 < ${q.rule.threshold})`;

function kindSql(kind: ListKind, q: ListQuery): KindSql {
  switch (kind) {
    case 'institutions': {
      const region = regionOf(ref('r.city_code'));
      return {
        from: sql`institution_registrations r join institutions i on i.id = r.institution_id`,
        city: ref('r.city_code'),
        select: sql`r.id, i.id as institution_id, i.name as institution_name, i.credit_code, ${region} as region_code, r.city_code, r.status,
          r.online_status, array(select tc.name from training_categories tc where tc.id = any(r.categories) order by tc.sort_order) as category_names,
          r.submitted_at, r.registered_at`,
        status: (s) => ({ where: sql`r.status = ${s}` }),
        category: ref('r.categories'),
        categoryArray: true,
        date: { col: ref('r.registered_at'), day: false },
        keyword: (like) => sql`(i.name ilike ${like} or i.credit_code ilike ${like})`,
        sortable: { registeredAt: ref('r.registered_at'), institutionName: ref('i.name'), status: ref('r.status'), regionCode: region },
        key: ref('r.id'),
      };
    }
    case 'classes': {
      const region = regionOf(ref('c.city_code'));
      return {
        from: sql`classes c join institutions i on i.id = c.institution_id join training_categories tc on tc.id = c.category_id`,
        city: ref('c.city_code'),
        select: sql`c.id, c.code, c.name, i.id as institution_id, i.name as institution_name, c.category_id, tc.name as category_name, c.training_type,
          ${region} as region_code, c.starts_on::text as starts_on, c.ends_on::text as ends_on, c.status,
          (select count(*) from enrolments e where e.class_id = c.id)::int8 as enrolled_count,
          (select count(distinct ce.learner_account_id) from certificates ce where ce.class_id = c.id)::int8 as completed_count`,
        status: (s) => ({ where: sql`c.status = ${s}` }),
        category: ref('c.category_id'),
        classCol: ref('c.id'),
        date: { col: ref('c.starts_on'), day: true },
        keyword: (like) => sql`(c.name ilike ${like} or c.code ilike ${like} or i.name ilike ${like})`,
        sortable: { startsOn: ref('c.starts_on'), name: ref('c.name'), institutionName: ref('i.name'), enrolled: ref('enrolled_count'), completed: ref('completed_count') },
        key: ref('c.id'),
      };
    }
    case 'enrolments': {
      const region = regionOf(ref('c.city_code'));
      return {
        from: sql`enrolments e join classes c on c.id = e.class_id join institutions i on i.id = c.institution_id
          join learners l on l.account_id = e.learner_account_id`,
        // Per-learner sums, joined only to the rows of the page unless the page is sorted by them.
        late: {
          from: sql`left join lateral (select coalesce(sum(h.seconds), 0)::int8 as seconds, max(h.created_at) as last_at
            from hour_ledger h where h.learner_account_id = e.learner_account_id and h.class_id = e.class_id) hl on true
          left join lateral (select max(coalesce(s.ended_at, s.started_at)) as at
            from learning_sessions s where s.class_id = e.class_id and s.learner_account_id = e.learner_account_id) ls on true`,
          sorts: ['learnedSeconds', 'lastLearningAt'],
        },
        city: ref('c.city_code'),
        select: sql`e.id, e.learner_account_id as learner_id, l.name as learner_name, l.id_number_masked, c.id as class_id, c.code as class_code,
          c.name as class_name, i.id as institution_id, i.name as institution_name, ${region} as region_code, c.category_id,
          hl.seconds as learned_seconds, (c.required_theory_hours + c.required_practical_hours) as required_hours, e.status, e.joined_at,
          greatest(hl.last_at, ls.at) as last_learning_at`,
        status: (s) => ({ where: sql`e.status = ${s}` }),
        category: ref('c.category_id'),
        classCol: ref('c.id'),
        date: { col: ref('e.joined_at'), day: false },
        keyword: (like) => sql`(l.name ilike ${like} or c.name ilike ${like} or c.code ilike ${like})`,
        sortable: { joinedAt: ref('e.joined_at'), learnerName: ref('l.name'), learnedSeconds: ref('hl.seconds'), lastLearningAt: sql`greatest(hl.last_at, ls.at)`, status: ref('e.status') },
        key: ref('e.id'),
      };
    }
    case 'hours': {
      const region = regionOf(ref('c.city_code'));
      return {
        from: sql`hour_ledger h join classes c on c.id = h.class_id join institutions i on i.id = c.institution_id
          join learners l on l.account_id = h.learner_account_id left join courses co on co.id = h.course_id`,
        city: ref('c.city_code'),
        select: sql`h.learner_account_id as learner_id, l.name as learner_name, l.id_number_masked, c.id as class_id, c.name as class_name,
          i.id as institution_id, i.name as institution_name, ${region} as region_code, h.course_id, co.title as course_title,
          sum(h.seconds)::int8 as seconds, max(h.created_at) as last_at`,
        groupBy: sql`h.learner_account_id, l.name, l.id_number_masked, c.id, c.name, i.id, i.name, h.course_id, co.title`,
        category: ref('c.category_id'),
        classCol: ref('c.id'),
        date: { col: ref('h.created_at'), day: false },
        keyword: (like) => sql`(l.name ilike ${like} or co.title ilike ${like})`,
        sortable: { learnerName: ref('l.name'), seconds: sql`sum(h.seconds)`, courseTitle: ref('co.title'), lastAt: sql`max(h.created_at)` },
        key: sql`h.learner_account_id, c.id, h.course_id`,
      };
    }
    case 'ratings':
      return {
        from: sql`course_ratings cr join classes c on c.id = cr.class_id join institutions i on i.id = c.institution_id
          join courses co on co.id = cr.course_id left join teachers t on t.id = co.teacher_id`,
        city: ref('c.city_code'),
        select: sql`co.id as course_id, co.title as course_title, i.id as institution_id, i.name as institution_name, i.region_code, t.name as teacher_name,
          count(*)::int8 as rating_count, avg(cr.content_score)::float8 as content_avg, avg(cr.course_score)::float8 as course_avg,
          avg(cr.teacher_score)::float8 as teacher_avg, ${flaggedExpr(q)} as flagged`,
        groupBy: sql`co.id, co.title, i.id, i.name, i.region_code, t.name`,
        status: (s, query) => ({ having: s === 'flagged' ? flaggedExpr(query) : sql`not ${flaggedExpr(query)}` }),
        category: ref('c.category_id'),
        classCol: ref('c.id'),
        date: { col: ref('cr.updated_at'), day: false },
        keyword: (like) => sql`(co.title ilike ${like} or i.name ilike ${like} or t.name ilike ${like})`,
        sortable: { count: sql`count(*)`, courseTitle: ref('co.title'), content: sql`avg(cr.content_score)`, course: sql`avg(cr.course_score)`, teacher: sql`avg(cr.teacher_score)` },
        key: ref('co.id'),
      };
    case 'face-checks': {
      const region = regionOf(ref('c.city_code'));
      const failures = sql`count(*) filter (where ev.kind <> 'face_check_passed')`;
      return {
        from: sql`learning_events ev join learning_sessions s on s.id = ev.session_id join classes c on c.id = s.class_id
          join institutions i on i.id = c.institution_id`,
        base: sql`ev.kind in ('face_check_passed', 'face_check_failed', 'face_check_missed')`,
        city: ref('c.city_code'),
        select: sql`c.id as class_id, c.code as class_code, c.name as class_name, i.id as institution_id, i.name as institution_name, ${region} as region_code,
          count(*)::int8 as checks, ${failures}::int8 as failures, (${failures})::float8 / count(*) as failure_rate`,
        groupBy: sql`c.id, c.code, c.name, i.id, i.name, i.region_code`,
        category: ref('c.category_id'),
        classCol: ref('c.id'),
        date: { col: ref('ev.created_at'), day: false },
        keyword: (like) => sql`(c.name ilike ${like} or c.code ilike ${like} or i.name ilike ${like})`,
        sortable: { failureRate: sql`(${failures})::float8 / count(*)`, checks: sql`count(*)`, failures, className: ref('c.name'), institutionName: ref('i.name') },
        key: ref('c.id'),
      };
    }
    case 'institution-face-checks': {
      const failures = sql`count(*) filter (where ev.kind <> 'face_check_passed')`;
      return {
        from: sql`learning_events ev join learning_sessions s on s.id = ev.session_id join classes c on c.id = s.class_id
          join institutions i on i.id = c.institution_id`,
        base: sql`ev.kind in ('face_check_passed', 'face_check_failed', 'face_check_missed')`,
        city: ref('c.city_code'),
        select: sql`i.id as institution_id, i.name as institution_name, i.region_code, count(distinct c.id)::int8 as classes,
          count(*)::int8 as checks, ${failures}::int8 as failures, (${failures})::float8 / count(*) as failure_rate`,
        groupBy: sql`i.id, i.name, i.region_code`,
        category: ref('c.category_id'),
        classCol: ref('c.id'),
        date: { col: ref('ev.created_at'), day: false },
        keyword: (like) => sql`(i.name ilike ${like} or i.credit_code ilike ${like})`,
        sortable: { failureRate: sql`(${failures})::float8 / count(*)`, checks: sql`count(*)`, failures, institutionName: ref('i.name') },
        key: ref('i.id'),
      };
    }
    case 'certificates': {
      const region = regionOf(ref('ce.city_code'));
      return {
        from: sql`certificates ce join classes c on c.id = ce.class_id join institutions i on i.id = ce.institution_id
          join learners l on l.account_id = ce.learner_account_id join training_categories tc on tc.id = c.category_id
          left join certificate_revocations rv on rv.certificate_id = ce.id`,
        base: sql`not exists (select 1 from certificates n where n.supersedes_id = ce.id)`,
        city: ref('ce.city_code'),
        select: sql`ce.id, ce.number, ce.learner_account_id as learner_id, l.name as learner_name, l.id_number_masked, c.id as class_id, c.category_id,
          tc.name as category_name, c.training_type, i.id as institution_id, i.name as institution_name, ${region} as region_code, ce.issued_at, rv.revoked_at`,
        status: (s) => ({ where: s === 'revoked' ? sql`rv.id is not null` : sql`rv.id is null` }),
        category: ref('c.category_id'),
        classCol: ref('c.id'),
        date: { col: ref('ce.issued_at'), day: false },
        keyword: (like) => sql`(ce.number ilike ${like} or l.name ilike ${like})`,
        sortable: { issuedAt: ref('ce.issued_at'), number: ref('ce.number'), learnerName: ref('l.name') },
        key: ref('ce.id'),
      };
    }
  }
}

export const sortColumns = (kind: ListKind): string[] => Object.keys(kindSql(kind, { rule: { minRatings: 1, threshold: 3 } } as ListQuery).sortable);

/**
 * Rows within any of the prefixes. A row's region starts with its city's four digits, so a province
 * or city prefix is a plain (indexable, well-estimated) `city_code like` test; only a county needs the region.
 */
export function inRegion(city: RawBuilder<unknown>, region: RawBuilder<unknown>, prefixes: string[]) {
  return sql`(${sql.join(
    prefixes.map((p) => (p.length <= 4 ? sql`${city} like ${`${p}%`}` : sql`(${city} like ${`${p.slice(0, 4)}%`} and ${region} = ${p})`)),
    sql` or `,
  )})`;
}

function conditions(k: KindSql, q: ListQuery) {
  const f = q.filters;
  const region = regionOf(k.city);
  const where: RawBuilder<unknown>[] = [];
  const having: RawBuilder<unknown>[] = [];
  // M29: the caller's region.
  where.push(inRegion(k.city, region, q.prefixes));
  if (k.base) where.push(k.base);
  if (f.cityCode) where.push(sql`${k.city} like ${`${f.cityCode.slice(0, 4)}%`}`);
  if (f.countyCode) where.push(inRegion(k.city, region, [f.countyCode]));
  if (f.institutionId) where.push(sql`i.id = ${f.institutionId}`);
  if (f.classId) where.push(k.classCol ? sql`${k.classCol} = ${f.classId}` : sql`false`);
  // Registrations list their categories in an array; every other kind has its class's one category.
  if (f.categoryId) where.push(k.categoryArray ? sql`${f.categoryId} = any(${k.category})` : sql`${k.category} = ${f.categoryId}`);
  if (f.status) {
    const s = k.status?.(f.status, q);
    if (s?.where) where.push(s.where);
    if (s?.having) having.push(s.having);
  }
  const { col, day } = k.date;
  if (f.from) where.push(day ? sql`${col} >= ${f.from}::date` : sql`${col} >= (${f.from}::date)::timestamp at time zone 'Asia/Shanghai'`);
  if (f.to) where.push(day ? sql`${col} <= ${f.to}::date` : sql`${col} < (${f.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'`);
  if (f.q) where.push(k.keyword(`%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`));
  return { where: sql.join(where, sql` and `), having: having.length ? sql`having ${sql.join(having, sql` and `)}` : sql`` };
}

/** A page of rows and, unless `withCount` is false (export batches), the total. */
export async function list(db: Db, kind: ListKind, q: ListQuery, withCount = true): Promise<{ rows: Row[]; total: number }> {
  const k = kindSql(kind, q);
  const { where, having } = conditions(k, q);
  const group = k.groupBy ? sql`group by ${k.groupBy}` : sql``;
  const sortCol = k.sortable[q.sort] ?? Object.values(k.sortable)[0]!;
  const dir = sql.raw(q.order === 'asc' ? 'asc nulls first' : 'desc nulls last');
  const order = sql`order by ${sortCol} ${dir}, ${k.key}`;
  const late = k.late?.from ?? sql``;
  // Page on the cheap joins first, then add the per-row aggregates to those rows only.
  // The page's keys drive the join, so the aggregates run for those rows only (an IN filter would not be pushed below the laterals).
  const rows = k.late && !k.late.sorts.includes(q.sort)
    ? await sql<Row>`select ${k.select} from (select ${k.key} as page_key from ${k.from} where ${where} ${order} limit ${q.limit} offset ${q.offset}) page
        join (${k.from}) on ${k.key} = page.page_key ${late} ${order}`.execute(db)
    : await sql<Row>`select ${k.select} from ${k.from} ${late} where ${where} ${group} ${having} ${order} limit ${q.limit} offset ${q.offset}`.execute(db);
  return { rows: rows.rows, total: withCount ? await countOf(db, k, where, group, having) : -1 };
}

export async function count(db: Db, kind: ListKind, q: ListQuery): Promise<number> {
  const k = kindSql(kind, q);
  const { where, having } = conditions(k, q);
  return countOf(db, k, where, k.groupBy ? sql`group by ${k.groupBy}` : sql``, having);
}

async function countOf(db: Db, k: KindSql, where: RawBuilder<unknown>, group: RawBuilder<unknown>, having: RawBuilder<unknown>): Promise<number> {
  const res = await sql<{ n: string | number }>`select count(*) as n from (select 1 from ${k.from} where ${where} ${group} ${having}) t`.execute(db);
  return Number(res.rows[0]?.n ?? 0);
}

/** Whether a list's rows have a single uuid key (exports then page by key, not by offset). */
export const keyedKinds: readonly ListKind[] = ['institutions', 'classes', 'enrolments', 'certificates'];

/** The keys of every matching row, in list order, up to `max`: one sort for a whole export. */
export async function orderedKeys(db: Db, kind: ListKind, q: ListQuery, max: number): Promise<string[]> {
  const k = kindSql(kind, q);
  const { where } = conditions(k, q);
  const sortCol = k.sortable[q.sort] ?? Object.values(k.sortable)[0]!;
  const dir = sql.raw(q.order === 'asc' ? 'asc nulls first' : 'desc nulls last');
  const late = k.late && k.late.sorts.includes(q.sort) ? k.late.from : sql``;
  const res = await sql<{ k: string }>`select ${k.key} as k from ${k.from} ${late} where ${where} order by ${sortCol} ${dir}, ${k.key} limit ${max}`.execute(db);
  return res.rows.map((r) => r.k);
}

/** The rows of the given keys, in the order of `keys`. */
export async function rowsByKeys(db: Db, kind: ListKind, q: ListQuery, keys: string[]): Promise<Row[]> {
  if (keys.length === 0) return [];
  const k = kindSql(kind, q);
  const res = await sql<Row>`select ${k.select} from ${k.from} ${k.late?.from ?? sql``} where ${k.key} = any(${keys}::uuid[])`.execute(db);
  const byKey = new Map(res.rows.map((r) => [String(r.id), r]));
  return keys.map((key) => byKey.get(key)).filter((r): r is Row => r !== undefined);
}
