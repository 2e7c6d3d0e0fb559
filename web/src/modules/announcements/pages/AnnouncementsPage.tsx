import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, StatusFilter } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { LoadMore } from '../../../ui/LoadMore';
import { PageError } from '../../../ui/PageError';
import { StatusTag } from '../../../ui/StatusTag';
import { AnnouncementDrawer } from '../components/AnnouncementDrawer';
import { useAnnouncements } from '../queries';
import { announcementTexts as t, statusLooks } from '../texts';
import type { Announcement, AnnouncementStatus } from '../types';

/** 公告管理 (M8, M9): the platform's or the region's announcements through drafting, review and publication. */
export function AnnouncementsPage() {
  const [status, setStatus] = useState<AnnouncementStatus | undefined>();
  const [target, setTarget] = useState<Announcement | 'new' | null>(null);
  const list = useAnnouncements(status);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<Announcement> = [
    {
      title: t.columns.title,
      dataIndex: 'title',
      render: (title: string, a) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setTarget(a)}>
          {title}
        </Button>
      ),
    },
    { title: t.columns.publisher, dataIndex: 'publisherName', width: 180 },
    { title: t.columns.status, dataIndex: 'status', width: 100, render: (s: AnnouncementStatus) => <StatusTag look={statusLooks[s]} /> },
    { title: t.columns.author, dataIndex: 'authorName', width: 140 },
    { title: t.columns.reviewer, dataIndex: 'reviewerName', width: 140, render: (v: string | null) => v ?? '—' },
    { title: t.columns.updatedAt, dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v) },
  ];
  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <FilterBar
          extra={
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget('new')}>
              {t.create}
            </Button>
          }
        >
          <StatusFilter label={t.filterStatus} looks={statusLooks} value={status} onChange={setStatus} allLabel={t.allStatuses} clearable width={160} />
        </FilterBar>
        {list.isError ? (
          <PageError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Table<Announcement>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={items}
              loading={list.isPending}
              pagination={false}
              scroll={{ x: 900 }}
              locale={{ emptyText: list.isPending ? ' ' : <EmptyState title={t.empty} hint={t.emptyHint} /> }}
            />
            <LoadMore shown={items.length} list={list} />
          </>
        )}
      </Card>
      <AnnouncementDrawer key={target === 'new' ? 'new' : (target?.id ?? 'none')} target={target} onClose={() => setTarget(null)} />
    </PageContainer>
  );
}
