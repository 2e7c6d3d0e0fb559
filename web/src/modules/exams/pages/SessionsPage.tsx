import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { useCategories } from '../../categories';
import { readinessState } from '../readiness';
import { PAGE_SIZE, useCreateSession, useSessions, useSites } from '../queries';
import { sessionTexts as t } from '../texts';
import type { ExamSession } from '../types';

const readinessColors = { none: 'default', incomplete: 'orange', completed: 'blue', confirmed: 'cyan', sealed: 'green' } as const;

/** 考试场次: the exam institution schedules; sites, regulators and staff follow their own (N2.3, N2.4). */
export function SessionsPage() {
  const { activeRole } = useAuth();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [upcoming, setUpcoming] = useState(true);
  const [creating, setCreating] = useState(false);
  const sessions = useSessions(page, upcoming);
  const categories = useCategories();
  
  const columns: ColumnsType<ExamSession> = [
    { title: t.time, key: 'time', className: 'xk-nowrap', render: (_, s) => `${formatDateTime(s.startsAt)} – ${formatDateTime(s.endsAt).slice(11)}` },
    { title: t.site, key: 'site', render: (_, s) => `${s.siteName} · ${s.room}` },
    { title: t.category, key: 'category', render: (_, s) => categories.nameOf(s.categoryId) },
    { title: t.capacity, key: 'capacity', className: 'xk-nowrap', render: (_, s) => `${s.assigned} / ${s.capacity}` },
    {
      title: t.readiness,
      key: 'readiness',
      render: (_, s) => {
        const state = readinessState(s);
        return (
          <Space size={4}>
            <Tag color={readinessColors[state]}>{t.readinessStates[state]}</Tag>
            {s.pendingChange ? <Tag color="gold">{t.pending}</Tag> : null}
          </Space>
        );
      },
    },
    {
      title: '',
      key: 'open',
      render: (_, s) => (
        <Button type="link" size="small" onClick={() => navigate(`/exams/sessions/${s.id}`)}>
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
        <Space>
          <Checkbox checked={upcoming} onChange={(e) => setUpcoming(e.target.checked)}>
            {t.upcoming}
          </Checkbox>
          {activeRole.role === 'exam_admin' ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t.create}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card>
        {sessions.isError ? (
          <PageError error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : (
          <Table<ExamSession>
            rowKey="id"
            columns={columns}
            dataSource={sessions.data?.items ?? []}
            loading={sessions.isPending}
            onRow={(s) => ({ onDoubleClick: () => navigate(`/exams/sessions/${s.id}`) })}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: sessions.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            locale={{ emptyText: sessions.isPending ? ' ' : <EmptyState title={t.empty} hint={t.emptyHint} /> }}
          />
        )}
      </Card>
      {creating ? <CreateSessionModal onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}

interface SessionForm {
  siteId: string;
  categoryId: string;
  room: string;
  time: [Dayjs, Dayjs];
  capacity: number;
  openToOtherCities: boolean;
}

function CreateSessionModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<SessionForm>();
  const sites = useSites();
  const categories = useCategories();
  const create = useCreateSession();
  const { message } = App.useApp();
  const siteId = Form.useWatch('siteId', form);
  const site = sites.data?.items.find((s) => s.id === siteId);
  const submit = (v: SessionForm) =>
    create
      .mutateAsync({ siteId: v.siteId, categoryId: v.categoryId, room: v.room, startsAt: v.time[0].toISOString(), endsAt: v.time[1].toISOString(), capacity: v.capacity, openToOtherCities: v.openToOtherCities })
      .then(() => {
        void message.success('场次已安排');
        onClose();
      })
      .catch((error: unknown) => void message.error(errorMessage(error)));
  return (
    <Modal title={t.create} open onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ capacity: 30, room: '第一考场', openToOtherCities: false }}>
        <Form.Item name="siteId" label={t.site} rules={[{ required: true, message: '请选择考点' }]}>
          <Select loading={sites.isPending} options={(sites.data?.items ?? []).filter((s) => s.status === 'active').map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="categoryId" label={t.category} rules={[{ required: true, message: '请选择科目' }]}>
          <Select options={(site?.subjects ?? []).map((s) => ({ value: s.categoryId, label: `${categories.nameOf(s.categoryId)}（${s.seats} 个考位）` }))} />
        </Form.Item>
        <Form.Item name="room" label={t.room} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="time" label={t.time} rules={[{ required: true, message: '请选择考试时间' }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="capacity" label={t.capacity} rules={[{ required: true }]}>
          <InputNumber min={1} max={2000} />
        </Form.Item>
        <Form.Item name="openToOtherCities" label={t.openToOtherCities} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
