import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { EmptyState } from '../../../ui/EmptyState';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { StatusTag } from '../../../ui/StatusTag';
import { useCategories } from '../../categories';
import { useRegions } from '../../regions';
import { RelationsField } from '../components/RelationsField';
import { useCreateSite, useSites } from '../queries';
import { ownerTypeNames, siteStatusLooks, siteTexts as t } from '../texts';
import type { OwnerType, Site } from '../types';

/** 考试点 (N2.2): registry with subjects, seats and related institutions; no new training-institution sites. */
export function SitesPage() {
  const { activeRole } = useAuth();
  const sites = useSites();
  const categories = useCategories();
  const { nameOf } = useRegions();
  const [creating, setCreating] = useState(false);
  
  const columns: ColumnsType<Site> = [
    {
      title: t.name,
      key: 'name',
      render: (_, s) => (
        <div className="xk-cell-stack">
          <strong>{s.name}</strong>
          <span className="xk-muted">{s.address}</span>
        </div>
      ),
    },
    { title: t.city, key: 'city', className: 'xk-nowrap', render: (_, s) => nameOf(s.cityCode) },
    { title: t.ownerType, key: 'owner', render: (_, s) => <Space size={4}>{ownerTypeNames[s.ownerType]}{s.legacyApprovedOn ? <Tag>{`${t.legacy} ${s.legacyApprovedOn}`}</Tag> : null}</Space> },
    { title: t.subjects, key: 'subjects', render: (_, s) => s.subjects.map((x) => `${categories.nameOf(x.categoryId)}（${x.seats}）`).join('、') },
    { title: t.relations, key: 'relations', render: (_, s) => s.relations.map((r) => `${r.institutionName}（${r.relation}）`).join('、') || '—' },
    { title: t.status, key: 'status', render: (_, s) => <StatusTag look={{ ...siteStatusLooks[s.status], label: s.status === 'suspended' ? `${siteStatusLooks.suspended.label}至${s.suspendedUntil}` : siteStatusLooks[s.status].label }} /> },
  ];

  return (
    <PageContainer
      title={t.title}
      description={t.description}
      extra={
        activeRole.role === 'exam_admin' ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t.create}
          </Button>
        ) : null
      }
    >
      <Card>
        {sites.isError ? (
          <PageError error={sites.error} onRetry={() => void sites.refetch()} />
        ) : (
          <Table<Site>
            rowKey="id"
            columns={columns}
            dataSource={sites.data?.items ?? []}
            loading={sites.isPending}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 1000 }}
            locale={{ emptyText: sites.isPending ? ' ' : <EmptyState title={t.empty} /> }}
          />
        )}
      </Card>
      {creating ? <CreateSiteModal cityCode={activeRole.scope.regionCode ?? ''} onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}

interface SiteForm {
  name: string;
  ownerType: OwnerType;
  ownerName: string;
  legacyApprovedOn?: Dayjs;
  address: string;
  equipment: string;
  subjects: { categoryId: string; seats: number }[];
  relations?: { institutionId: string; relation: string }[];
}

function CreateSiteModal({ cityCode, onClose }: { cityCode: string; onClose: () => void }) {
  const [form] = Form.useForm<SiteForm>();
  const create = useCreateSite();
  const categories = useCategories();
  const { message } = App.useApp();
  const ownerType = Form.useWatch('ownerType', form);
  const submit = (v: SiteForm) =>
    create
      .mutateAsync({ ...v, cityCode, legacyApprovedOn: v.legacyApprovedOn?.format('YYYY-MM-DD') ?? null, relations: v.relations ?? [] })
      .then(() => {
        void message.success('考试点已登记');
        onClose();
      })
      .catch((error: unknown) => void message.error(errorMessage(error)));
  return (
    <Modal title={t.create} open onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ ownerType: 'public_base', subjects: [{ seats: 30 }], equipment: '' }}>
        <Form.Item name="name" label={t.name} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="ownerType" label={t.ownerType} style={{ width: '40%' }}>
            <Select options={(Object.keys(ownerTypeNames) as OwnerType[]).map((o) => ({ value: o, label: ownerTypeNames[o] }))} />
          </Form.Item>
          <Form.Item name="ownerName" label={t.ownerName} style={{ width: '60%' }} rules={[{ required: true, whitespace: true, min: 2 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Space.Compact>
        {ownerType === 'training_institution' ? (
          <Form.Item name="legacyApprovedOn" label={t.legacyApprovedOn} extra="自2023年8月10日起不再依托培训机构新增设置考试点（N2.2）" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        ) : null}
        <Form.Item name="address" label={t.address} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="equipment" label={t.equipment}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item label={t.subjects} required>
          <Form.List name="subjects">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'categoryId']} rules={[{ required: true, message: '请选择科目' }]}>
                      <Select style={{ width: 320 }} showSearch optionFilterProp="label" options={categories.items.map((c) => ({ value: c.id, label: c.name }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'seats']} rules={[{ required: true }]}>
                      <InputNumber min={1} max={2000} addonAfter={t.seats} />
                    </Form.Item>
                    {fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(field.name)} /> : null}
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ seats: 30 })} icon={<PlusOutlined />}>
                  添加科目
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <RelationsField cityCode={cityCode} label={t.relations} placeholder={t.relation} />
      </Form>
    </Modal>
  );
}
