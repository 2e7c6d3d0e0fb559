import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import { shanghaiDay } from '../audit/index.js';
import { findRegion, regulatorPrefixes, scopePrefix, type RegionNode } from '../regions/index.js';
import { DashboardErrors } from './dashboards.errors.js';
import { columnsOf, METRICS, periodsBetween, sumRows, type View } from './dashboards.metrics.js';
import * as repo from './dashboards.repository.js';
import * as rollups from './rollups.repository.js';

/** A row committed a little after a later one still lands in the next refresh (timestamp watermarks). */
export const LATE_COMMIT_MARGIN_SECONDS = 600;
/** Shown when no period is asked for: the last 30 days. */
export const DEFAULT_PERIOD_DAYS = 30;
/** A refresh that recomputed more days than this (a first run, a rebuild) refreshes the rollups' statistics. */
export const ANALYZE_AFTER_DAYS = 7;
/** The longest period one view sums (a year of daily rollups keeps a province view well under 300 ms). */
export const MAX_PERIOD_DAYS = 366;

const DAY_MS = 86_400_000;

export type GroupBy = 'none' | 'region' | 'category';

export interface ViewQuery {
  region?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  granularity?: repo.Granularity | undefined;
  groupBy?: GroupBy | undefined;
  categoryId?: string | undefined;
}

/** Consecutive days as half-open ranges [from, to), so a run of days is recomputed in one pass. */
export function dayRuns(days: string[]): [string, string][] {
  const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  const runs: [string, string][] = [];
  for (const day of [...new Set(days)].sort()) {
    const last = runs[runs.length - 1];
    if (last && last[1] === day) last[1] = next(day);
    else runs.push([day, next(day)]);
  }
  return runs;
}

/**
 * Supervision dashboards (issue 8 item 2, M29): figures per day, county,
 * institution and category, summed from a rollup a job keeps current, shown
 * to regulators for their region and to the platform operator for the province.
 */
export function createDashboardsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /**
   * Brings the rollup up to date: finds the days with new or changed source rows
   * since the watermarks (plus today, and yesterday just after midnight, for rows
   * whose transaction committed late), recomputes those days whole and moves the watermarks, all
   * in one transaction. Idempotent: a second run finds nothing new and rewrites
   * today with the same figures.
   */
  async function refresh(): Promise<{ days: string[] }> {
    return db.transaction().execute(async (tx) => {
      const now = clock.now();
      const previous = Object.fromEntries((await rollups.lockWatermarks(tx)).map((w) => [w.source, w])) as Record<rollups.Source, rollups.Watermark>;
      const marks = await rollups.currentMarks(tx);
      const touched = await rollups.touchedDays(tx, previous, marks, LATE_COMMIT_MARGIN_SECONDS);
      // Today always, and yesterday just after midnight: a row whose transaction committed after a later one.
      const lateCommitDay = shanghaiDay(new Date(now.getTime() - LATE_COMMIT_MARGIN_SECONDS * 1000));
      const days = [...new Set([...touched, lateCommitDay, shanghaiDay(now)])].sort();
      for (const [from, to] of dayRuns(days)) await rollups.recomputeDays(tx, from, to, now);
      if (days.length > ANALYZE_AFTER_DAYS) await rollups.analyzeRollups(tx);
      await rollups.saveWatermarks(tx, marks, previous, now);
      return { days };
    });
  }

  /** The region shown: the one asked for if it lies in the caller's scope (else 404, M29), or the caller's own. */
  function regionFor(actor: Actor, requested: string | undefined): RegionNode {
    const platform = actor.roles.some((r) => r.role === 'platform_operator');
    const own = actor.roles.find((r) => r.role === 'regulator' && r.scope.regionCode)?.scope.regionCode;
    const code = requested ?? (platform ? '440000' : own);
    const node = code ? findRegion(code) : undefined;
    if (!node) throw DashboardErrors.DASHBOARD_REGION_NOT_FOUND();
    const prefix = scopePrefix(node.code);
    if (!platform && !regulatorPrefixes(actor).some((p) => prefix.startsWith(p))) throw DashboardErrors.DASHBOARD_REGION_NOT_FOUND();
    return node;
  }

  function periodOf(q: ViewQuery) {
    const to = q.to ?? shanghaiDay(clock.now());
    const from = q.from ?? shanghaiDay(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_PERIOD_DAYS - 1) * DAY_MS));
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
    if (!(days >= 1 && days <= MAX_PERIOD_DAYS)) throw DashboardErrors.DASHBOARD_PERIOD_INVALID();
    return { from, to };
  }

  /** Child regions name the groups: a province's cities, a city's counties (a county is its own group). */
  function regionGroup(region: RegionNode) {
    const chars = region.level === 'province' ? 4 : 6;
    const code = (key: string) => key.padEnd(6, '0');
    return { chars, code, name: (key: string) => findRegion(code(key))?.name ?? code(key) };
  }

  async function view(actor: Actor, which: View, q: ViewQuery) {
    const region = regionFor(actor, q.region);
    const { from, to } = periodOf(q);
    const granularity = q.granularity ?? 'day';
    const groupBy = q.groupBy ?? 'none';
    const regions = regionGroup(region);
    const metrics = METRICS[which];
    const rows = await repo.figures(db, {
      prefix: scopePrefix(region.code),
      from,
      to,
      granularity,
      regionChars: groupBy === 'region' ? regions.chars : null,
      byCategory: groupBy === 'category',
      categoryId: q.categoryId ?? null,
    }, columnsOf(metrics));
    const categories = groupBy === 'category' ? await repo.categoryNames(db, [...new Set(rows.map((r) => r.group_key))]) : new Map<string, string>();
    const groupKey = (key: string) => (groupBy === 'region' ? regions.code(key) : key);
    const groupName = (key: string) => (groupBy === 'region' ? regions.name(key) : groupBy === 'category' ? (categories.get(key) ?? '未分类') : region.name);

    const values = (r: repo.FigureRow) => Object.fromEntries(metrics.map((m) => [m.key, m.value(r)]));
    const periods = periodsBetween(from, to, granularity);
    const groups = [...new Set(rows.map((r) => r.group_key))];
    const byCell = new Map(rows.map((r) => [`${r.period}|${r.group_key}`, r]));
    const series = groups.flatMap((g) =>
      metrics.map((m) => ({
        metric: m.key,
        groupKey: groupKey(g),
        groupName: groupName(g),
        data: periods.map((p) => {
          const cell = byCell.get(`${p}|${g}`);
          return cell ? m.value(cell) : 0;
        }),
      })),
    );
    return {
      view: which,
      region: { code: region.code, name: region.name, level: region.level },
      from,
      to,
      granularity,
      groupBy,
      metrics: metrics.map(({ key, label, unit }) => ({ key, label, unit })),
      periods,
      series,
      // A day with figures of other views only is not a row of this one.
      rows: rows.filter((r) => metrics.some((m) => m.value(r) !== 0)).map((r) => ({ period: r.period, groupKey: groupKey(r.group_key), groupName: groupName(r.group_key), values: values(r) })),
      totals: values(sumRows(rows)),
      refreshedAt: (await rollups.lastRefreshedAt(db))?.toISOString() ?? null,
    };
  }

  return { refresh, view };
}

export type DashboardsService = ReturnType<typeof createDashboardsService>;
