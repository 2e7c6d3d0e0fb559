import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Divider, Form, Input, Row, Steps, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { applyFieldErrors, type FieldPath } from '../../../ui/form-errors';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage } from '../../../ui/PageError';
import { newPasswordProblem, PASSWORD_MAX_LENGTH } from '../../identity';
import { RegionCascader } from '../../regions';
import { CREDIT_CODE_PATTERN, normalizeCreditCode } from '../credit-code-format';
import { useSignup } from '../queries';
import { signupTexts as t } from '../texts';
import type { SignupBody } from '../types';

interface SignupValues extends SignupBody {
  confirmPassword: string;
  agree: boolean;
}

/** Where each server refusal belongs on this form. */
const FIELD_OF_CODE: Record<string, FieldPath> = {
  CREDIT_CODE_INVALID: ['institution', 'creditCode'],
  INSTITUTION_EXISTS: ['institution', 'creditCode'],
  ACCOUNT_EXISTS: ['admin', 'username'],
  AUTH_WEAK_PASSWORD: ['admin', 'password'],
};

const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const PHONE_PATTERN = /^[0-9+\- ]{7,20}$/;

/** An institution creates its record and its administrator's account (N1.2: registration itself comes later, by the city). */
export function InstitutionSignupPage() {
  const [form] = Form.useForm<SignupValues>();
  const signup = useSignup();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const submit = ({ institution, admin }: SignupValues) =>
    signup
      .mutateAsync({ institution: { ...institution, creditCode: normalizeCreditCode(institution.creditCode) }, admin })
      .then(() => navigate('/login', { state: { notice: t.success, username: admin.username } }))
      .catch((error: unknown) => {
        if (!applyFieldErrors(form, error, FIELD_OF_CODE)) void message.error(errorMessage(error));
      });

  return (
    <PageContainer title={t.title} description={t.description}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card>
            <Form<SignupValues> form={form} layout="vertical" onFinish={submit} scrollToFirstError={{ block: 'center' }} className="xk-signup-form" requiredMark>
              <Typography.Title level={5} className="xk-form-section">
                {t.sectionInstitution}
              </Typography.Title>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name={['institution', 'name']} label={t.name} rules={[{ required: true, whitespace: true, message: t.nameRequired }, { min: 2, max: 100 }]}>
                    <Input placeholder={t.namePlaceholder} maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={['institution', 'creditCode']}
                    label={t.creditCode}
                    normalize={(value: string) => value?.toUpperCase().replace(/\s/g, '')}
                    rules={[
                      { required: true, message: t.creditCodeRequired },
                      { pattern: CREDIT_CODE_PATTERN, message: t.creditCodeFormat },
                    ]}
                  >
                    <Input placeholder={t.creditCodePlaceholder} maxLength={18} className="xk-mono" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={['institution', 'regionCode']} label={t.region} rules={[{ required: true, message: t.regionRequired }]}>
                    <RegionCascader />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={['institution', 'address']} label={t.address} rules={[{ required: true, whitespace: true, message: t.addressRequired }, { min: 4, max: 200 }]}>
                    <Input placeholder={t.addressPlaceholder} maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={['institution', 'legalRepresentative']} label={t.legalRepresentative} rules={[{ required: true, whitespace: true, message: t.legalRepresentativeRequired }]}>
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={['institution', 'contactName']} label={t.contactName} rules={[{ required: true, whitespace: true, message: t.contactNameRequired }]}>
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={['institution', 'contactPhone']}
                    label={t.contactPhone}
                    extra={t.privacy}
                    rules={[
                      { required: true, message: t.contactPhoneRequired },
                      { pattern: PHONE_PATTERN, message: t.contactPhoneFormat },
                    ]}
                  >
                    <Input placeholder={t.contactPhonePlaceholder} maxLength={20} />
                  </Form.Item>
                </Col>
              </Row>

              <Divider />
              <Typography.Title level={5} className="xk-form-section">
                {t.sectionAdmin}
              </Typography.Title>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={['admin', 'username']}
                    label={t.username}
                    normalize={(value: string) => value?.trim().toLowerCase()}
                    rules={[
                      { required: true, message: t.usernameRequired },
                      { pattern: USERNAME_PATTERN, message: t.usernameFormat },
                    ]}
                  >
                    <Input placeholder={t.usernamePlaceholder} autoComplete="username" maxLength={32} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={['admin', 'displayName']} label={t.displayName} rules={[{ required: true, whitespace: true, message: t.displayNameRequired }]}>
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={['admin', 'password']}
                    label={t.password}
                    required
                    rules={[
                      {
                        validator: (_, value: string | undefined) => {
                          const problem = newPasswordProblem(value ?? '');
                          return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                        },
                      },
                    ]}
                  >
                    <Input.Password placeholder={t.passwordPlaceholder} autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="confirmPassword"
                    label={t.confirmPassword}
                    dependencies={[['admin', 'password']]}
                    rules={[
                      { required: true, message: t.confirmRequired },
                      ({ getFieldValue }) => ({
                        validator: (_, value: string | undefined) =>
                          !value || value === getFieldValue(['admin', 'password']) ? Promise.resolve() : Promise.reject(new Error(t.confirmMismatch)),
                      }),
                    ]}
                  >
                    <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
                  </Form.Item>
                </Col>
              </Row>

              <Form.Item
                name="agree"
                valuePropName="checked"
                rules={[{ validator: (_, checked: boolean) => (checked ? Promise.resolve() : Promise.reject(new Error(t.agreementRequired))) }]}
              >
                <Checkbox>{t.agreement}</Checkbox>
              </Form.Item>
              <div className="xk-form-actions">
                <Button type="primary" htmlType="submit" size="large" loading={signup.isPending} icon={<SafetyCertificateOutlined />}>
                  {t.submit}
                </Button>
                <Button type="link" onClick={() => navigate('/login')}>
                  {t.backToLogin}
                </Button>
              </div>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t.stepsTitle}>
            <Steps direction="vertical" size="small" current={0} items={t.steps.map((step) => ({ title: step.title, description: step.body }))} />
            <Alert type="info" showIcon message={t.description} style={{ marginTop: 8 }} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
