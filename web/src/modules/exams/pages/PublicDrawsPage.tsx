import { CheckCircleFilled, CloseCircleFilled, DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { PageError, errorMessage } from '../../../ui/PageError';
import { useRegions } from '../../regions';
import { HashText } from '../components/HashText';
import { fetchBundle, PAGE_SIZE, usePublicDraws, useVerify } from '../queries';
import { drawTexts, verifyTexts as t } from '../texts';
import type { Draw, Verification } from '../types';

/** The public verification page (DESIGN §7.4): anyone recomputes a published draw from its bundle. */
export function PublicDrawsPage() {
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const draws = usePublicDraws(page);
  const verify = useVerify();
  const { message } = App.useApp();
  const { nameOf } = useRegions();
  const [result, setResult] = useState<{ draw: string; verification: Verification } | null>(null);
  const selected = params.get('draw');

  const check = (id: string) => {
    setParams({ draw: id });
    fetchBundle(id)
      .then((bundle) => verify.mutateAsync(bundle))
      .then((verification) => setResult({ draw: id, verification }))
      .catch((error: unknown) => void message.error(errorMessage(error)));
  };
  const download = (id: string) =>
    fetchBundle(id).then((bundle) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' }));
      link.download = `draw-${id}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    });

  // Opened with ?draw=… (the link from the draw page): verify that draw at once; later checks are the user's clicks.
  useEffect(() => {
    if (selected && result?.draw !== selected && !verify.isPending) check(selected);
  }, [selected]);

  const columns: ColumnsType<Draw> = [
    { title: drawTexts.drawTitle, dataIndex: 'title', key: 'title' },
    { title: drawTexts.city, key: 'city', className: 'xk-nowrap', render: (_, d) => nameOf(d.cityCode) },
    { title: drawTexts.candidates, dataIndex: 'candidates', key: 'candidates' },
    { title: drawTexts.publishedAt, dataIndex: 'publishedAt', key: 'publishedAt', className: 'xk-nowrap', render: formatDateTime },
    {
      title: '',
      key: 'actions',
      className: 'xk-nowrap',
      render: (_, d) => (
        <Space>
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={verify.isPending && selected === d.id} onClick={() => check(d.id)}>
            {t.verify}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void download(d.id)}>
            {t.download}
          </Button>
        </Space>
      ),
    },
  ];

  const shown = result && draws.data?.items.find((d) => d.id === result.draw);
  return (
    <div className="xk-public-page">
      <Typography.Title level={3}>{t.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.description}</Typography.Paragraph>
      {result ? (
        <Card style={{ marginBottom: 16 }} title={shown?.title ?? result.draw}>
          <Alert
            type={result.verification.ok ? 'success' : 'error'}
            showIcon
            message={result.verification.ok ? t.ok : t.failed}
            description={result.verification.problems.join('，') || undefined}
            style={{ marginBottom: 16 }}
          />
          <Descriptions column={1} bordered size="small">
            {(Object.keys(t.checks) as (keyof typeof t.checks)[]).map((k) => (
              <Descriptions.Item key={k} label={t.checks[k]}>
                {result.verification[k] ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />} {result.verification[k] ? t.match : t.mismatch}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label={drawTexts.inputsHash}>
              <HashText value={shown?.inputsHash} />
            </Descriptions.Item>
            <Descriptions.Item label={drawTexts.seed}>
              <HashText value={shown?.seed} />
            </Descriptions.Item>
          </Descriptions>
        </Card>
      ) : null}
      <Card title={t.list}>
        {draws.isError ? (
          <PageError error={draws.error} onRetry={() => void draws.refetch()} />
        ) : (
          <Table<Draw>
            rowKey="id"
            columns={columns}
            dataSource={draws.data?.items ?? []}
            loading={draws.isPending}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: draws.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            locale={{ emptyText: draws.isPending ? ' ' : <EmptyState title={t.empty} /> }}
          />
        )}
      </Card>
    </div>
  );
}
