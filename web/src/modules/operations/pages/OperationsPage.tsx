import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space, Statistic, Table } from 'antd';
import { apiRequest } from '../../../api/client';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { formatBytes } from '../format-bytes';
import { operationsTexts as t } from '../texts';
import type { OpsStatus, QueueRow } from '../types';

/** 运行状态 for the platform operator: the numbers, and the alerts first. */
export function OperationsPage() {
  const status = useQuery({ queryKey: ['ops', 'status'], queryFn: () => apiRequest<OpsStatus>('/api/v1/ops/status'), refetchInterval: 30_000 });
  const s = status.data;
  return (
    <PageContainer title={t.title} description={t.description} extra={s ? `${t.checkedAt} ${formatDateTime(s.checkedAt)}` : null}>
      {status.isError ? (
        <PageError error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {s ? (
            s.alerts.length ? (
              s.alerts.map((a) => <Alert key={a.code} type={a.level} showIcon message={a.message} />)
            ) : (
              <Alert type="success" showIcon message={t.allGood} />
            )
          ) : null}
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12} xl={6}>
              <Card loading={status.isPending}>{s ? <Statistic title={`${t.database}：${t.kinds[s.database.kind]}`} value={formatBytes(s.database.sizeBytes)} /> : null}</Card>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Card loading={status.isPending}>
                {s ? <Statistic title={t.jobs} value={`${t.queued} ${s.jobs.queued} · ${t.active} ${s.jobs.active}`} suffix={s.jobs.failed24h ? ` · ${t.failed} ${s.jobs.failed24h}` : ''} /> : null}
              </Card>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Card loading={status.isPending}>
                {s ? <Statistic title={t.disk} value={s.disk ? `${formatBytes(s.disk.freeBytes)} / ${formatBytes(s.disk.totalBytes)}` : '—'} /> : null}
              </Card>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Card loading={status.isPending}>
                {s ? <Statistic title={t.backup} value={s.backup.ageHours === null ? t.noBackup : t.hoursAgo(s.backup.ageHours)} suffix={s.backup.createdAt ? ` (${formatDateTime(s.backup.createdAt)})` : ''} /> : null}
              </Card>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Card loading={status.isPending}>{s ? <Statistic title={t.errorRate} value={(s.http.errorRate * 100).toFixed(2)} suffix={`% · ${t.requests(s.http.requests)}`} /> : null}</Card>
            </Col>
          </Row>
          <Card title={t.queue}>
            <Table<QueueRow>
              rowKey="name"
              size="small"
              pagination={false}
              loading={status.isPending}
              dataSource={s?.jobs.queues ?? []}
              columns={[
                { title: t.queue, dataIndex: 'name' },
                { title: t.queued, dataIndex: 'queued', align: 'right' },
                { title: t.active, dataIndex: 'active', align: 'right' },
                { title: t.failed, dataIndex: 'failed', align: 'right', render: (n: number) => (n ? <span className="xk-danger-text">{n}</span> : n) },
              ]}
            />
          </Card>
        </Space>
      )}
    </PageContainer>
  );
}
