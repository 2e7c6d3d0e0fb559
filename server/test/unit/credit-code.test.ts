import { describe, expect, it } from 'vitest';
import { checkCreditCode, withCreditCheck } from '../../src/modules/institutions/index.js';

describe('unified social credit codes (GB 32100)', () => {
  it.each(['91440300708461136T', '914403001922038216', '52440100MA5AQ7K11D'])('accepts the real-format code %s', (code) => {
    expect(checkCreditCode(code)).toMatchObject({ ok: true, normalized: code });
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(checkCreditCode(' 52440100ma5aq7k11d ')).toMatchObject({ ok: true, normalized: '52440100MA5AQ7K11D', regionCode: '440100' });
  });

  it.each([
    ['91440300708461136', 'FORMAT'],
    ['91440300708461136I', 'FORMAT'],
    ['9144O300708461136T', 'FORMAT'],
    ['91440101MA59UQWE3X', 'ORG_CODE_CHECK'],
    ['91440300708461136U', 'CHECKSUM'],
  ])('rejects %s as %s with a Chinese message', (code, problem) => {
    const res = checkCreditCode(code);
    expect(res).toMatchObject({ ok: false, problem });
    if (!res.ok) expect(res.message).toMatch(/统一社会信用代码/);
  });

  it('completes a prefix with its check character', () => {
    expect(withCreditCheck('52440100MA5AQ7K11')).toBe('52440100MA5AQ7K11D');
  });
});
