import { describe, expect, it } from 'vitest';
import { chartOption, headlineMetric } from './chart-option';
import type { DashboardData } from './types';

const base: DashboardData = {
  view: 'learning',
  region: { code: '440100', name: '广州市', level: 'city' },
  from: '2026-11-01',
  to: '2026-11-02',
  granularity: 'day',
  groupBy: 'none',
  metrics: [
    { key: 'activeLearners', label: '学习人次', unit: '人次' },
    { key: 'onlineHours', label: '线上学时', unit: '小时' },
  ],
  periods: ['2026-11-01', '2026-11-02'],
  series: [
    { metric: 'activeLearners', groupKey: '', groupName: '广州市', data: [1, 2] },
    { metric: 'onlineHours', groupKey: '', groupName: '广州市', data: [1.5, 0] },
  ],
  rows: [],
  totals: {},
  refreshedAt: null,
};

describe('dashboard chart option', () => {
  it('draws every figure of an ungrouped view as a line with its unit', () => {
    const option = chartOption(base, 'onlineHours');
    expect(option.series.map((s) => [s.name, s.type])).toEqual([
      ['学习人次（人次）', 'line'],
      ['线上学时（小时）', 'line'],
    ]);
    expect(option.xAxis.data).toEqual(['11-01', '11-02']);
    expect(option.yAxis).toHaveLength(1);
  });

  it('puts a rate on its own axis at the right', () => {
    const completion: DashboardData = {
      ...base,
      view: 'completion',
      metrics: [
        { key: 'completions', label: '结业人数', unit: '人' },
        { key: 'completionRate', label: '结业率', unit: '%' },
      ],
      series: [
        { metric: 'completions', groupKey: '', groupName: '广州市', data: [1, 0] },
        { metric: 'completionRate', groupKey: '', groupName: '广州市', data: [100, 0] },
      ],
    };
    const option = chartOption(completion, 'completions');
    expect(option.series.map((s) => s.yAxisIndex)).toEqual([0, 1]);
    expect(option.yAxis[1]).toMatchObject({ name: '%', position: 'right' });
  });

  it('draws the chosen figure as one stacked bar per county when grouped', () => {
    const grouped: DashboardData = {
      ...base,
      groupBy: 'region',
      series: [
        { metric: 'onlineHours', groupKey: '440106', groupName: '天河区', data: [1, 0] },
        { metric: 'activeLearners', groupKey: '440106', groupName: '天河区', data: [1, 0] },
        { metric: 'onlineHours', groupKey: '440104', groupName: '越秀区', data: [0, 2] },
      ],
    };
    expect(headlineMetric(grouped)).toBe('onlineHours');
    const option = chartOption(grouped, 'onlineHours');
    expect(option.series.map((s) => [s.name, s.type, s.data])).toEqual([
      ['天河区', 'bar', [1, 0]],
      ['越秀区', 'bar', [0, 2]],
    ]);
    expect(option.yAxis.map((a) => a.name)).toEqual(['线上学时（小时）']);
  });
});
