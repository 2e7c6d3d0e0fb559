import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_PATTERN, normalizeCreditCode } from './credit-code-format';

describe('credit code shape', () => {
  it('accepts 18 characters from the GB 32100 alphabet with a six-digit region', () => {
    expect(CREDIT_CODE_PATTERN.test('52440100MA5AQ7K11D')).toBe(true);
    expect(CREDIT_CODE_PATTERN.test('91440101MA59ABCD0X')).toBe(true);
  });

  it('refuses wrong lengths, letters outside the alphabet, and letters in the region part', () => {
    expect(CREDIT_CODE_PATTERN.test('52440100MA5AQ7K11')).toBe(false);
    expect(CREDIT_CODE_PATTERN.test('52440100MA5AQ7KI1D')).toBe(false);
    expect(CREDIT_CODE_PATTERN.test('5244A100MA5AQ7K11D')).toBe(false);
  });

  it('is typed in any case and with spaces', () => {
    expect(normalizeCreditCode(' 52440100 ma5aq7k11d ')).toBe('52440100MA5AQ7K11D');
  });
});
