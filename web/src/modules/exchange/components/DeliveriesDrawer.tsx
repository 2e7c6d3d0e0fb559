import { App as AntApp, Button, Drawer, Popconfirm, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { errorMessage, PageError } from '../../../ui/PageError';
import { StatusTag } from '../../../ui/StatusTag';
import { PAGE_SIZE, useDeliveries, useResend } from '../queries';
import { deliveryStatusLooks, exchangeTexts } from '../texts';
import type { Delivery, DeliveryStatus, ExchangeClient } from '../types';

const t = exchangeTexts.deliveries;
type Attempt = Delivery['log'][number];

/** The delivery log a client's manager sees (M4): every attempt with status code, duration and error; re-send. */
export function DeliveriesDrawer({ client, onClose }: { client: ExchangeClient | null; onClose: () => void }) {
  const { message } = AntApp.useApp();
  const [status, setStatus] = useState<DeliveryStatus | undefined>();
  const [page, setPage] = useState(1);
  const list = useDeliveries(client?.id ?? null, status, page);
  const resend = useResend();
  const send = (d: Delivery) =>
    resend.mutate(
      { id: client!.id, deliveryId: d.id },
      { onSuccess: (r) => void (r.ok ? message.success(t.resent(true, r.statusCode)) : message.warning(t.resent(false, r.statusCode))), onError: (e) => void message.error(errorMessage(e)) },
    );
  const attemptColumns: TableColumnsType<Attempt> = [
    { title: t.log.attempt, dataIndex: 'attempt', width: 70 },
    { title: t.log.statusCode, dataIndex: 'statusCode', width: 80, render: (v: number | null) => v ?? '—' },
    { title: t.log.duration, dataIndex: 'durationMs', width: 90, render: (v: number) => `${v} ms` },
    { title: t.log.error, dataIndex: 'error', render: (v: string | null) => v ?? '—' },
    { title: t.log.at, dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
  ];
  const columns: TableColumnsType<Delivery> = [
    { title: t.columns.event, dataIndex: 'event' },
    { title: t.columns.status, dataIndex: 'status', width: 90, render: (s: DeliveryStatus) => <StatusTag look={deliveryStatusLooks[s]} /> },
    { title: t.columns.attempts, dataIndex: 'attempts', width: 90 },
    { title: t.columns.createdAt, dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    { title: t.columns.next, dataIndex: 'nextAttemptAt', width: 150, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
    {
      title: t.columns.actions,
      width: 100,
      render: (_: unknown, d) =>
        client?.status === 'active' ? (
          <Popconfirm title={t.resendConfirm} onConfirm={() => send(d)}>
            <Button size="small" type="link" loading={resend.isPending && resend.variables?.deliveryId === d.id}>
              {t.resend}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];
  return (
    <Drawer title={client ? t.title(client.name) : ''} open={client !== null} onClose={onClose} width={960} destroyOnHidden>
      <FilterBar>
        <FilterField label={exchangeTexts.filterStatus}>
          <Select
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            allowClear
            placeholder={exchangeTexts.allStatuses}
            style={{ width: 140 }}
            options={(Object.keys(deliveryStatusLooks) as DeliveryStatus[]).map((s) => ({ value: s, label: deliveryStatusLooks[s].label }))}
          />
        </FilterField>
      </FilterBar>
      {list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Delivery>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isPending}
          expandable={{ expandedRowRender: (d) => <Table<Attempt> rowKey="attempt" size="small" columns={attemptColumns} dataSource={d.log} pagination={false} /> }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: t.total }}
          locale={{ emptyText: list.isPending ? ' ' : <EmptyState title={t.empty} hint={t.emptyHint} /> }}
        />
      )}
    </Drawer>
  );
}
