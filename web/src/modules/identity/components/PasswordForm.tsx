import { App, Button, Form, Input } from 'antd';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../ui/PageError';
import { confirmPasswordRules, newPasswordRules, PASSWORD_MAX_LENGTH } from '../password-rules';
import { useChangePassword } from '../queries';
import { accountTexts as t } from '../texts';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Change one's own password; the server signs out the other sessions. */
export function PasswordForm() {
  const [form] = Form.useForm<PasswordValues>();
  const change = useChangePassword();
  const { message } = App.useApp();

  const submit = ({ currentPassword, newPassword }: PasswordValues) =>
    change
      .mutateAsync({ currentPassword, newPassword })
      .then(() => {
        form.resetFields();
        void message.success(t.passwordChanged);
      })
      .catch((error: unknown) => {
        // Put the server's answer beside the field it is about.
        const field = isApiError(error, 'AUTH_INVALID_CREDENTIALS') ? 'currentPassword' : isApiError(error, 'AUTH_WEAK_PASSWORD') ? 'newPassword' : null;
        if (field) form.setFields([{ name: field, errors: [errorMessage(error)] }]);
        else void message.error(errorMessage(error));
      });

  return (
    <Form<PasswordValues> form={form} layout="vertical" requiredMark={false} onFinish={submit} style={{ maxWidth: 420 }}>
      <Form.Item name="currentPassword" label={t.currentPassword} rules={[{ required: true, message: t.currentPasswordRequired }]}>
        <Input.Password autoComplete="current-password" maxLength={PASSWORD_MAX_LENGTH} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t.newPassword}
        dependencies={['currentPassword']}
        rules={newPasswordRules}
      >
        <Input.Password autoComplete="new-password" placeholder={t.newPasswordPlaceholder} maxLength={PASSWORD_MAX_LENGTH} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t.confirmPassword}
        dependencies={['newPassword']}
        rules={confirmPasswordRules(t.confirmRequired, t.confirmMismatch)}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t.passwordSubmit}
        </Button>
      </Form.Item>
    </Form>
  );
}
