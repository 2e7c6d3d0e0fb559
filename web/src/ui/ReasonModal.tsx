import { Alert, Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';

export interface ReasonRequest {
  title: string;
  /** What happens when the user confirms. */
  effect: ReactNode;
  label: string;
  placeholder: string;
  requiredMessage: string;
  okText: string;
}

/** A refusal that must say why (rejections, returns): the reason is required and shown to the other side. */
export function ReasonModal({
  request,
  onCancel,
  onSubmit,
  submitting,
}: {
  request: ReasonRequest | null;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
  submitting: boolean;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      title={request?.title}
      open={request !== null}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={request?.okText}
      okButtonProps={{ danger: true }}
      confirmLoading={submitting}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={request?.effect} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" preserve={false} onFinish={({ reason }) => onSubmit(reason.trim())}>
        <Form.Item name="reason" label={request?.label} rules={[{ required: true, whitespace: true, message: request?.requiredMessage }]}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={request?.placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
