import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { fieldErrorsFrom } from '../../../ui/form-errors';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { newPasswordProblem, PASSWORD_MAX_LENGTH, useMe } from '../../identity';
import { ruleOf, sameAsRule, type Check } from '../form-rules';
import { ID_NUMBER_LENGTH, normalizeIdNumber } from '../id-number';
import { useRegister } from '../queries';
import {
  CREDIT_CODE_LENGTH,
  creditCodeMessage,
  EMPLOYER_NAME_MAX_LENGTH,
  employerNameMessage,
  idNumberMessage,
  JOB_CATEGORY_MAX_LENGTH,
  jobCategoryMessage,
  NAME_MAX_LENGTH,
  normalizeCreditCode,
  personNameMessage,
} from '../registration-rules';
import { registerTexts as t } from '../texts';

interface RegisterValues {
  name: string;
  idNumber: string;
  employerName: string;
  employerCreditCode: string;
  jobCategory: string;
  password: string;
  confirmPassword: string;
}

/** A server refusal goes beside the field it is about (details.reason says exactly what is wrong). */
const FIELD_OF_CODE = {
  ID_NUMBER_INVALID: ['idNumber'],
  EMPLOYER_CREDIT_CODE_INVALID: ['employerCreditCode'],
  REAL_NAME_MISMATCH: ['name'],
  AUTH_WEAK_PASSWORD: ['password'],
};

/** Checks a complete-length entry while typing, and any entry once the learner leaves the field. */
const typedRules = (check: Check, length: number) => [
  { ...ruleOf(check), validateTrigger: 'onBlur' },
  { ...ruleOf((v) => (v.length >= length ? check(v) : null)), validateTrigger: 'onChange' },
];
const FIELD_TRIGGERS = ['onChange', 'onBlur'];

/**
 * Real-name registration (M24) on a phone: who the learner is, where they
 * work, a password. Nothing about how to reach them is asked (M27).
 */
export function RegisterPage() {
  const [form] = Form.useForm<RegisterValues>();
  const register = useRegister();
  const me = useMe();
  const navigate = useNavigate();
  const [showPassword, setShowPassword] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (me.data && me.data.roles.length > 0) return <Navigate to="/m" replace />;

  const submit = (values: RegisterValues) => {
    setFailure(null);
    register.mutate(
      {
        name: values.name.trim(),
        idNumber: normalizeIdNumber(values.idNumber),
        employerName: values.employerName.trim(),
        employerCreditCode: normalizeCreditCode(values.employerCreditCode),
        jobCategory: values.jobCategory.trim(),
        password: values.password,
      },
      {
        onSuccess: () => navigate('/m', { replace: true }),
        onError: (error) => {
          const fields = isApiError(error, 'ACCOUNT_EXISTS') ? [{ name: ['idNumber'], errors: [t.accountExists] }] : fieldErrorsFrom(error, FIELD_OF_CODE);
          if (!fields) {
            setFailure(errorMessage(error));
            return;
          }
          form.setFields(fields);
          // The first refused field may be above the fold on a small phone.
          requestAnimationFrame(() => document.querySelector('.adm-form-item-has-error')?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
        },
      },
    );
  };

  const eye = (
    <button type="button" className="xk-l-eye" aria-label={showPassword ? t.hidePassword : t.showPassword} onClick={() => setShowPassword((s) => !s)}>
      {showPassword ? <EyeOutlined /> : <EyeInvisibleOutlined />}
    </button>
  );
  const passwordType = showPassword ? 'text' : 'password';

  return (
    <div className="xk-m-app">
      <MobilePage title={t.title} onBack={() => navigate('/login')}>
        <p className="xk-m-intro">
          {t.intro}
          <br />
          <strong>{t.noContact}</strong>
        </p>
        <Form
          form={form}
          className="xk-l-form"
          layout="vertical"
          requiredMarkStyle="none"
          onFinish={submit}
          onValuesChange={() => failure && setFailure(null)}
          footer={
            <>
              {failure ? (
                <div className="xk-l-alert" role="alert">
                  {failure}
                </div>
              ) : null}
              <Button block type="submit" color="primary" size="large" loading={register.isPending}>
                {t.submit}
              </Button>
              <p className="xk-l-switch">
                {t.haveAccount}
                <Link to="/login">{t.toLogin}</Link>
              </p>
            </>
          }
        >
          <Form.Header>{t.personSection}</Form.Header>
          <Form.Item name="name" label={t.name} rules={[ruleOf(personNameMessage)]} validateTrigger="onBlur">
            <Input placeholder={t.namePlaceholder} autoComplete="name" maxLength={NAME_MAX_LENGTH} clearable />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t.idNumber}
            description={t.idNumberHint}
            normalize={(value: string) => normalizeIdNumber(value ?? '').slice(0, ID_NUMBER_LENGTH)}
            validateTrigger={FIELD_TRIGGERS}
            rules={typedRules(idNumberMessage, ID_NUMBER_LENGTH)}
          >
            <Input placeholder={t.idNumberPlaceholder} autoComplete="off" autoCapitalize="characters" autoCorrect="off" clearable />
          </Form.Item>

          <Form.Header>{t.employerSection}</Form.Header>
          <Form.Item
            name="employerName"
            label={t.employerName}
            validateTrigger="onBlur"
            rules={[ruleOf(employerNameMessage)]}
          >
            <Input placeholder={t.employerNamePlaceholder} autoComplete="organization" maxLength={EMPLOYER_NAME_MAX_LENGTH} clearable />
          </Form.Item>
          <Form.Item
            name="employerCreditCode"
            label={t.employerCreditCode}
            description={t.employerCreditCodeHint}
            normalize={(value: string) => normalizeCreditCode(value ?? '').slice(0, CREDIT_CODE_LENGTH)}
            validateTrigger={FIELD_TRIGGERS}
            rules={typedRules(creditCodeMessage, CREDIT_CODE_LENGTH)}
          >
            <Input placeholder={t.employerCreditCodePlaceholder} autoComplete="off" autoCapitalize="characters" autoCorrect="off" clearable />
          </Form.Item>
          <Form.Item name="jobCategory" label={t.jobCategory} validateTrigger="onBlur" rules={[ruleOf(jobCategoryMessage)]}>
            <Input placeholder={t.jobCategoryPlaceholder} maxLength={JOB_CATEGORY_MAX_LENGTH} clearable />
          </Form.Item>

          <Form.Header>{t.passwordSection}</Form.Header>
          <Form.Item name="password" label={t.password} extra={eye} validateTrigger="onBlur" rules={[ruleOf((v) => newPasswordProblem(v))]}>
            <Input type={passwordType} placeholder={t.passwordPlaceholder} autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t.confirmPassword}
            dependencies={['password']}
            validateTrigger="onBlur"
            rules={[sameAsRule('password', t.confirmRequired, t.confirmMismatch)]}
          >
            <Input type={passwordType} autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
          </Form.Item>
        </Form>
      </MobilePage>
    </div>
  );
}
