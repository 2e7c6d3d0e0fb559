import { Card, Select, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { PAGE_SIZE, useCases } from '../queries';
import { caseTexts as t } from '../texts';
import type { CaseSummary } from '../types';

/** 案件 (N3.1, M30, M31): the region's cases and those reported to it; overdue rectification tagged. */
export function CasesPage() {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<'open' | 'closed' | undefined>(undefined);
  const [overdue, setOverdue] = useState(false);
  const cases = useCases(page, status, overdue);

  const columns: ColumnsType<CaseSummary> = [
    { title: t.updatedAt, dataIndex: 'updatedAt', key: 'updatedAt', className: 'xk-nowrap', render: formatDateTime },
    {
      title: t.title,
      key: 'title',
      render: (_, c) => (
        <span>
          <Link to={`/enforcement/cases/${c.id}`}>{c.title}</Link> {c.overdue ? <Tag color="red">{t.overdue}</Tag> : null}
        </span>
      ),
    },
    { title: t.institution, key: 'institution', render: (_, c) => c.institution.name },
    { title: t.source, key: 'source', render: (_, c) => t.sourceNames[c.source] },
    { title: t.status, key: 'status', render: (_, c) => <Tag color={c.status === 'open' ? 'blue' : 'default'}>{t.statusNames[c.status]}</Tag> },
  ];

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <FilterBar>
          <FilterField label={t.status}>
            <Select<'open' | 'closed' | 'all'>
              style={{ width: 140 }}
              value={status ?? 'all'}
              onChange={(v) => {
                setStatus(v === 'all' ? undefined : v);
                setPage(1);
              }}
              options={[{ value: 'all', label: t.allStatus }, ...(['open', 'closed'] as const).map((value) => ({ value, label: t.statusNames[value] }))]}
            />
          </FilterField>
          <FilterField label={t.overdueOnly}>
            <Switch
              checked={overdue}
              onChange={(v) => {
                setOverdue(v);
                setPage(1);
              }}
            />
          </FilterField>
        </FilterBar>
        {cases.isError ? (
          <PageError error={cases.error} onRetry={() => void cases.refetch()} />
        ) : (
          <Table<CaseSummary>
            rowKey="id"
            columns={columns}
            dataSource={cases.data?.items ?? []}
            loading={cases.isPending}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: cases.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            locale={{ emptyText: cases.isPending ? ' ' : <EmptyState title={t.empty} hint="在“线索”或“执法检查”中立案" /> }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
