import { App, Button, Card, InputNumber, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConsoleLink } from '../../../ui/ConsoleLink';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage } from '../../../ui/PageError';
import { useDrawSpotCheckSample } from '../queries';
import { spotCheckTexts as t } from '../texts';
import type { SpotCheckSample } from '../types';

/** The server's largest sample (MAX_SPOT_CHECK_SAMPLE). */
const MAX_SAMPLE = 20;
/** The last sample stays while the regulator opens its courses one by one and comes back. */
const SAMPLE_KEY = 'xk.spot-check-sample';

function savedSample(): SpotCheckSample | null {
  try {
    return JSON.parse(sessionStorage.getItem(SAMPLE_KEY) ?? 'null') as SpotCheckSample | null;
  } catch {
    return null;
  }
}

/** 课程抽查 (M17): a random sample of the region's published courses, each opened to play and record a finding. */
export function SpotChecksPage() {
  const [size, setSize] = useState(5);
  const [sample, setSample] = useState<SpotCheckSample | null>(savedSample);
  const draw = useDrawSpotCheckSample();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const open = (id: string) => navigate(`/courses/${id}`);

  const run = () =>
    draw.mutate(size, {
      onSuccess: (items) => {
        sessionStorage.setItem(SAMPLE_KEY, JSON.stringify(items));
        setSample(items);
        void message.success(t.drawn(items.length));
      },
      onError: (e) => void message.error(errorMessage(e)),
    });

  const columns: ColumnsType<SpotCheckSample[number]> = [
    {
      title: t.courseTitle,
      dataIndex: 'title',
      key: 'title',
      render: (value: string, course) => <ConsoleLink to={`/courses/${course.id}`}>{value}</ConsoleLink>,
    },
    { title: t.institution, dataIndex: 'institutionName', key: 'institution', width: 260 },
    { title: t.publishedAt, dataIndex: 'publishedAt', key: 'publishedAt', width: 160, className: 'xk-nowrap', render: formatDateTime },
    {
      title: t.actions,
      key: 'actions',
      width: 110,
      render: (_, course) => (
        <Button type="link" size="small" onClick={() => open(course.id)}>
          {t.open}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title={t.pageTitle} description={t.pageDescription}>
      <Card>
        <FilterBar
          extra={
            <Button type="primary" onClick={run} loading={draw.isPending}>
              {sample ? t.redraw : t.draw}
            </Button>
          }
        >
          <FilterField label={t.size}>
            <InputNumber min={1} max={MAX_SAMPLE} precision={0} value={size} onChange={(v) => setSize(v ?? 1)} style={{ width: 120 }} />
          </FilterField>
        </FilterBar>
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={sample ?? []}
          loading={draw.isPending}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: sample ? <EmptyState title={t.noneInRegion} /> : <EmptyState title={t.sampleEmptyTitle} hint={t.sampleEmptyHint} /> }}
        />
      </Card>
    </PageContainer>
  );
}
