/**
 * Resident ID numbers (GB 11643-1999), checked on the phone so a typo is
 * pointed out before the learner submits: 6-digit region, 8-digit birth date,
 * 3-digit sequence, ISO 7064 MOD 11-2 check character. The server re-checks.
 */
export type IdNumberProblem = 'FORMAT' | 'REGION' | 'BIRTH_DATE' | 'CHECKSUM';

export const ID_NUMBER_LENGTH = 18;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
/** Province-level prefixes of GB/T 2260 (incl. 71 台湾, 81 香港, 82 澳门), as the server has them. */
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82']);
const EARLIEST_BIRTH_YEAR = 1900;

/** Drops spaces a learner may type while copying from the card; a lower-case x becomes X. */
export function normalizeIdNumber(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/** The check character the first 17 digits call for. */
export function idCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11]!;
}

/** The first problem with an ID number, or null when it is well-formed. */
export function idNumberProblem(input: string, today: Date = new Date()): IdNumberProblem | null {
  const id = normalizeIdNumber(input);
  if (!/^\d{17}[\dX]$/.test(id)) return 'FORMAT';
  if (!PROVINCES.has(id.slice(0, 2)) || id.slice(2, 6) === '0000') return 'REGION';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  const real = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  if (!real || y < EARLIEST_BIRTH_YEAR || birth.getTime() > today.getTime()) return 'BIRTH_DATE';
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return 'CHECKSUM';
  return null;
}
