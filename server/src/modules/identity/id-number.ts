/**
 * Resident ID numbers (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character.
 * Pure, so registration, imports and the archive share one rule (M24 real-name).
 */
export type IdNumberProblem = 'FORMAT' | 'REGION' | 'BIRTH_DATE' | 'CHECKSUM';

export type IdNumberCheck =
  | { ok: true; normalized: string; birthDate: string; gender: 'male' | 'female'; regionCode: string }
  | { ok: false; problem: IdNumberProblem; message: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
/** Province-level prefixes of GB/T 2260 (incl. 71 台湾, 81 香港, 82 澳门). */
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82']);
const EARLIEST_BIRTH_YEAR = 1900;

const MESSAGES: Record<IdNumberProblem, string> = {
  FORMAT: '身份证号码应为18位，前17位为数字，最后一位为数字或X',
  REGION: '身份证号码前6位地区码不正确',
  BIRTH_DATE: '身份证号码中的出生日期不正确',
  CHECKSUM: '身份证号码校验位不正确，请核对最后一位',
};

export function checkIdNumber(input: string, today: Date = new Date()): IdNumberCheck {
  const id = input.trim().toUpperCase();
  const fail = (problem: IdNumberProblem): IdNumberCheck => ({ ok: false, problem, message: MESSAGES[problem] });
  if (!/^\d{17}[\dX]$/.test(id)) return fail('FORMAT');
  if (!PROVINCES.has(id.slice(0, 2)) || id.slice(2, 6) === '0000') return fail('REGION');
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  const valid = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  if (!valid || y < EARLIEST_BIRTH_YEAR || birth.getTime() > today.getTime()) return fail('BIRTH_DATE');
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  if (CHECK_CHARS[sum % 11] !== id[17]) return fail('CHECKSUM');
  return {
    ok: true,
    normalized: id,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: id.slice(0, 6),
  };
}

/** 4401**********1235: enough to recognise one's own number, not to use someone else's. */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
