import { Button, Card, Descriptions, Drawer, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime, formatDuration } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { OpenCaseModal, type CaseSource } from '../components/OpenCaseModal';
import { PAGE_SIZE, useSignal, useSignals } from '../queries';
import { signalKindNames, signalTexts as t } from '../texts';
import type { Signal, SignalKind } from '../types';

/** 线索 (issue 8 §3): signals in the caller's region (an institution: its own), with evidence; a regulator opens a case. */
export function SignalsPage() {
  const [page, setPage] = useState(1);
  const [kind, setKind] = useState<SignalKind | undefined>(undefined);
  const [viewing, setViewing] = useState<string | null>(null);
  const signals = useSignals(page, kind);

  const columns: ColumnsType<Signal> = [
    { title: t.createdAt, dataIndex: 'createdAt', key: 'createdAt', className: 'xk-nowrap', render: formatDateTime },
    { title: t.kind, key: 'kind', render: (_, s) => <Tag color="volcano">{signalKindNames[s.kind]}</Tag> },
    { title: t.reason, dataIndex: 'reason', key: 'reason' },
    { title: t.institutions, key: 'institutions', render: (_, s) => s.institutions.map((i) => i.name).join('、') },
    { title: t.learners, dataIndex: 'learnerCount', key: 'learnerCount' },
    {
      title: '',
      key: 'actions',
      render: (_, s) => (
        <Button type="link" size="small" onClick={() => setViewing(s.id)}>
          {t.view}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <FilterBar>
          <FilterField label={t.kind}>
            <Select<SignalKind | 'all'>
              style={{ width: 200 }}
              value={kind ?? 'all'}
              onChange={(v) => {
                setKind(v === 'all' ? undefined : v);
                setPage(1);
              }}
              options={[{ value: 'all', label: t.allKinds }, ...Object.entries(signalKindNames).map(([value, label]) => ({ value: value as SignalKind, label }))]}
            />
          </FilterField>
        </FilterBar>
        {signals.isError ? (
          <PageError error={signals.error} onRetry={() => void signals.refetch()} />
        ) : (
          <Table<Signal>
            rowKey="id"
            columns={columns}
            dataSource={signals.data?.items ?? []}
            loading={signals.isPending}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: signals.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            locale={{ emptyText: signals.isPending ? ' ' : <EmptyState title={t.empty} /> }}
          />
        )}
      </Card>
      <SignalDrawer id={viewing} onClose={() => setViewing(null)} />
    </PageContainer>
  );
}

function SignalDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const signal = useSignal(id);
  const regulator = useAuth().activeRole.role === 'regulator';
  const [opening, setOpening] = useState<CaseSource | null>(null);
  const s = signal.data;
  const details = s ? Object.entries(s.detail).filter(([k, v]) => t.detailLabels[k] && (typeof v === 'string' || typeof v === 'number')) : [];
  return (
    <Drawer
      title={s ? signalKindNames[s.kind] : t.evidence}
      width={760}
      open={id !== null}
      onClose={onClose}
      extra={
        regulator && s ? (
          <Button type="primary" onClick={() => setOpening({ signalId: s.id, title: `${signalKindNames[s.kind]}：${s.institutions.map((i) => i.name).join('、')}`, institutions: s.institutions })}>
            {t.openCase}
          </Button>
        ) : null
      }
    >
      {signal.isError ? <PageError error={signal.error} /> : null}
      {s ? (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t.reason}>{s.reason}</Descriptions.Item>
            <Descriptions.Item label={t.institutions}>{s.institutions.map((i) => i.name).join('、')}</Descriptions.Item>
            <Descriptions.Item label={t.learners}>{s.learners.map((l) => l.name).join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t.createdAt}>{formatDateTime(s.createdAt)}</Descriptions.Item>
            {details.map(([k, v]) => (
              <Descriptions.Item key={k} label={t.detailLabels[k]}>
                {typeof v === 'number' ? Math.round(v * 100) / 100 : String(v)}
              </Descriptions.Item>
            ))}
          </Descriptions>
          {s.evidence.sessions.length > 0 ? (
            <div>
              <Typography.Title level={5}>{t.sessions}</Typography.Title>
              <Table size="small" rowKey="id" pagination={false} dataSource={s.evidence.sessions} columns={[
                { title: '设备', dataIndex: 'deviceId' },
                { title: '学员', dataIndex: 'learnerId', render: (v: string) => s.learners.find((l) => l.id === v)?.name ?? v.slice(0, 8) },
                { title: '开始', dataIndex: 'startedAt', render: formatDateTime },
                { title: '结束', dataIndex: 'endedAt', render: formatDateTime },
              ]} />
            </div>
          ) : null}
          {s.evidence.ledger.length > 0 ? (
            <div>
              <Typography.Title level={5}>{t.ledger}</Typography.Title>
              <Table size="small" rowKey="id" pagination={{ pageSize: 10 }} dataSource={s.evidence.ledger} columns={[
                { title: '流水号', dataIndex: 'id' },
                { title: '学时', dataIndex: 'seconds', render: (v: number) => formatDuration(v) },
                { title: '记入时间', dataIndex: 'at', render: formatDateTime },
              ]} />
            </div>
          ) : null}
          {s.evidence.faceChecks.length > 0 ? (
            <div>
              <Typography.Title level={5}>{t.faceChecks}</Typography.Title>
              <Table size="small" rowKey="id" pagination={false} dataSource={s.evidence.faceChecks} columns={[
                { title: '时间', dataIndex: 'at', render: formatDateTime },
                { title: '环节', dataIndex: 'purpose' },
                { title: '结果', dataIndex: 'decision' },
                { title: '相似度', dataIndex: 'score', render: (v: number) => v.toFixed(2) },
              ]} />
            </div>
          ) : null}
        </Space>
      ) : null}
      <OpenCaseModal source={opening} onClose={() => setOpening(null)} />
    </Drawer>
  );
}
