/**
 * Corrections are asked in minutes and read in 学时 (M16, M19). Kept free of
 * other modules so it stays a plain function of its inputs.
 */

/** M19: one 学时 is 45 minutes (the server's SECONDS_PER_STUDY_HOUR / 60). */
export const MINUTES_PER_STUDY_HOUR = 45;
/** The server takes a correction of at most ±360 000 seconds. */
export const MAX_CORRECTION_MINUTES = 6000;

export type CorrectionDirection = 'add' | 'deduct';

/** The signed seconds a correction asks for: added minutes are positive, deducted negative. */
export function correctionSeconds(direction: CorrectionDirection, minutes: number): number {
  const seconds = Math.round(minutes) * 60;
  return direction === 'add' ? seconds : -seconds;
}

/** Minutes in 学时, to one decimal without a trailing ".0" (68 分钟 → "1.5"). */
export function minutesInStudyHours(minutes: number): string {
  return String(Math.round((minutes / MINUTES_PER_STUDY_HOUR) * 10) / 10);
}

/** A signed correction as the two numbers people check: 学时 with its sign, and whole minutes. */
export function describeCorrection(seconds: number): { sign: '+' | '−'; hours: string; minutes: number } {
  const minutes = Math.round(Math.abs(seconds) / 60);
  return { sign: seconds < 0 ? '−' : '+', hours: minutesInStudyHours(minutes), minutes };
}
