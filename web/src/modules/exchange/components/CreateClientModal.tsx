import { Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { applyFieldErrors } from '../../../ui/form-errors';
import { useCreateClient } from '../queries';
import { exchangeTexts as t, feedLabels } from '../texts';
import type { CreatedClient, FeedName } from '../types';

interface Values {
  name: string;
  regionCode: string;
  feeds: FeedName[];
  webhookUrl?: string;
  rateLimitPerMinute: number;
}

const ALL_FEEDS = Object.keys(feedLabels) as FeedName[];

/** 登记客户端: name, region scope, feeds, optional webhook; the answer carries the keys shown once. */
export function CreateClientModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (created: CreatedClient) => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateClient();
  const submit = (v: Values) =>
    create.mutate(
      { name: v.name.trim(), regionCode: v.regionCode.trim(), feeds: v.feeds, webhookUrl: v.webhookUrl?.trim() || null, rateLimitPerMinute: v.rateLimitPerMinute },
      {
        onSuccess: (created) => {
          form.resetFields();
          onCreated(created);
        },
        onError: (error) => void applyFieldErrors(form, error, { EXCHANGE_REGION_INVALID: ['regionCode'], EXCHANGE_WEBHOOK_URL_FORBIDDEN: ['webhookUrl'] }),
      },
    );
  return (
    <Modal title={t.form.title} open={open} onCancel={onClose} onOk={() => form.submit()} okText={t.form.ok} confirmLoading={create.isPending} destroyOnHidden width={560}>
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ regionCode: '440000', feeds: ALL_FEEDS, rateLimitPerMinute: 120 }} onFinish={submit}>
        <Form.Item name="name" label={t.form.name} rules={[{ required: true, whitespace: true, min: 2, message: t.form.nameRequired }]}>
          <Input maxLength={100} placeholder={t.form.namePlaceholder} />
        </Form.Item>
        <Form.Item name="regionCode" label={t.form.region} extra={t.form.regionHint} rules={[{ required: true, pattern: /^44\d{4}$/, message: t.form.regionRequired }]}>
          <Input maxLength={6} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="feeds" label={t.form.feeds} rules={[{ required: true, type: 'array', min: 1, message: t.form.feedsRequired }]}>
          <Checkbox.Group options={ALL_FEEDS.map((f) => ({ value: f, label: feedLabels[f] }))} />
        </Form.Item>
        <Form.Item name="webhookUrl" label={t.form.webhook} extra={t.form.webhookHint} rules={[{ pattern: /^https?:\/\/\S+$/, message: t.form.webhookInvalid }]}>
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
        <Form.Item name="rateLimitPerMinute" label={t.form.rateLimit} rules={[{ required: true }]}>
          <InputNumber min={1} max={6000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
