import { Button, Table, Tag, type TableColumnsType } from 'antd';
import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { LoadMore } from '../../../ui/LoadMore';
import { PageError } from '../../../ui/PageError';
import { StatusTag } from '../../../ui/StatusTag';
import { categoryNames, requesterNames, statusLooks, supportTexts as t } from '../texts';
import type { TicketPage, TicketSummary } from '../types';
import { NextClock } from './SlaClocks';

/** A paged list of tickets with the clock that is running now; Enter or a click opens one. */
export function TicketTable({
  tickets,
  onOpen,
  showRequester,
  empty,
}: {
  tickets: UseInfiniteQueryResult<InfiniteData<TicketPage>>;
  onOpen: (id: string) => void;
  showRequester: boolean;
  empty: { title: string; hint?: string };
}) {
  if (tickets.isError) return <PageError error={tickets.error} onRetry={() => void tickets.refetch()} />;
  const items = tickets.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<TicketSummary> = [
    { title: t.number, dataIndex: 'number', width: 90 },
    {
      title: t.subject,
      dataIndex: 'subject',
      render: (subject: string, r) => (
        <Button type="link" size="small" onClick={() => onOpen(r.id)} style={{ padding: 0 }}>
          {subject}
          {r.escalated ? <Tag color="red" style={{ marginLeft: 6 }}>{t.escalated}</Tag> : null}
        </Button>
      ),
    },
    { title: t.category, dataIndex: 'category', width: 130, render: (c: TicketSummary['category']) => categoryNames[c] },
    ...(showRequester ? [{ title: t.requester, key: 'requester', width: 160, render: (_: unknown, r: TicketSummary) => `${r.requesterName}（${requesterNames[r.requesterKind]}）` }] : []),
    { title: t.status, dataIndex: 'status', width: 90, render: (s: TicketSummary['status']) => <StatusTag look={statusLooks[s]} /> },
    { title: t.due, key: 'clock', width: 250, render: (_, r) => <NextClock ticket={r} /> },
    { title: t.openedAt, dataIndex: 'openedAt', width: 150, render: (v: string) => formatDateTime(v) },
  ];
  return (
    <>
      <Table<TicketSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={tickets.isPending}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: tickets.isPending ? ' ' : <EmptyState title={empty.title} hint={empty.hint} /> }}
      />
      <LoadMore shown={items.length} list={tickets} />
    </>
  );
}
