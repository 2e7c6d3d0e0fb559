import { PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Popconfirm, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, StatusFilter } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage } from '../../../ui/PageError';
import { ReasonModal } from '../../../ui/ReasonModal';
import { useServerPage } from '../../../ui/server-pagination';
import { ServerTable } from '../../../ui/ServerTable';
import { StatusTag } from '../../../ui/StatusTag';
import { CreateClientModal } from '../components/CreateClientModal';
import { DeliveriesDrawer } from '../components/DeliveriesDrawer';
import { OnceSecretModal, type OnceSecrets } from '../components/OnceSecretModal';
import { PAGE_SIZE, useExchangeClients, useRevokeClient, useRotateKey } from '../queries';
import { clientStatusLooks, exchangeTexts as t, feedLabels } from '../texts';
import type { ClientStatus, ExchangeClient, FeedName } from '../types';

/** 数据接口 (M4): the province's and the platform's API clients — register, rotate, revoke, delivery log. */
export function ExchangePage() {
  const { message } = AntApp.useApp();
  const [status, setStatus] = useState<ClientStatus | undefined>('active');
  const paging = useServerPage(PAGE_SIZE);
  const [creating, setCreating] = useState(false);
  const [secrets, setSecrets] = useState<OnceSecrets | null>(null);
  const [revoking, setRevoking] = useState<ExchangeClient | null>(null);
  const [deliveriesOf, setDeliveriesOf] = useState<ExchangeClient | null>(null);
  const list = useExchangeClients(status, paging.request.page);
  const rotate = useRotateKey();
  const revoke = useRevokeClient();

  const doRotate = (c: ExchangeClient) =>
    rotate.mutate(c.id, {
      onSuccess: (r) => setSecrets({ apiKey: r.apiKey, webhookSecret: null, previousKeysValidUntil: formatDateTime(r.previousKeysValidUntil) }),
      onError: (e) => void message.error(errorMessage(e)),
    });
  const doRevoke = (reason: string) =>
    revoke.mutate(
      { id: revoking!.id, reason },
      {
        onSuccess: () => {
          setRevoking(null);
          void message.success(t.revoke.done);
        },
        onError: (e) => void message.error(errorMessage(e)),
      },
    );

  const columns: TableColumnsType<ExchangeClient> = [
    { title: t.columns.name, dataIndex: 'name' },
    { title: t.columns.region, dataIndex: 'regionCode', width: 100 },
    { title: t.columns.feeds, dataIndex: 'feeds', render: (feeds: FeedName[]) => feeds.map((f) => <Tag key={f}>{feedLabels[f] ?? f}</Tag>) },
    { title: t.columns.webhook, dataIndex: 'webhookUrl', ellipsis: true, render: (v: string | null) => v ?? <Typography.Text type="secondary">{t.noWebhook}</Typography.Text> },
    { title: t.columns.keys, dataIndex: 'keys', width: 190, render: (keys: ExchangeClient['keys']) => keys.map((k) => <div key={k.keyId} className="xk-mono" style={{ whiteSpace: 'nowrap' }}>{`xk_${k.keyId}…`}</div>) },
    { title: t.columns.status, dataIndex: 'status', width: 90, render: (s: ClientStatus) => <StatusTag look={clientStatusLooks[s]} /> },
    { title: t.columns.createdAt, dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: t.columns.actions,
      width: 220,
      render: (_: unknown, c) => (
        <Space size={0}>
          <Button size="small" type="link" onClick={() => setDeliveriesOf(c)}>
            {t.actions.deliveries}
          </Button>
          {c.status === 'active' ? (
            <>
              <Popconfirm title={t.rotate.title} description={t.rotate.description} okText={t.rotate.ok} onConfirm={() => doRotate(c)}>
                <Button size="small" type="link">
                  {t.actions.rotate}
                </Button>
              </Popconfirm>
              <Button size="small" type="link" danger onClick={() => setRevoking(c)}>
                {t.actions.revoke}
              </Button>
            </>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <FilterBar
          extra={
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t.create}
            </Button>
          }
        >
          <StatusFilter label={t.filterStatus} looks={clientStatusLooks} value={status} onChange={paging.filtered(setStatus)} allLabel={t.allStatuses} clearable />
        </FilterBar>
        <ServerTable<ExchangeClient> rowKey="id" columns={columns} list={list} paging={paging} showTotal={t.total} scroll={{ x: 1100 }} empty={<EmptyState title={t.empty} hint={t.emptyHint} />} />
      </Card>
      <CreateClientModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setSecrets({ apiKey: created.apiKey, webhookSecret: created.webhookSecret });
        }}
      />
      <OnceSecretModal secrets={secrets} onClose={() => setSecrets(null)} />
      <ReasonModal
        request={revoking ? { title: `${t.revoke.title}：${revoking.name}`, effect: t.revoke.effect, label: t.revoke.label, placeholder: t.revoke.placeholder, requiredMessage: t.revoke.required, okText: t.revoke.ok } : null}
        onCancel={() => setRevoking(null)}
        onSubmit={doRevoke}
        submitting={revoke.isPending}
      />
      <DeliveriesDrawer client={deliveriesOf} onClose={() => setDeliveriesOf(null)} />
    </PageContainer>
  );
}
