import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime, todayInShanghai } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { OpenCaseModal, type CaseSource } from '../components/OpenCaseModal';
import { useInspection, useInspectionPlan, useRecordFindings, useScheduleInspection } from '../queries';
import { findingNames, inspectionTexts as t } from '../texts';
import type { Coverage, FindingResult, Inspection, InspectionPlan } from '../types';

const yes = (v: boolean) => (v ? <Tag color="green">✓</Tag> : <Tag>—</Tag>);

/** 执法检查 (N3): the year's plan, institutions not yet inspected, checklists with findings. */
export function InspectionsPage() {
  const [year, setYear] = useState(() => todayInShanghai().year());
  const plan = useInspectionPlan(year);
  const [scheduling, setScheduling] = useState<Coverage | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);

  const coverageColumns: ColumnsType<Coverage> = [
    { title: t.institution, dataIndex: 'name', key: 'name' },
    { title: t.city, dataIndex: 'cityCode', key: 'cityCode' },
    { title: t.training, key: 'training', render: (_, c) => yes(c.training) },
    { title: t.assessment, key: 'assessment', render: (_, c) => yes(c.assessment) },
    { title: t.planned, dataIndex: 'planned', key: 'planned' },
    {
      title: '',
      key: 'actions',
      render: (_, c) => (
        <Button type="link" size="small" onClick={() => setScheduling(c)}>
          {t.schedule}
        </Button>
      ),
    },
  ];
  const planColumns: ColumnsType<Inspection> = [
    { title: t.plannedOn, dataIndex: 'plannedOn', key: 'plannedOn', className: 'xk-nowrap' },
    { title: t.institution, dataIndex: 'institutionName', key: 'institutionName' },
    { title: t.scope, key: 'scope', render: (_, x) => t.scopeNames[x.scope] },
    { title: t.status, key: 'status', render: (_, x) => <Tag color={x.status === 'done' ? 'green' : 'blue'}>{t.statusNames[x.status]}</Tag> },
    { title: t.conclusion, key: 'conclusion', render: (_, x) => (x.conclusion ? <Tag color={x.conclusion === 'violations' ? 'red' : 'green'}>{t.conclusionNames[x.conclusion]}</Tag> : '—') },
    {
      title: '',
      key: 'actions',
      render: (_, x) => (
        <Button type="link" size="small" onClick={() => setViewing(x.id)}>
          {x.status === 'planned' ? t.record : t.view}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <FilterBar>
          <FilterField label={t.year}>
            <InputNumber min={2020} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          </FilterField>
        </FilterBar>
        {plan.isError ? (
          <PageError error={plan.error} onRetry={() => void plan.refetch()} />
        ) : (
          <Tabs
            items={[
              {
                key: 'not-inspected',
                label: `${t.notInspected}（${plan.data?.notInspected.length ?? 0}）`,
                children: (
                  <Table<Coverage>
                    rowKey={(c) => `${c.institutionId}:${c.cityCode}`}
                    columns={coverageColumns}
                    dataSource={plan.data?.notInspected ?? []}
                    loading={plan.isPending}
                    pagination={{ pageSize: 20, showSizeChanger: false }}
                    locale={{ emptyText: plan.isPending ? ' ' : <EmptyState title={t.emptyNotInspected} /> }}
                  />
                ),
              },
              {
                key: 'plan',
                label: `${t.plan}（${plan.data?.inspections.length ?? 0}）`,
                children: (
                  <Table<Inspection>
                    rowKey="id"
                    columns={planColumns}
                    dataSource={plan.data?.inspections ?? []}
                    loading={plan.isPending}
                    pagination={{ pageSize: 20, showSizeChanger: false }}
                    locale={{ emptyText: plan.isPending ? ' ' : <EmptyState title={t.emptyPlan} /> }}
                  />
                ),
              },
            ]}
          />
        )}
      </Card>
      <ScheduleModal target={scheduling} onClose={() => setScheduling(null)} />
      <InspectionModal id={viewing} checklist={plan.data?.checklist ?? []} onClose={() => setViewing(null)} />
    </PageContainer>
  );
}

function ScheduleModal({ target, onClose }: { target: Coverage | null; onClose: () => void }) {
  const [form] = Form.useForm<{ scope: 'training' | 'assessment' | 'both'; plannedOn: Dayjs }>();
  const schedule = useScheduleInspection();
  const { message } = App.useApp();
  const submit = async () => {
    if (!target) return;
    const v = await form.validateFields();
    try {
      await schedule.mutateAsync({ institutionId: target.institutionId, cityCode: target.cityCode, scope: v.scope, plannedOn: v.plannedOn.format('YYYY-MM-DD') });
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal title={`${t.schedule}：${target?.name ?? ''}`} open={target !== null} onCancel={onClose} onOk={() => void submit()} confirmLoading={schedule.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ scope: 'both' }}>
        <Form.Item name="scope" label={t.scope} rules={[{ required: true }]}>
          <Select options={Object.entries(t.scopeNames).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="plannedOn" label={t.plannedOn} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type ChecklistForm = Record<string, { result: FindingResult; note: string }>;

function InspectionModal({ id, checklist, onClose }: { id: string | null; checklist: InspectionPlan['checklist']; onClose: () => void }) {
  const inspection = useInspection(id);
  const record = useRecordFindings();
  const [form] = Form.useForm<ChecklistForm>();
  const [opening, setOpening] = useState<CaseSource | null>(null);
  const { message } = App.useApp();
  const x = inspection.data;
  const submit = async () => {
    if (!x || x.status === 'done') return onClose();
    const v = await form.validateFields();
    try {
      await record.mutateAsync({ id: x.id, body: { findings: checklist.map((c) => ({ item: c.item, result: v[c.item]?.result ?? 'ok', note: v[c.item]?.note ?? '' })) } });
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal title={`${t.checklist}：${x?.institutionName ?? ''}`} width={760} open={id !== null} onCancel={onClose} onOk={() => void submit()} confirmLoading={record.isPending} destroyOnHidden>
      {inspection.isError ? <PageError error={inspection.error} /> : null}
      {x?.status === 'done' ? (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={x.findings}
          columns={[
            { title: t.checklist, dataIndex: 'label' },
            { title: t.conclusion, dataIndex: 'result', render: (r: FindingResult) => <Tag color={r === 'violation' ? 'red' : 'default'}>{findingNames[r]}</Tag> },
            { title: t.note, dataIndex: 'note' },
            {
              title: '',
              key: 'case',
              render: (_, f) =>
                f.result === 'violation' ? (
                  <Button type="link" size="small" onClick={() => setOpening({ findingId: f.id, title: `${x.institutionName}：${f.label}`, institutions: [{ id: x.institutionId, name: x.institutionName }] })}>
                    {t.openCase}
                  </Button>
                ) : null,
            },
          ]}
          footer={() => (x.conductedAt ? formatDateTime(x.conductedAt) : null)}
        />
      ) : (
        <Form form={form} layout="vertical">
          {checklist.map((c) => (
            <Space key={c.item} direction="vertical" style={{ width: '100%' }}>
              <Form.Item name={[c.item, 'result']} label={c.label} initialValue="ok" rules={[{ required: true }]} style={{ marginBottom: 4 }}>
                <Radio.Group options={Object.entries(findingNames).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
              <Form.Item
                name={[c.item, 'note']}
                dependencies={[[c.item, 'result']]}
                rules={[({ getFieldValue }) => ({ validator: (_, v: string | undefined) => (getFieldValue([c.item, 'result']) === 'violation' && !v?.trim() ? Promise.reject(new Error(t.note)) : Promise.resolve()) })]}
              >
                <Input placeholder={t.note} aria-label={`${c.label} ${t.note}`} />
              </Form.Item>
            </Space>
          ))}
        </Form>
      )}
      <OpenCaseModal source={opening} onClose={() => setOpening(null)} />
    </Modal>
  );
}
