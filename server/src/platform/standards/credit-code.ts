/**
 * Unified social credit codes (GB 32100-2015): 18 characters from a 31-letter
 * alphabet (no I, O, Z, S, V); characters 9–17 are the organisation code with
 * its own GB 11714 check; the 18th is a MOD 31 check. Pure, shared by the
 * institution registry and learners' employers.
 */
export type CreditCodeProblem = 'FORMAT' | 'ORG_CODE_CHECK' | 'CHECKSUM';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const MESSAGES: Record<CreditCodeProblem, string> = {
  FORMAT: '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）',
  ORG_CODE_CHECK: '统一社会信用代码中的组织机构代码校验位不正确',
  CHECKSUM: '统一社会信用代码校验位不正确，请核对最后一位',
};

export type CreditCodeCheck = { ok: true; normalized: string; regionCode: string } | { ok: false; problem: CreditCodeProblem; message: string };

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase();
  const fail = (problem: CreditCodeProblem): CreditCodeCheck => ({ ok: false, problem, message: MESSAGES[problem] });
  if (code.length !== 18 || [...code].some((c) => !ALPHABET.includes(c))) return fail('FORMAT');
  if (!/^\d{6}$/.test(code.slice(2, 8))) return fail('FORMAT');
  const org = code.slice(8, 17);
  const orgSum = ORG_WEIGHTS.reduce((acc, w, i) => acc + w * ORG_ALPHABET.indexOf(org[i]!), 0);
  const orgCheck = 11 - (orgSum % 11);
  const expectedOrg = orgCheck === 10 ? 'X' : orgCheck === 11 ? '0' : String(orgCheck);
  if (org[8] !== expectedOrg) return fail('ORG_CODE_CHECK');
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * ALPHABET.indexOf(code[i]!), 0);
  const check = (31 - (sum % 31)) % 31;
  if (ALPHABET[check] !== code[17]) return fail('CHECKSUM');
  return { ok: true, normalized: code, regionCode: code.slice(2, 8) };
}

/** Completes a 17-character prefix with its check character (demo data and test factories). */
export function withCreditCheck(prefix17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * ALPHABET.indexOf(prefix17[i]!), 0);
  return prefix17 + ALPHABET[(31 - (sum % 31)) % 31];
}
