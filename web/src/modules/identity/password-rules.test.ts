import { describe, expect, it } from 'vitest';
import { newPasswordProblem } from './password-rules';
import { passwordRuleTexts } from './texts';

describe('new password rule', () => {
  it('accepts 8 or more characters with letters and digits', () => {
    expect(newPasswordProblem('abcd1234')).toBeNull();
    expect(newPasswordProblem('Demo@2026')).toBeNull();
  });

  it('rejects short passwords', () => {
    expect(newPasswordProblem('ab12')).toBe(passwordRuleTexts.tooShort);
  });

  it('rejects passwords without a letter or without a digit', () => {
    expect(newPasswordProblem('12345678')).toBe(passwordRuleTexts.needsLetterAndDigit);
    expect(newPasswordProblem('abcdefgh')).toBe(passwordRuleTexts.needsLetterAndDigit);
  });

  it('rejects reusing the current password', () => {
    expect(newPasswordProblem('abcd1234', 'abcd1234')).toBe(passwordRuleTexts.sameAsCurrent);
  });

  it('asks for a password when empty', () => {
    expect(newPasswordProblem('')).toBe(passwordRuleTexts.required);
  });
});
