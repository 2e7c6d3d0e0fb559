import { App, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { formatDateTime } from '../../../ui/format';
import { errorMessage } from '../../../ui/PageError';
import { useSetThreshold } from '../queries';
import { thresholdTexts as t } from '../texts';
import type { Threshold, ThresholdBody } from '../types';

/** The province's satisfaction threshold (M22): a new setting is kept beside the old ones, with its note. */
export function ThresholdCard({ current }: { current: Threshold | undefined }) {
  const [form] = Form.useForm<ThresholdBody>();
  const save = useSetThreshold();
  const { message, modal } = App.useApp();

  const submit = (body: ThresholdBody) =>
    modal.confirm({
      title: t.confirmTitle,
      content: t.confirmBody,
      okText: t.save,
      onOk: () =>
        save
          .mutateAsync({ ...body, note: body.note.trim() })
          .then(() => {
            form.resetFields(['note']);
            void message.success(t.saved);
          })
          .catch((e: unknown) => void message.error(errorMessage(e))),
    });

  return (
    <Card title={t.title} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      {current ? <Typography.Paragraph strong>{t.current(current.minRatings, current.threshold, current.setAt ? formatDateTime(current.setAt) : null)}</Typography.Paragraph> : null}
      {current ? (
        <Form form={form} layout="inline" initialValues={{ minRatings: current.minRatings, threshold: current.threshold }} onFinish={submit}>
          <Space wrap align="start">
            <Form.Item name="minRatings" label={t.minRatings} rules={[{ required: true }]}>
              <InputNumber min={1} max={10000} precision={0} style={{ width: 110 }} />
            </Form.Item>
            <Form.Item name="threshold" label={t.threshold} rules={[{ required: true }]}>
              <InputNumber min={1.1} max={5} step={0.1} precision={1} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name="note" label={t.note} rules={[{ required: true, whitespace: true, min: 2, message: t.noteRequired }]}>
              <Input maxLength={500} placeholder={t.notePlaceholder} style={{ width: 280 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t.save}
            </Button>
          </Space>
        </Form>
      ) : null}
    </Card>
  );
}
