import { studyLengthTexts as t } from './texts';

/** One 学时 is 45 minutes of study (M19, M25), as the server counts it. */
export const SECONDS_PER_STUDY_HOUR = 45 * 60;

/** Whole minutes a learner will spend, rounding a started minute up. */
export function minutesOf(seconds: number): number {
  return Math.max(0, Math.ceil(seconds / 60));
}

/** 学时 to one decimal, without a trailing ".0". */
export function studyHoursOf(seconds: number): string {
  return String(Math.round((seconds / SECONDS_PER_STUDY_HOUR) * 10) / 10);
}

/** How long a course takes in words a learner uses: minutes, with 学时 once it reaches one. */
export function formatCourseLength(seconds: number): string {
  const minutes = minutesOf(seconds);
  if (seconds < SECONDS_PER_STUDY_HOUR) return t.minutes(minutes);
  return t.minutesWithHours(minutes, studyHoursOf(seconds));
}
