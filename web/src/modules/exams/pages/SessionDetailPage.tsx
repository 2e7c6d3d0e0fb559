import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { useCategories } from '../../categories';
import { ChecklistForm } from '../components/ChecklistForm';
import { readinessState } from '../readiness';
import { useAssignStaff, useDecideChange, useRequestChange, useSession, useSessionStaff, useSessionStep, useStaff } from '../queries';
import { dutyNames, sessionTexts as t } from '../texts';
import type { Duty, SessionDetail } from '../types';

/** One session: readiness and sealing (N2.4), cameras, staff (N2.5), changes (N3.2 item 6). */
export function SessionDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { activeRole } = useAuth();
  const session = useSession(id);
  const step = useSessionStep(id);
  const categories = useCategories();
  const { message, modal } = App.useApp();
  const [changing, setChanging] = useState(false);

  if (session.isPending) return <PageSkeleton />;
  if (session.isError) return <PageError error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  const state = readinessState(s);
  const isSite = activeRole.role === 'exam_site_admin';
  const isAdmin = activeRole.role === 'exam_admin';
  const act = (name: 'readiness/confirm' | 'seal') => step.mutateAsync(name).then(() => void message.success('操作成功'), (error: unknown) => void message.error(errorMessage(error)));

  return (
    <PageContainer
      title={`${s.siteName} · ${s.room}`}
      description={`${formatDateTime(s.startsAt)} – ${formatDateTime(s.endsAt)}`}
      extra={
        <Space>
          {(isSite || isAdmin) && !s.pendingChange ? <Button onClick={() => setChanging(true)}>{t.requestChange}</Button> : null}
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/exams/sessions')}>
            {t.back}
          </Button>
        </Space>
      }
    >
      <Card>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t.category}>{categories.nameOf(s.categoryId)}</Descriptions.Item>
          <Descriptions.Item label={t.capacity}>{`${s.assigned} / ${s.capacity}`}</Descriptions.Item>
          <Descriptions.Item label={t.readiness}>
            <Tag>{t.readinessStates[state]}</Tag>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t.checklist} style={{ marginTop: 16 }}>
        {state === 'sealed' ? <Alert type="success" showIcon message={`${t.sealed}（${formatDateTime(s.sealedAt)}）`} style={{ marginBottom: 16 }} /> : null}
        {isSite ? <ChecklistForm key={s.checklistCompletedAt ?? 'new'} sessionId={s.id} value={s.checklist} disabled={state === 'sealed'} /> : <ChecklistView session={s} />}
        <Space style={{ marginTop: 16 }}>
          {isAdmin && state === 'completed' ? (
            <Button type="primary" onClick={() => void act('readiness/confirm')}>
              {t.confirm}
            </Button>
          ) : null}
          {isSite && state === 'confirmed' ? (
            <Button type="primary" danger onClick={() => modal.confirm({ title: t.seal, content: t.sealConfirm, okText: t.seal, cancelText: '取消', onOk: () => act('seal') })}>
              {t.seal}
            </Button>
          ) : null}
        </Space>
      </Card>
      <Card title={t.cameraProblems} style={{ marginTop: 16 }}>
        {s.cameraProblems.length === 0 ? (
          <Alert type="info" showIcon message={t.cameraNone} />
        ) : (
          s.cameraProblems.map((p) => <Alert key={`${p.cameraId}-${p.problem}`} type="warning" showIcon message={`${p.cameraId ?? ''} ${t.problemNames[p.problem]}`} style={{ marginBottom: 8 }} />)
        )}
        <Table
          style={{ marginTop: 16 }}
          size="small"
          rowKey={(e) => `${e.cameraId}-${e.at}-${e.event}`}
          dataSource={s.cameraEvents}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: '摄像机', dataIndex: 'cameraId' },
            { title: '事件', dataIndex: 'event', render: (e: string) => (e === 'on' ? '开启' : '关闭') },
            { title: '时间', dataIndex: 'at', render: formatDateTime },
          ]}
        />
      </Card>
      <StaffCard sessionId={s.id} canAssign={isAdmin} />
      <ChangesCard session={s} canDecide={isAdmin} />
      {changing ? <ChangeModal session={s} onClose={() => setChanging(false)} /> : null}
    </PageContainer>
  );
}

function ChecklistView({ session }: { session: SessionDetail }) {
  const c = session.checklist;
  if (!c) return <Alert type="info" showIcon message={t.readinessStates.none} />;
  return (
    <Descriptions column={1} bordered size="small">
      {(Object.keys(t.checks) as (keyof typeof t.checks)[]).map((k) => (
        <Descriptions.Item key={k} label={t.checks[k]}>
          {c[k] ? '✓ 已检查' : '✗ 未完成'}
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t.devices}>{c.devices.map((d) => `${d.name} ${d.ip}`).join('；') || '—'}</Descriptions.Item>
    </Descriptions>
  );
}

function StaffCard({ sessionId, canAssign }: { sessionId: string; canAssign: boolean }) {
  const staff = useSessionStaff(sessionId);
  const pool = useStaff(canAssign);
  const assign = useAssignStaff(sessionId);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ staffId: string; duty: Duty }>();
  return (
    <Card title={t.staff} style={{ marginTop: 16 }}>
      {canAssign ? (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 16 }}
          onFinish={(v) => assign.mutateAsync(v).then(() => form.resetFields(), (error: unknown) => void message.error(errorMessage(error)))}
        >
          <Form.Item name="staffId" rules={[{ required: true, message: '请选择' }]}>
            <Select style={{ width: 200 }} placeholder="考务人员" options={(pool.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
          <Form.Item name="duty" rules={[{ required: true, message: '请选择' }]}>
            <Select style={{ width: 140 }} placeholder={t.duty} options={(Object.keys(dutyNames) as Duty[]).map((d) => ({ value: d, label: dutyNames[d] }))} />
          </Form.Item>
          <Button htmlType="submit" loading={assign.isPending}>
            {t.assignStaff}
          </Button>
        </Form>
      ) : null}
      <Table
        size="small"
        rowKey="staffId"
        loading={staff.isPending}
        dataSource={staff.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: t.duty, dataIndex: 'duty', render: (d: Duty) => dutyNames[d] },
          { title: '安排时间', dataIndex: 'assignedAt', render: formatDateTime },
        ]}
      />
    </Card>
  );
}

function ChangesCard({ session, canDecide }: { session: SessionDetail; canDecide: boolean }) {
  const decide = useDecideChange();
  const { message, modal } = App.useApp();
  const run = (id: string, approve: boolean) => decide.mutateAsync({ id, approve }).catch((error: unknown) => void message.error(errorMessage(error)));
  return (
    <Card title={t.changes} style={{ marginTop: 16 }}>
      <Table
        size="small"
        rowKey="id"
        dataSource={session.changes}
        pagination={false}
        locale={{ emptyText: '暂无变更申请' }}
        columns={[
          { title: t.time, key: 'time', render: (_, c) => `${formatDateTime(c.proposed.startsAt)} – ${formatDateTime(c.proposed.endsAt).slice(11)}` },
          { title: t.room, key: 'room', render: (_, c) => c.proposed.room },
          { title: t.reason, dataIndex: 'reason' },
          { title: '状态', dataIndex: 'status', render: (st: string) => ({ pending: t.pending, approved: '已批准', rejected: '已驳回' })[st] },
          {
            title: '',
            key: 'actions',
            render: (_, c) =>
              canDecide && c.status === 'pending' ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => modal.confirm({ title: t.approve, content: t.approveConfirm, onOk: () => run(c.id, true) })}>
                    {t.approve}
                  </Button>
                  <Button size="small" danger onClick={() => void run(c.id, false)}>
                    {t.reject}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

function ChangeModal({ session, onClose }: { session: SessionDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ time: [Dayjs, Dayjs]; room: string; reason: string }>();
  const request = useRequestChange(session.id);
  const { message } = App.useApp();
  return (
    <Modal title={t.requestChange} open onCancel={onClose} onOk={() => form.submit()} confirmLoading={request.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ room: session.room }}
        onFinish={(v) =>
          request
            .mutateAsync({ startsAt: v.time[0].toISOString(), endsAt: v.time[1].toISOString(), siteId: session.siteId, room: v.room, reason: v.reason })
            .then(onClose, (error: unknown) => void message.error(errorMessage(error)))
        }
      >
        <Form.Item name="time" label={t.time} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="room" label={t.room} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="reason" label={t.reason} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
