import { createRequire } from 'node:module';

/**
 * The official working-day calendar (M10: "3 working days" counts days the
 * State Council's holiday notice makes working days, 调休 Saturdays included).
 * Built-in years come from the `chinese-days` package; the notice for a new
 * year is published each autumn, so the platform operator enters years past
 * the package's data in the product, and a day in no known year falls back
 * to Monday–Friday with a warning (`known: false`).
 */
export interface CalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
}

export interface WorkingCalendar {
  isWorkday(day: string): boolean;
  isKnown(day: string): boolean;
  /** The last day of the last year the calendar knows. */
  knownThrough: string;
}

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;

/** The years the package publishes, with their holidays and 调休 working days. */
export const BUILT_IN_YEARS: ReadonlyMap<number, CalendarYear> = (() => {
  const years = new Map<number, CalendarYear>();
  const yearOf = (day: string) => {
    const year = Number(day.slice(0, 4));
    if (!years.has(year)) years.set(year, { year, holidays: [], workdays: [] });
    return years.get(year)!;
  };
  for (const day of Object.keys(data.holidays)) yearOf(day).holidays.push(day);
  for (const day of Object.keys(data.workdays)) yearOf(day).workdays.push(day);
  return years;
})();

export function workingCalendar(operatorYears: readonly CalendarYear[]): WorkingCalendar {
  const years = new Map(BUILT_IN_YEARS);
  // The operator's entry for a year replaces the package's (a correction) or adds a year it lacks.
  for (const y of operatorYears) years.set(y.year, y);
  const holidays = new Set([...years.values()].flatMap((y) => y.holidays));
  const workdays = new Set([...years.values()].flatMap((y) => y.workdays));
  const lastYear = Math.max(...years.keys());
  return {
    isWorkday(day) {
      if (workdays.has(day)) return true;
      if (holidays.has(day)) return false;
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
    isKnown: (day) => years.has(Number(day.slice(0, 4))),
    knownThrough: `${lastYear}-12-31`,
  };
}
