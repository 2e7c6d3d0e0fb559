import { App, Button, Card, Form, Input, Modal, Radio, Table, Tag } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { errorMessage } from '../../../ui/PageError';
import { useRegions } from '../../regions';
import { useExceptions, useRecordSpotCheck } from '../queries';
import { applicationTexts, spotCheckTexts as t } from '../texts';
import type { ExceptionToCheck } from '../types';

/** The province's spot checks of assignments made under an N2.3 exception. */
export function SpotChecksCard() {
  const exceptions = useExceptions(true);
  const { nameOf } = useRegions();
  const [checking, setChecking] = useState<ExceptionToCheck | null>(null);
  return (
    <Card title={t.title} extra={<span className="xk-muted">{t.hint}</span>} style={{ marginTop: 16 }}>
      <Table<ExceptionToCheck>
        rowKey="applicationId"
        size="small"
        loading={exceptions.isPending}
        dataSource={exceptions.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: exceptions.isPending ? ' ' : <EmptyState title={t.empty} /> }}
        columns={[
          { title: t.exception, key: 'exception', render: (_, e) => <Tag color="orange">{applicationTexts.exception[e.exception as keyof typeof applicationTexts.exception] ?? e.exception}</Tag> },
          { title: t.site, dataIndex: 'siteName', key: 'site' },
          { title: t.city, key: 'city', render: (_, e) => nameOf(e.cityCode) },
          { title: '公布时间', key: 'publishedAt', render: (_, e) => formatDateTime(e.publishedAt) },
          {
            title: '',
            key: 'actions',
            render: (_, e) => (
              <Button type="link" size="small" onClick={() => setChecking(e)}>
                {t.check}
              </Button>
            ),
          },
        ]}
      />
      {checking ? <SpotCheckModal exception={checking} onClose={() => setChecking(null)} /> : null}
    </Card>
  );
}

function SpotCheckModal({ exception, onClose }: { exception: ExceptionToCheck; onClose: () => void }) {
  const [form] = Form.useForm<{ outcome: 'compliant' | 'problem'; notes: string }>();
  const record = useRecordSpotCheck();
  const { message } = App.useApp();
  return (
    <Modal title={`${t.check}：${exception.siteName}`} open onCancel={onClose} onOk={() => form.submit()} confirmLoading={record.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ outcome: 'compliant' }}
        onFinish={(v) =>
          record.mutateAsync({ target: 'exception', applicationId: exception.applicationId, ...v }).then(
            () => {
              void message.success(t.saved);
              onClose();
            },
            (error: unknown) => void message.error(errorMessage(error)),
          )
        }
      >
        <Form.Item name="outcome" label={t.outcome}>
          <Radio.Group options={[{ value: 'compliant', label: t.compliant }, { value: 'problem', label: t.problem }]} />
        </Form.Item>
        <Form.Item name="notes" label={t.notes} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
