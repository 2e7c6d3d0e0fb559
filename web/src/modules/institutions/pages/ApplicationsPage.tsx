import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField, StatusFilter } from '../../../ui/FilterBar';
import { downloadCsv, toCsv, type CsvColumn } from '../../../ui/export-csv';
import { formatDateTime, todayInShanghai } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { StatusTag } from '../../../ui/StatusTag';
import { uiTexts } from '../../../ui/texts';
import { CitySelect, useRegions } from '../../regions';
import { ApplicationDrawer } from '../components/ApplicationDrawer';
import { useApplications, type ApplicationFilters } from '../queries';
import { applicationKindNames, applicationStatusLooks, applicationTexts as t } from '../texts';
import type { Application, ApplicationStatus } from '../types';

const kindColors: Record<Application['kind'], string> = { registration: 'blue', online: 'cyan', scope_change: 'purple', cancellation: 'orange' };

/** 备案审核: the regulator's queue of registrations, online declarations, scope changes and cancellations (N1.2, M11–M13). */
export function ApplicationsPage() {
  const [filters, setFilters] = useState<ApplicationFilters>({ status: 'pending' });
  const [openId, setOpenId] = useState<string | null>(null);
  const applications = useApplications(filters);
  const { nameOf } = useRegions();
  const items = useMemo(() => applications.data?.pages.flatMap((page) => page.items) ?? [], [applications.data]);
  const open = items.find((a) => a.id === openId) ?? null;

  const exportCsv = () => {
    const csvColumns: CsvColumn<Application>[] = [
      { title: t.institution, value: (a) => a.institution.name },
      { title: t.creditCode, value: (a) => a.institution.creditCode },
      { title: t.kind, value: (a) => applicationKindNames[a.kind] },
      { title: t.city, value: (a) => nameOf(a.registration.cityCode) },
      { title: t.submittedAt, value: (a) => formatDateTime(a.submittedAt) },
      { title: t.status, value: (a) => applicationStatusLooks[a.status].label },
      { title: t.decidedAt, value: (a) => formatDateTime(a.decidedAt) },
      { title: t.decisionReason, value: (a) => a.reason },
    ];
    downloadCsv(t.exportFile(todayInShanghai().format('YYYYMMDD')), toCsv(items, csvColumns));
  };

  const columns: ColumnsType<Application> = [
    {
      title: t.institution,
      key: 'institution',
      render: (_, a) => (
        <div className="xk-cell-stack">
          <strong>{a.institution.name}</strong>
          <span className="xk-mono xk-muted">{a.institution.creditCode}</span>
        </div>
      ),
    },
    {
      title: t.kind,
      dataIndex: 'kind',
      key: 'kind',
      className: 'xk-nowrap',
      render: (kind: Application['kind']) => (
        <Tag color={kindColors[kind]} bordered={false}>
          {applicationKindNames[kind]}
        </Tag>
      ),
    },
    { title: t.city, key: 'city', className: 'xk-nowrap', render: (_, a) => nameOf(a.registration.cityCode) },
    { title: t.submittedAt, dataIndex: 'submittedAt', key: 'submittedAt', className: 'xk-nowrap', render: formatDateTime },
    { title: t.status, dataIndex: 'status', key: 'status', render: (status: ApplicationStatus) => <StatusTag look={applicationStatusLooks[status]} /> },
    { title: t.decidedAt, dataIndex: 'decidedAt', key: 'decidedAt', className: 'xk-nowrap', render: formatDateTime },
    {
      title: t.actions,
      key: 'actions',
      className: 'xk-nowrap',
      render: (_, a) =>
        a.status === 'pending' && a.canDecide ? (
          <Button type="link" size="small" onClick={() => setOpenId(a.id)}>
            {t.handle}
          </Button>
        ) : a.status === 'pending' ? (
          <Tooltip title={t.cityOnly}>
            <Button type="link" size="small" onClick={() => setOpenId(a.id)}>
              {t.view}
            </Button>
          </Tooltip>
        ) : (
          <Button type="link" size="small" onClick={() => setOpenId(a.id)}>
            {t.view}
          </Button>
        ),
    },
  ];

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <FilterBar
          extra={
            applications.data ? (
              <Space size={16}>
                <span className="xk-muted">{t.loaded(items.length)}</span>
                <Tooltip title={t.exportHint}>
                  <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={items.length === 0}>
                    {t.export}
                  </Button>
                </Tooltip>
              </Space>
            ) : null
          }
        >
          <StatusFilter label={t.filterStatus} looks={applicationStatusLooks} value={filters.status} onChange={(status) => setFilters((f) => ({ ...f, status }))} allLabel={t.allStatuses} />
          <FilterField label={t.filterCity}>
            <CitySelect value={filters.cityCode} onChange={(cityCode) => setFilters((f) => ({ ...f, cityCode }))} allowClear placeholder={t.allCities} style={{ width: 180 }} />
          </FilterField>
        </FilterBar>
        {applications.isError ? (
          <PageError error={applications.error} onRetry={() => void applications.refetch()} />
        ) : (
          <>
            <Table<Application>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={items}
              loading={applications.isPending}
              pagination={false}
              scroll={{ x: 1000 }}
              onRow={(a) => ({ onDoubleClick: () => setOpenId(a.id) })}
              locale={{ emptyText: applications.isPending ? ' ' : <EmptyState title={filters.status === 'pending' ? t.emptyPending : t.emptyAll} hint={t.emptyHint} /> }}
            />
            {items.length > 0 ? (
              <div className="xk-load-more">
                {applications.hasNextPage ? (
                  <Button onClick={() => void applications.fetchNextPage()} loading={applications.isFetchingNextPage}>
                    {uiTexts.loadMore}
                  </Button>
                ) : (
                  <span className="xk-muted">{uiTexts.noMore}</span>
                )}
              </div>
            ) : null}
          </>
        )}
      </Card>
      <ApplicationDrawer application={open} onClose={() => setOpenId(null)} />
    </PageContainer>
  );
}
