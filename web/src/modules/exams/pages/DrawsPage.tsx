import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Modal, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { StatusTag } from '../../../ui/StatusTag';
import { useRegions } from '../../regions';
import { PAGE_SIZE, useCreateDraw, useDraws } from '../queries';
import { drawStatusLooks, drawTexts as t } from '../texts';
import type { Draw } from '../types';

/** 交叉考试随机分配: the exam institution opens draws; regulators follow and take part in the seed (N2.3). */
export function DrawsPage() {
  const { activeRole } = useAuth();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const draws = useDraws(page);
  const { nameOf } = useRegions();
  const isExamAdmin = activeRole.role === 'exam_admin';

  const columns: ColumnsType<Draw> = [
    { title: t.drawTitle, dataIndex: 'title', key: 'title', render: (title: string, d) => <a onClick={() => navigate(`/exams/draws/${d.id}`)}>{title}</a> },
    { title: t.city, key: 'city', className: 'xk-nowrap', render: (_, d) => nameOf(d.cityCode) },
    { title: t.window, key: 'window', className: 'xk-nowrap', render: (_, d) => `${d.sessionsFrom} 至 ${d.sessionsTo}` },
    { title: t.candidates, dataIndex: 'candidates', key: 'candidates' },
    { title: t.status, dataIndex: 'status', key: 'status', render: (s: Draw['status']) => <StatusTag look={drawStatusLooks[s]} /> },
    { title: t.createdAt, dataIndex: 'createdAt', key: 'createdAt', className: 'xk-nowrap', render: formatDateTime },
    { title: t.publishedAt, dataIndex: 'publishedAt', key: 'publishedAt', className: 'xk-nowrap', render: formatDateTime },
    {
      title: '',
      key: 'open',
      render: (_, d) => (
        <Button type="link" size="small" onClick={() => navigate(`/exams/draws/${d.id}`)}>
          {t.open}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      title={t.title}
      description={t.description}
      extra={
        isExamAdmin ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t.create}
          </Button>
        ) : null
      }
    >
      <Card>
        {draws.isError ? (
          <PageError error={draws.error} onRetry={() => void draws.refetch()} />
        ) : (
          <Table<Draw>
            rowKey="id"
            columns={columns}
            dataSource={draws.data?.items ?? []}
            loading={draws.isPending}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: draws.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            locale={{ emptyText: draws.isPending ? ' ' : <EmptyState title={t.empty} hint={t.emptyHint} /> }}
          />
        )}
      </Card>
      {isExamAdmin ? <CreateDrawModal open={creating} cityCode={activeRole.scope.regionCode ?? ''} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/exams/draws/${id}`)} /> : null}
    </PageContainer>
  );
}

function CreateDrawModal({ open, cityCode, onClose, onCreated }: { open: boolean; cityCode: string; onClose: () => void; onCreated: (id: string) => void }) {
  const [form] = Form.useForm<{ title: string; window: [Dayjs, Dayjs]; beaconSource?: string }>();
  const create = useCreateDraw();
  const { message } = App.useApp();
  const submit = ({ title, window, beaconSource }: { title: string; window: [Dayjs, Dayjs]; beaconSource?: string }) =>
    create
      .mutateAsync({ cityCode, title, sessionsFrom: window[0].format('YYYY-MM-DD'), sessionsTo: window[1].format('YYYY-MM-DD'), beaconSource: beaconSource?.trim() || null })
      .then((r) => onCreated(r.drawId))
      .catch((error: unknown) => void message.error(errorMessage(error)));
  return (
    <Modal title={t.createTitle} open={open} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden okText={t.create}>
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item name="title" label={t.drawTitle} rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
          <Input maxLength={100} placeholder="例如：2026年12月特种作业交叉考试" />
        </Form.Item>
        <Form.Item name="window" label={t.window} rules={[{ required: true, message: '请选择场次日期范围' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="beaconSource" label={t.beaconSource} extra={t.beaconHint}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
