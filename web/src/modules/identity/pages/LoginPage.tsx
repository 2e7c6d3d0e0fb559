import { CheckCircleFilled, LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Flex, Form, Input, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { BrandMark } from '../../../ui/BrandMark';
import { formatDateTime } from '../../../ui/format';
import { errorMessage } from '../../../ui/PageError';
import { brandTexts } from '../../../ui/texts';
import { normalizeLoginName } from '../login-name';
import { useLogin } from '../queries';
import { loginTexts as t, oidcErrorFallback, oidcErrorMessages } from '../texts';

const OIDC_LOGIN_URL = '/api/v1/auth/oidc/login';

interface LoginForm {
  username: string;
  password: string;
}

/** Sign-in for everyone: learners by ID number, staff by user name or the provincial unified identity. */
export function LoginPage({ notice, noticeType = 'info', initialUsername }: { notice?: string; noticeType?: 'info' | 'success'; initialUsername?: string }) {
  const login = useLogin();
  const [params] = useSearchParams();
  const oidcError = params.get('error');

  const submit = (values: LoginForm) => {
    login.mutate({ username: normalizeLoginName(values.username), password: values.password });
  };

  return (
    <div className="xk-login">
      <div className="xk-login-inner">
        <header className="xk-login-brand">
          <BrandMark size={44} />
          <h1 className="xk-login-title" aria-label={brandTexts.fullTitle}>
            <span className="xk-login-title-name">{brandTexts.name}</span>
            <span className="xk-login-title-sep"> · </span>
            <span className="xk-login-title-platform">{brandTexts.platform}</span>
          </h1>
        </header>

        <div className="xk-login-panel">
          <section className="xk-login-intro" aria-label={t.introTitle}>
            <h2>{t.introTitle}</h2>
            <p className="xk-login-lead">{t.introLead}</p>
            <ul>
              {t.introPoints.map((point) => (
                <li key={point.title}>
                  <CheckCircleFilled />
                  <div>
                    <strong>{point.title}</strong>
                    <span>{point.body}</span>
                  </div>
                </li>
              ))}
            </ul>
          </section>

          <section className="xk-login-form" aria-label={t.tabPassword}>
            <h2 className="xk-login-section">{t.tabPassword}</h2>
            {notice ? <Alert className="xk-login-alert" type={noticeType} showIcon message={notice} /> : null}
            {oidcError && !login.isError ? (
              <Alert className="xk-login-alert" type="error" showIcon message={oidcErrorMessages[oidcError] ?? oidcErrorFallback} />
            ) : null}

            <Form<LoginForm> layout="vertical" size="large" requiredMark={false} initialValues={{ username: initialUsername }} onFinish={submit} onValuesChange={() => login.isError && login.reset()}>
              <Form.Item name="username" label={t.username} rules={[{ required: true, whitespace: true, message: t.usernameRequired }]} extra={t.learnerHint}>
                <Input prefix={<UserOutlined />} placeholder={t.usernamePlaceholder} autoComplete="username" maxLength={64} />
              </Form.Item>
              <Form.Item name="password" label={t.password} rules={[{ required: true, message: t.passwordRequired }]}>
                <Input.Password prefix={<LockOutlined />} placeholder={t.passwordPlaceholder} autoComplete="current-password" maxLength={128} />
              </Form.Item>
              {login.isError ? <Alert className="xk-login-alert" type="error" showIcon role="alert" message={failureText(login.error)} /> : null}
              <Form.Item style={{ marginBottom: 0 }}>
                <Button type="primary" htmlType="submit" block loading={login.isPending}>
                  {login.isPending ? t.submitting : t.submit}
                </Button>
              </Form.Item>
            </Form>
            <Flex component="nav" justify="space-between" style={{ marginTop: 16, fontSize: 15 }} aria-label={t.learnerLinks}>
              <Link to="/reset-password">{t.forgotPassword}</Link>
              <Link to="/register">{t.learnerRegister}</Link>
            </Flex>

            <Divider plain className="xk-login-or">
              {t.or}
            </Divider>
            <Button size="large" block icon={<SafetyCertificateOutlined />} className="xk-login-oidc" onClick={() => (window.location.href = OIDC_LOGIN_URL)}>
              {t.oidc}
            </Button>
            <Typography.Paragraph type="secondary" className="xk-login-oidc-hint">
              {t.oidcHint}
            </Typography.Paragraph>
            <nav className="xk-login-links" aria-label={t.publicLinks}>
              <Link to="/signup/institution">{t.institutionSignup}</Link>
              <span aria-hidden="true">|</span>
              <Link to="/public/institutions">{t.publicInstitutions}</Link>
            </nav>
          </section>
        </div>

        <footer className="xk-login-footer">
          <span>{brandTexts.fullTitle}</span>
          <span>{brandTexts.browserHint}</span>
        </footer>
      </div>
    </div>
  );
}

function failureText(error: unknown): string {
  const message = errorMessage(error);
  const until = isApiError(error, 'AUTH_LOCKED') ? error.details?.until : undefined;
  return typeof until === 'string' ? `${message}${t.lockedUntil(formatDateTime(until))}` : message;
}
