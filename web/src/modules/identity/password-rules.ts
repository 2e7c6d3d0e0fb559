import { passwordRuleTexts } from './texts';

/** Mirrors the server's AUTH_WEAK_PASSWORD rule so users hear about it before submitting. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** The first problem with a new password in plain words, or null when it is acceptable. */
export function newPasswordProblem(password: string, currentPassword?: string): string | null {
  if (!password) return passwordRuleTexts.required;
  if (password.length < PASSWORD_MIN_LENGTH) return passwordRuleTexts.tooShort;
  if (password.length > PASSWORD_MAX_LENGTH) return passwordRuleTexts.tooLong;
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return passwordRuleTexts.needsLetterAndDigit;
  if (currentPassword && password === currentPassword) return passwordRuleTexts.sameAsCurrent;
  return null;
}

type FieldGetter = { getFieldValue: (name: string) => unknown };

/**
 * Form rules shared by the desktop (antd) and phone (antd-mobile) password
 * forms; both use rc-field-form, so one definition serves both.
 */
export const newPasswordRules = [
  ({ getFieldValue }: FieldGetter) => ({
    validator: (_: unknown, value: string | undefined) => {
      const problem = newPasswordProblem(value ?? '', getFieldValue('currentPassword') as string | undefined);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  }),
];

export function confirmPasswordRules(requiredMessage: string, mismatchMessage: string) {
  return [
    { required: true, message: requiredMessage },
    ({ getFieldValue }: FieldGetter) => ({
      validator: (_: unknown, value: string | undefined) =>
        !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(mismatchMessage)),
    }),
  ];
}
