import { idNumberProblem } from './id-number';
import { idNumberProblemTexts, registerTexts as t } from './texts';

/**
 * Early, plain-word feedback on the registration form. The server has the last
 * word (ID_NUMBER_INVALID, EMPLOYER_CREDIT_CODE_INVALID name the exact problem).
 */
export const NAME_MIN_LENGTH = 2;
export const NAME_MAX_LENGTH = 30;
export const EMPLOYER_NAME_MAX_LENGTH = 100;
export const JOB_CATEGORY_MAX_LENGTH = 50;
export const CREDIT_CODE_LENGTH = 18;

/** GB 32100 shape: 18 digits or capitals without I, O, Z, S, V; the check characters are verified by the server. */
const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function normalizeCreditCode(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

export function idNumberMessage(input: string, today?: Date): string | null {
  if (!input.trim()) return t.idNumberRequired;
  const problem = idNumberProblem(input, today);
  return problem ? idNumberProblemTexts[problem] : null;
}

export function creditCodeMessage(input: string): string | null {
  const code = normalizeCreditCode(input);
  if (!code) return t.employerCreditCodeRequired;
  return CREDIT_CODE_PATTERN.test(code) ? null : t.employerCreditCodeFormat;
}

export function personNameMessage(input: string): string | null {
  const name = input.trim();
  if (!name) return t.nameRequired;
  return name.length < NAME_MIN_LENGTH ? t.nameTooShort : null;
}

export function employerNameMessage(input: string): string | null {
  const name = input.trim();
  if (!name) return t.employerNameRequired;
  return name.length < NAME_MIN_LENGTH ? t.employerNameTooShort : null;
}

export function jobCategoryMessage(input: string): string | null {
  return input.trim() ? null : t.jobCategoryRequired;
}
