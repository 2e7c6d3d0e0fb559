import type { WorkingCalendar } from './working-calendar.js';

/**
 * M10: first response within 2 hours around the clock; resolution within 3
 * working days. The desk runs 24 h, so a working day counts whole: the
 * resolution clock runs only on working days (Asia/Shanghai, official
 * calendar with 调休) and stops on rest days and holidays. Opened Monday 10:00
 * → due Thursday 10:00; opened Friday 10:00 → due Wednesday 10:00.
 */
export const FIRST_RESPONSE_MS = 2 * 3_600_000;
export const RESOLUTION_WORKING_DAYS = 3;
/** A clock is "at risk" (and escalated) when this little time is left. */
export const FIRST_RESPONSE_WARNING_MS = 30 * 60_000;
export const RESOLUTION_WARNING_MS = 4 * 3_600_000;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** Longest run of rest days searched (Spring Festival with weekends is under 10). */
const MAX_DAYS_SCANNED = 60;

const shanghaiDayOf = (t: number) => new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
const nextShanghaiMidnight = (t: number) => Math.floor((t + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_MS - SHANGHAI_OFFSET_MS;

export function firstResponseDue(openedAt: Date): Date {
  return new Date(openedAt.getTime() + FIRST_RESPONSE_MS);
}

/** The resolution deadline, and whether every day it crossed was in the known calendar. */
export function resolutionDue(openedAt: Date, calendar: WorkingCalendar): { due: Date; calendarKnown: boolean } {
  let remaining = RESOLUTION_WORKING_DAYS * DAY_MS;
  let t = openedAt.getTime();
  let calendarKnown = true;
  for (let i = 0; i < MAX_DAYS_SCANNED + RESOLUTION_WORKING_DAYS; i++) {
    const day = shanghaiDayOf(t);
    calendarKnown &&= calendar.isKnown(day);
    const dayEnd = nextShanghaiMidnight(t);
    if (calendar.isWorkday(day)) {
      if (remaining <= dayEnd - t) return { due: new Date(t + remaining), calendarKnown };
      remaining -= dayEnd - t;
    }
    t = dayEnd;
  }
  throw new Error(`no working days within ${MAX_DAYS_SCANNED} days of ${openedAt.toISOString()}`);
}

export type ClockState = 'met' | 'missed' | 'running' | 'at_risk';

/** Where one SLA clock stands at `now`. */
export function clockState(due: Date, doneAt: Date | null, now: Date, warningMs: number): ClockState {
  if (doneAt) return doneAt.getTime() <= due.getTime() ? 'met' : 'missed';
  const left = due.getTime() - now.getTime();
  if (left < 0) return 'missed';
  return left <= warningMs ? 'at_risk' : 'running';
}
