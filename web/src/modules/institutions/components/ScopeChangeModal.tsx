import { Alert, App, Form, Modal } from 'antd';
import { applyFieldErrors } from '../../../ui/form-errors';
import { errorMessage } from '../../../ui/PageError';
import { CategorySelect } from '../../categories';
import { useRegions } from '../../regions';
import { useChangeScope } from '../queries';
import { registrationTexts as t } from '../texts';
import type { Registration } from '../types';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** N1.2: asks the city to change the registered categories; the old scope holds until it agrees. */
export function ScopeChangeModal({ registration, onClose }: { registration: Registration | null; onClose: () => void }) {
  const [form] = Form.useForm<{ categories: string[] }>();
  const change = useChangeScope();
  const { message } = App.useApp();
  const { nameOf } = useRegions();

  const send = ({ categories }: { categories: string[] }) => {
    if (!registration) return;
    if (sameSet(categories, registration.categories)) {
      form.setFields([{ name: 'categories', errors: [t.changeScopeSame] }]);
      return;
    }
    change
      .mutateAsync({ registrationId: registration.id, categories })
      .then(() => {
        void message.success(t.changeScopeSent);
        onClose();
      })
      .catch((error: unknown) => {
        if (!applyFieldErrors(form, error, { CATEGORY_UNKNOWN: ['categories'] })) void message.error(errorMessage(error));
      });
  };

  return (
    <Modal
      title={registration ? t.changeScopeTitle(nameOf(registration.cityCode)) : ''}
      open={registration !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.changeScopeOk}
      confirmLoading={change.isPending}
      destroyOnHidden
      width={600}
    >
      <Alert type="info" showIcon message={t.changeScopeHint} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={send} initialValues={{ categories: registration?.categories ?? [] }} preserve={false}>
        <Form.Item name="categories" label={t.categoriesLabel} rules={[{ required: true, type: 'array', min: 1, message: t.categoriesRequired }]}>
          <CategorySelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
