import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { EmptyState } from '../../../ui/EmptyState';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { RelationsField } from '../components/RelationsField';
import { useAddDocument, useCreateStaff, useStaff } from '../queries';
import { documentKindNames, dutyNames, staffTexts as t } from '../texts';
import type { DocumentKind, Duty, Staff } from '../types';

/** 考务人员 (N2.5): the staff database, their documents and agreement warnings. */
export function StaffPage() {
  const { activeRole } = useAuth();
  const staff = useStaff();
  const [creating, setCreating] = useState(false);
  const [documentFor, setDocumentFor] = useState<Staff | null>(null);
  const isAdmin = activeRole.role === 'exam_admin';

  const columns: ColumnsType<Staff> = [
    { title: t.name, dataIndex: 'name', key: 'name' },
    { title: t.duties, key: 'duties', render: (_, s) => s.duties.map((d) => dutyNames[d]).join('、') },
    {
      title: t.agreements,
      key: 'agreements',
      render: (_, s) => (
        <Space size={4}>
          <Tag color={s.agreementsInForce ? 'green' : 'red'}>{s.agreementsInForce ? t.inForce : t.missing}</Tag>
          {s.expiringAgreements.length ? <Tag color="orange">{t.expiring(s.expiringAgreements.length)}</Tag> : null}
        </Space>
      ),
    },
    { title: t.documents, key: 'documents', render: (_, s) => s.documents.map((d) => `${documentKindNames[d.kind]}：${d.title}（${d.datedOn}${d.expiresOn ? ` 至 ${d.expiresOn}` : ''}）`).join('；') || '—' },
    { title: t.relations, key: 'relations', render: (_, s) => s.relations.map((r) => r.institutionName).join('、') || '—' },
    {
      title: '',
      key: 'actions',
      render: (_, s) =>
        isAdmin ? (
          <Button type="link" size="small" onClick={() => setDocumentFor(s)}>
            {t.addDocument}
          </Button>
        ) : null,
    },
  ];

  return (
    <PageContainer
      title={t.title}
      description={t.description}
      extra={
        isAdmin ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t.create}
          </Button>
        ) : null
      }
    >
      <Card>
        {staff.isError ? (
          <PageError error={staff.error} onRetry={() => void staff.refetch()} />
        ) : (
          <Table<Staff>
            rowKey="id"
            columns={columns}
            dataSource={staff.data?.items ?? []}
            loading={staff.isPending}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: staff.isPending ? ' ' : <EmptyState title={t.empty} /> }}
          />
        )}
      </Card>
      {creating ? <CreateStaffModal cityCode={activeRole.scope.regionCode ?? ''} onClose={() => setCreating(false)} /> : null}
      {documentFor ? <DocumentModal staff={documentFor} onClose={() => setDocumentFor(null)} /> : null}
    </PageContainer>
  );
}

function CreateStaffModal({ cityCode, onClose }: { cityCode: string; onClose: () => void }) {
  const [form] = Form.useForm<{ name: string; duties: Duty[]; relations?: { institutionId: string; relation: string }[] }>();
  const create = useCreateStaff();
  const { message } = App.useApp();
  return (
    <Modal title={t.create} open onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => create.mutateAsync({ ...v, relations: v.relations ?? [] }).then(onClose, (error: unknown) => void message.error(errorMessage(error)))}>
        <Form.Item name="name" label={t.name} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="duties" label={t.duties} rules={[{ required: true, message: '请选择职责' }]}>
          <Select mode="multiple" options={(Object.keys(dutyNames) as Duty[]).map((d) => ({ value: d, label: dutyNames[d] }))} />
        </Form.Item>
        <RelationsField cityCode={cityCode} label={t.relations} placeholder="关联关系，如兼职教师" />
      </Form>
    </Modal>
  );
}

function DocumentModal({ staff, onClose }: { staff: Staff; onClose: () => void }) {
  const [form] = Form.useForm<{ kind: DocumentKind; title: string; datedOn: Dayjs; expiresOn?: Dayjs; result?: string }>();
  const add = useAddDocument(staff.id);
  const { message } = App.useApp();
  return (
    <Modal title={`${t.addDocument}：${staff.name}`} open onCancel={onClose} onOk={() => form.submit()} confirmLoading={add.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'responsibility_letter' }}
        onFinish={(v) =>
          add
            .mutateAsync({ kind: v.kind, title: v.title, datedOn: v.datedOn.format('YYYY-MM-DD'), expiresOn: v.expiresOn?.format('YYYY-MM-DD') ?? null, result: v.result ?? null })
            .then(onClose, (error: unknown) => void message.error(errorMessage(error)))
        }
      >
        <Form.Item name="kind" label={t.kind}>
          <Select options={(Object.keys(documentKindNames) as DocumentKind[]).map((k) => ({ value: k, label: documentKindNames[k] }))} />
        </Form.Item>
        <Form.Item name="title" label={t.docTitle} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Space>
          <Form.Item name="datedOn" label={t.datedOn} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="expiresOn" label={t.expiresOn}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="result" label={t.result}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
