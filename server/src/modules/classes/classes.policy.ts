import type { RequiredHours } from '../categories/index.js';

/** A class's planned hours, in 学时 (M19). */
export interface ClassPlan {
  onlineTheoryHours: number;
  offlineTheoryHours: number;
  practicalHours: number;
  /** Always 0: there is no online practical training (M19). Present so a request asking for it is refused, not ignored. */
  onlinePracticalHours: number;
}

export type PlanProblem = 'CLASS_PRACTICAL_ONLINE_FORBIDDEN' | 'CLASS_ONLINE_CAP_EXCEEDED' | 'CLASS_THEORY_NOT_COVERED' | 'CLASS_PRACTICAL_NOT_COVERED';

/** M19 against the category's requirement: the first problem, or null when the plan is lawful. */
export function planProblem(plan: ClassPlan, required: RequiredHours): PlanProblem | null {
  if (plan.onlinePracticalHours > 0) return 'CLASS_PRACTICAL_ONLINE_FORBIDDEN';
  if (plan.onlineTheoryHours > required.maxOnlineHours) return 'CLASS_ONLINE_CAP_EXCEEDED';
  if (plan.onlineTheoryHours + plan.offlineTheoryHours < required.theoryHours) return 'CLASS_THEORY_NOT_COVERED';
  if (plan.practicalHours < required.practicalHours) return 'CLASS_PRACTICAL_NOT_COVERED';
  return null;
}

/** Class codes avoid characters people confuse when reading them aloud or from a screen (0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CLASS_CODE_LENGTH = 8;

export function classCode(random: (n: number) => number): string {
  return Array.from({ length: CLASS_CODE_LENGTH }, () => CODE_ALPHABET[random(CODE_ALPHABET.length)]).join('');
}

/** Initial passwords for imported learners: 10 characters, letters and digits, shown once to the institution. */
export function initialPassword(random: (n: number) => number): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  const digits = '23456789';
  const body = Array.from({ length: 8 }, (_, i) => (i % 2 ? digits[random(digits.length)] : letters[random(letters.length)])).join('');
  return `${body}${digits[random(digits.length)]}${letters[random(letters.length)]!.toUpperCase()}`;
}
