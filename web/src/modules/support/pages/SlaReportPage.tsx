import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Table, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { downloadCsv, toCsv, type CsvColumn } from '../../../ui/export-csv';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { todayInShanghai } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { CalendarCard } from '../components/CalendarCard';
import { useSlaReport } from '../queries';
import { metRate, reportTotals } from '../sla-report';
import { reportTexts as t, supportTexts as s } from '../texts';
import type { SlaReportRow } from '../types';

type Row = Pick<SlaReportRow, 'categoryName' | 'total' | 'firstResponse' | 'resolution'>;

const clockColumns = (title: string, key: 'firstResponse' | 'resolution'): TableColumnsType<Row>[number] => ({
  title,
  children: [
    { title: t.met, key: `${key}-met`, align: 'right', render: (_, r) => r[key].met },
    { title: t.missed, key: `${key}-missed`, align: 'right', render: (_, r) => <span className={r[key].missed ? 'xk-danger-text' : undefined}>{r[key].missed}</span> },
    { title: t.running, key: `${key}-running`, align: 'right', render: (_, r) => r[key].running },
    { title: t.rate, key: `${key}-rate`, align: 'right', render: (_, r) => metRate(r[key]) },
  ],
});

/** 客服时效报告 (M10): the platform's month by category, for the platform and the province. */
export function SlaReportPage({ canEditCalendar, showCalendar }: { canEditCalendar: boolean; showCalendar: boolean }) {
  const [month, setMonth] = useState<Dayjs>(() => todayInShanghai());
  const key = month.format('YYYY-MM');
  const report = useSlaReport(key);
  const rows: Row[] = report.data?.rows ?? [];
  const withTotal: Row[] = rows.length ? [...rows, { categoryName: t.sum, ...reportTotals(rows) }] : [];

  const exportCsv = () => {
    const columns: CsvColumn<Row>[] = [
      { title: s.category, value: (r) => r.categoryName },
      { title: t.total, value: (r) => String(r.total) },
      ...(['firstResponse', 'resolution'] as const).flatMap((k) => {
        const label = k === 'firstResponse' ? s.firstResponse : s.resolution;
        return [
          { title: `${label}${t.met}`, value: (r: Row) => String(r[k].met) },
          { title: `${label}${t.missed}`, value: (r: Row) => String(r[k].missed) },
          { title: `${label}${t.running}`, value: (r: Row) => String(r[k].running) },
          { title: `${label}${t.rate}`, value: (r: Row) => metRate(r[k]) },
        ];
      }),
    ];
    downloadCsv(t.exportFile(key), toCsv(withTotal, columns));
  };

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <FilterBar
          extra={
            <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={rows.length === 0}>
              {t.export}
            </Button>
          }
        >
          <FilterField label={t.month}>
            <DatePicker picker="month" value={month} onChange={(d) => d && setMonth(d)} allowClear={false} />
          </FilterField>
        </FilterBar>
        {report.isError ? (
          <PageError error={report.error} onRetry={() => void report.refetch()} />
        ) : (
          <Table<Row>
            rowKey="categoryName"
            size="middle"
            bordered
            loading={report.isPending}
            pagination={false}
            dataSource={withTotal}
            columns={[{ title: s.category, dataIndex: 'categoryName' }, { title: t.total, dataIndex: 'total', align: 'right' }, clockColumns(s.firstResponse, 'firstResponse'), clockColumns(s.resolution, 'resolution')]}
            locale={{ emptyText: report.isPending ? ' ' : <EmptyState title={t.empty} /> }}
          />
        )}
      </Card>
      {showCalendar ? <CalendarCard canEdit={canEditCalendar} /> : null}
    </PageContainer>
  );
}
