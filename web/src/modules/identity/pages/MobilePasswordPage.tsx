import { Button, Form, Input, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { confirmPasswordRules, newPasswordRules, PASSWORD_MAX_LENGTH } from '../password-rules';
import { useChangePassword } from '../queries';
import { accountTexts, mobileAccountTexts as t } from '../texts';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** One task on one screen: change the password, then go back. */
export function MobilePasswordPage() {
  const [form] = Form.useForm<PasswordValues>();
  const change = useChangePassword();
  const navigate = useNavigate();

  const submit = ({ currentPassword, newPassword }: PasswordValues) =>
    change
      .mutateAsync({ currentPassword, newPassword })
      .then(() => {
        Toast.show({ icon: 'success', content: accountTexts.passwordChanged });
        navigate('/m/account', { replace: true });
      })
      .catch((error: unknown) => {
        const field = isApiError(error, 'AUTH_INVALID_CREDENTIALS') ? 'currentPassword' : isApiError(error, 'AUTH_WEAK_PASSWORD') ? 'newPassword' : null;
        if (field) form.setFields([{ name: field, errors: [errorMessage(error)] }]);
        else Toast.show({ icon: 'fail', content: errorMessage(error) });
      });

  return (
    <MobilePage title={t.changePassword} onBack={() => navigate('/m/account')}>
      <p className="xk-m-intro">{t.passwordIntro}</p>
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        onFinish={(values: PasswordValues) => void submit(values)}
        footer={
          <Button block type="submit" color="primary" size="large" loading={change.isPending}>
            {accountTexts.passwordSubmit}
          </Button>
        }
      >
        <Form.Item name="currentPassword" label={accountTexts.currentPassword} rules={[{ required: true, message: accountTexts.currentPasswordRequired }]}>
          <Input type="password" autoComplete="current-password" maxLength={PASSWORD_MAX_LENGTH} clearable />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={accountTexts.newPassword}
          dependencies={['currentPassword']}
          rules={newPasswordRules}
        >
          <Input type="password" autoComplete="new-password" placeholder={accountTexts.newPasswordPlaceholder} maxLength={PASSWORD_MAX_LENGTH} clearable />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={accountTexts.confirmPassword}
          dependencies={['newPassword']}
          rules={confirmPasswordRules(accountTexts.confirmRequired, accountTexts.confirmMismatch)}
        >
          <Input type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} clearable />
        </Form.Item>
      </Form>
    </MobilePage>
  );
}
