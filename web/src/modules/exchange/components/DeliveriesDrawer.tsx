import { App as AntApp, Button, Drawer, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, StatusFilter } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { errorMessage } from '../../../ui/PageError';
import { useServerPage } from '../../../ui/server-pagination';
import { ServerTable } from '../../../ui/ServerTable';
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
  const paging = useServerPage(PAGE_SIZE);
  const list = useDeliveries(client?.id ?? null, status, paging.request.page);
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
  const attempts = (d: Delivery) => <Table<Attempt> rowKey="attempt" size="small" columns={attemptColumns} dataSource={d.log} pagination={false} />;
  return (
    <Drawer title={client ? t.title(client.name) : ''} open={client !== null} onClose={onClose} width={960} destroyOnHidden>
      <FilterBar>
        <StatusFilter label={exchangeTexts.filterStatus} looks={deliveryStatusLooks} value={status} onChange={paging.filtered(setStatus)} allLabel={exchangeTexts.allStatuses} clearable />
      </FilterBar>
      <ServerTable<Delivery> rowKey="id" size="small" columns={columns} expandable={{ expandedRowRender: attempts }} list={list} paging={paging} showTotal={t.total} empty={<EmptyState title={t.empty} hint={t.emptyHint} />} />
    </Drawer>
  );
}
