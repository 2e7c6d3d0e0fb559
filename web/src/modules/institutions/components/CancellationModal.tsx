import { App, Alert, Form, Input, Modal } from 'antd';
import { errorMessage } from '../../../ui/PageError';
import { useRegions } from '../../regions';
import { useRequestCancellation } from '../queries';
import { registrationTexts as t } from '../texts';
import type { Registration } from '../types';

/** N1.2: asks the city to cancel the registration there; says plainly what cancellation ends. */
export function CancellationModal({ registration, onClose }: { registration: Registration | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useRequestCancellation();
  const { message } = App.useApp();
  const { nameOf } = useRegions();

  const send = ({ reason }: { reason: string }) => {
    if (!registration) return;
    cancel
      .mutateAsync({ registrationId: registration.id, reason: reason.trim() })
      .then(() => {
        void message.success(t.cancelSent);
        onClose();
      })
      .catch((error: unknown) => void message.error(errorMessage(error)));
  };

  return (
    <Modal
      title={registration ? t.cancelTitle(nameOf(registration.cityCode)) : ''}
      open={registration !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.cancelOk}
      okButtonProps={{ danger: true }}
      confirmLoading={cancel.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={t.cancelWarning} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={send} preserve={false}>
        <Form.Item name="reason" label={t.cancelReason} rules={[{ required: true, whitespace: true, min: 2, message: t.cancelReasonRequired }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t.cancelReasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
