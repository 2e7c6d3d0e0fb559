import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { SpotChecksCard } from '../components/SpotChecksCard';
import { PAGE_SIZE, useDecideMeasure, useMarkRectified, useRecordViolation, useSites, useStaff, useViolations } from '../queries';
import { measureNames, subjectKinds, subjectMeasures, subjectTypeNames, violationKindNames, violationTexts as t } from '../texts';
import type { Violation } from '../types';

type SubjectType = keyof typeof subjectTypeNames;

/** 违规与处理 (N3.2–N3.4): records with evidence, measures, rectification. */
export function ViolationsPage() {
  const [page, setPage] = useState(1);
  const violations = useViolations(page);
  const rectified = useMarkRectified();
  const { message, modal } = App.useApp();
  const [recording, setRecording] = useState(false);
  const [deciding, setDeciding] = useState<Violation | null>(null);
  const provincial = useAuth().activeRole.scope.regionCode === '440000';

  const columns: ColumnsType<Violation> = [
    { title: t.recordedAt, dataIndex: 'recordedAt', key: 'recordedAt', className: 'xk-nowrap', render: formatDateTime },
    { title: t.subject, key: 'subject', render: (_, v) => `${subjectTypeNames[v.subjectType]} ${v.subjectName}` },
    { title: t.kind, key: 'kind', render: (_, v) => violationKindNames[v.kind] ?? v.kind },
    { title: t.descriptionLabel, dataIndex: 'description', key: 'description' },
    { title: t.source, key: 'source', render: (_, v) => <Tag color={v.source === 'system' ? 'purple' : 'default'}>{v.source === 'system' ? t.system : t.manual}</Tag> },
    {
      title: t.measures,
      key: 'measures',
      render: (_, v) => (
        <Space direction="vertical" size={2}>
          {v.measures.map((m) => (
            <span key={m.id}>
              {measureNames[m.measure] ?? m.measure}
              {m.deadline ? `（期限 ${m.deadline}）` : ''}
              {m.startsOn ? `（${m.startsOn} 至 ${m.endsOn}）` : ''}
              {m.measure === 'rectify' && !m.rectifiedAt ? (
                <Button type="link" size="small" onClick={() => modal.confirm({ title: t.rectified, onOk: () => rectified.mutateAsync(m.id).catch((error: unknown) => void message.error(errorMessage(error))) })}>
                  {t.rectified}
                </Button>
              ) : null}
            </span>
          ))}
        </Space>
      ),
    },
    {
      title: '',
      key: 'actions',
      render: (_, v) => (
        <Button type="link" size="small" onClick={() => setDeciding(v)}>
          {t.addMeasure}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      title={t.title}
      description={t.description}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
          {t.record}
        </Button>
      }
    >
      <Card>
        {violations.isError ? (
          <PageError error={violations.error} onRetry={() => void violations.refetch()} />
        ) : (
          <Table<Violation>
            rowKey="id"
            columns={columns}
            dataSource={violations.data?.items ?? []}
            loading={violations.isPending}
            scroll={{ x: 1100 }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: violations.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            locale={{ emptyText: violations.isPending ? ' ' : <EmptyState title={t.empty} /> }}
          />
        )}
      </Card>
      {provincial ? <SpotChecksCard /> : null}
      {recording ? <RecordModal onClose={() => setRecording(false)} /> : null}
      {deciding ? <MeasureModal violation={deciding} onClose={() => setDeciding(null)} /> : null}
    </PageContainer>
  );
}

function RecordModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ subjectType: SubjectType; subjectId: string; kind: string; description: string; evidence: string }>();
  const record = useRecordViolation();
  const sites = useSites();
  const staff = useStaff();
  const { message } = App.useApp();
  const subjectType = Form.useWatch('subjectType', form) ?? 'site';
  const subjects = subjectType === 'site' ? (sites.data?.items ?? []) : subjectType === 'staff' ? (staff.data?.items ?? []) : [];
  return (
    <Modal title={t.record} open onCancel={onClose} onOk={() => form.submit()} confirmLoading={record.isPending} destroyOnHidden width={600}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ subjectType: 'site' }}
        onFinish={(v) =>
          record
            .mutateAsync({ subjectType: v.subjectType, subjectId: v.subjectId, kind: v.kind, description: v.description, evidence: v.evidence ? [{ label: v.evidence }] : [] })
            .then(onClose, (error: unknown) => void message.error(errorMessage(error)))
        }
      >
        <Form.Item name="subjectType" label={t.subjectType}>
          <Select options={(['site', 'staff'] as const).map((s) => ({ value: s, label: subjectTypeNames[s] }))} onChange={() => form.setFieldsValue({ subjectId: undefined, kind: undefined })} />
        </Form.Item>
        <Form.Item name="subjectId" label={t.subject} rules={[{ required: true, message: '请选择对象' }]}>
          <Select showSearch optionFilterProp="label" options={subjects.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="kind" label={t.kind} rules={[{ required: true, message: '请选择违规情形' }]}>
          <Select options={subjectKinds[subjectType].map((k) => ({ value: k, label: violationKindNames[k] }))} />
        </Form.Item>
        <Form.Item name="description" label={t.descriptionLabel} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="evidence" label={t.evidence}>
          <Input maxLength={200} placeholder="例如：2026-12-10 巡考视频截图、现场检查记录" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MeasureModal({ violation, onClose }: { violation: Violation; onClose: () => void }) {
  const [form] = Form.useForm<{ measure: string; note: string; deadline?: Dayjs; period?: [Dayjs, Dayjs] }>();
  const decide = useDecideMeasure();
  const { message, modal } = App.useApp();
  const measure = Form.useWatch('measure', form);
  const submit = (v: { measure: string; note: string; deadline?: Dayjs; period?: [Dayjs, Dayjs] }) =>
    modal.confirm({
      title: `${measureNames[v.measure]}：${violation.subjectName}`,
      content: t.measureConfirm,
      onOk: () =>
        decide
          .mutateAsync({
            violationId: violation.id,
            body: { measure: v.measure as never, note: v.note, deadline: v.deadline?.format('YYYY-MM-DD') ?? null, startsOn: v.period?.[0].format('YYYY-MM-DD') ?? null, endsOn: v.period?.[1].format('YYYY-MM-DD') ?? null },
          })
          .then(onClose, (error: unknown) => void message.error(errorMessage(error))),
    });
  return (
    <Modal title={`${t.addMeasure}：${violation.subjectName}`} open onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="measure" label={t.measure} rules={[{ required: true, message: '请选择措施' }]}>
          <Select options={subjectMeasures[violation.subjectType].map((m) => ({ value: m, label: measureNames[m] }))} />
        </Form.Item>
        {measure === 'rectify' ? (
          <Form.Item name="deadline" label={t.deadline} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        ) : null}
        {measure === 'suspend' ? (
          <Form.Item name="period" label={t.period} extra="3个月以上6个月以下（N3.2）" rules={[{ required: true }]}>
            <DatePicker.RangePicker />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t.note} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
