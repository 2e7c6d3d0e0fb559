import { Card, Segmented, Select, Skeleton, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { PageError } from '../../../ui/PageError';
import { chartOption, hasFigures, headlineMetric } from '../chart-option';
import { useDashboard } from '../queries';
import { dashboardTexts as t, viewTitles } from '../texts';
import type { DashboardData, DashboardFilters, DashboardRow, DashboardView } from '../types';
import { EChart } from './EChart';

type Mode = 'chart' | 'table';

function columnsOf(data: DashboardData): TableColumnsType<DashboardRow> {
  return [
    { title: t.period_, dataIndex: 'period', key: 'period', width: 120 },
    ...(data.groupBy === 'none' ? [] : [{ title: t.group, dataIndex: 'groupName', key: 'group' }]),
    ...data.metrics.map((m) => ({ title: `${m.label}（${m.unit}）`, key: m.key, align: 'right' as const, render: (_: unknown, r: DashboardRow) => r.values[m.key] ?? 0 })),
  ];
}

/** One dashboard view with its 图表/表格 switch: the same figures as a chart or as a table with totals. */
export function DashboardCard({ view, filters }: { view: DashboardView; filters: DashboardFilters }) {
  const [mode, setMode] = useState<Mode>('chart');
  const [metric, setMetric] = useState<string | null>(null);
  const query = useDashboard(view, filters);
  const data = query.data;
  const title = viewTitles[view];
  const shown = data ? (metric && data.metrics.some((m) => m.key === metric) ? metric : headlineMetric(data)) : '';

  const extra = (
    <span className="xk-dashboard-card-extra">
      {data && data.groupBy !== 'none' && mode === 'chart' ? (
        <Select size="small" value={shown} onChange={setMetric} options={data.metrics.map((m) => ({ value: m.key, label: m.label }))} style={{ width: 140 }} aria-label={`${title}${t.group}`} />
      ) : null}
      <Segmented<Mode>
        size="small"
        value={mode}
        onChange={setMode}
        options={[
          { value: 'chart', label: t.chart },
          { value: 'table', label: t.table },
        ]}
        aria-label={t.viewSwitch(title)}
      />
    </span>
  );

  let body;
  if (query.isError) body = <PageError error={query.error} onRetry={() => void query.refetch()} />;
  else if (!data) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (!hasFigures(data)) body = <EmptyState title={t.empty} hint={t.emptyHint} />;
  else if (mode === 'chart') body = <EChart option={chartOption(data, shown)} />;
  else
    body = (
      <Table<DashboardRow>
        size="small"
        rowKey={(r) => `${r.period}|${r.groupKey}`}
        dataSource={data.rows}
        columns={columnsOf(data)}
        loading={query.isFetching}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={data.groupBy === 'none' ? 1 : 2}>
              {t.total}
            </Table.Summary.Cell>
            {data.metrics.map((m, i) => (
              <Table.Summary.Cell key={m.key} index={i + 2} align="right">
                {data.totals[m.key] ?? 0}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
    );

  return (
    <Card title={title} extra={extra} data-testid={`dashboard-${view}`} className="xk-dashboard-card">
      {body}
    </Card>
  );
}
