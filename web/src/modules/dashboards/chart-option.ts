import type { DashboardData } from './types';

/**
 * The ECharts option of one dashboard view, a pure function of its data:
 * ungrouped, every figure of the view as a line; grouped (by city, county or
 * category), the chosen figure as one stacked bar per group.
 */
export function chartOption(data: DashboardData, metric: string) {
  const grouped = data.groupBy !== 'none';
  const unitOf = new Map(data.metrics.map((m) => [m.key, m.unit]));
  const labelOf = new Map(data.metrics.map((m) => [m.key, m.label]));
  // Rates and averages are not counts: on their own axis at the right, so a 100 % does not dwarf the counts.
  const onRightAxis = (key: string) => !grouped && RATIO_UNITS.includes(unitOf.get(key) ?? '');
  const series = grouped
    ? data.series.filter((s) => s.metric === metric).map((s) => ({ name: s.groupName, type: 'bar' as const, stack: 'groups', data: s.data, yAxisIndex: 0, emphasis: { focus: 'series' as const } }))
    : data.series.map((s) => ({ name: `${labelOf.get(s.metric) ?? s.metric}（${unitOf.get(s.metric) ?? ''}）`, type: 'line' as const, showSymbol: data.periods.length <= 31, data: s.data, yAxisIndex: onRightAxis(s.metric) ? 1 : 0 }));
  const right = data.metrics.find((m) => onRightAxis(m.key));
  return {
    animation: false,
    tooltip: { trigger: 'axis' as const },
    legend: { type: 'scroll' as const, top: 0 },
    grid: { left: 48, right: right ? 48 : 16, top: 40, bottom: 32 },
    xAxis: { type: 'category' as const, data: data.periods.map(shortPeriod) },
    yAxis: [
      { type: 'value' as const, name: grouped ? `${labelOf.get(metric) ?? ''}（${unitOf.get(metric) ?? ''}）` : undefined },
      ...(right ? [{ type: 'value' as const, name: right.unit, position: 'right' as const, splitLine: { show: false } }] : []),
    ],
    series,
  };
}

const RATIO_UNITS = ['%', '分'];

/** 2026-11-05 → 11-05 on the axis (the year is in the filter). */
export const shortPeriod = (period: string) => period.slice(5);

/** The figure a grouped chart shows first: the view's headline. */
export function headlineMetric(data: DashboardData): string {
  const preferred = ['onlineHours', 'completions', 'faceCheckFailed', 'ratingsCount'];
  return data.metrics.find((m) => preferred.includes(m.key))?.key ?? data.metrics[0]?.key ?? '';
}

/** Whether the view holds any figure other than zero (else the card shows its empty state). */
export const hasFigures = (data: DashboardData) => data.rows.some((r) => Object.values(r.values).some((v) => v !== 0));
