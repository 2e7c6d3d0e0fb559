import type { DashboardView, Granularity, GroupBy } from './types';

/** zh-CN text of the supervision dashboards (issue 8 item 2). */
export const dashboardTexts = {
  title: '监管驾驶舱',
  description: '辖区培训的学习、结业、诚信与评价情况，数据由统计任务每 5 分钟更新',
  period: '统计期间',
  region: '区域',
  granularity: '时间粒度',
  groupBy: '分组',
  category: '培训类别',
  allCategories: '全部类别',
  chart: '图表',
  table: '表格',
  period_: '期间',
  group: '分组',
  total: '合计',
  empty: '该期间暂无数据',
  emptyHint: '可调整统计期间或类别；新数据约 5 分钟后计入',
  refreshedAt: (at: string) => `数据更新于 ${at}`,
  notRefreshed: '统计尚未运行',
  viewSwitch: (title: string) => `${title}的展示方式`,
};

export const viewTitles: Record<DashboardView, string> = {
  learning: '学习人次与学时',
  completion: '结业情况',
  integrity: '诚信事件',
  ratings: '课程评价',
};

export const granularityNames: Record<Granularity, string> = { day: '按日', week: '按周', month: '按月' };

/** A province groups by city, a city by county. */
export const groupByNames = (level: 'province' | 'city' | 'county'): Record<GroupBy, string> => ({
  none: '不分组',
  region: level === 'province' ? '按地市' : '按县区',
  category: '按培训类别',
});
