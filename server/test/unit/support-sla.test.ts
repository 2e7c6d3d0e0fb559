import { describe, expect, it } from 'vitest';
import { clockState, firstResponseDue, resolutionDue } from '../../src/modules/support/sla.js';
import { workingCalendar } from '../../src/modules/support/working-calendar.js';

/** M10: respond within 2 hours around the clock, resolve within 3 working days on the official calendar. */
const calendar = workingCalendar([]);
const beijing = (local: string) => new Date(`${local}+08:00`);

describe('SLA clocks (M10)', () => {
  it('first response is due 2 hours later, weekends and holidays included', () => {
    expect(firstResponseDue(beijing('2026-10-01T23:30:00'))).toEqual(beijing('2026-10-02T01:30:00'));
    expect(firstResponseDue(beijing('2026-11-21T10:00:00'))).toEqual(beijing('2026-11-21T12:00:00'));
  });

  it('resolution on an ordinary week runs three whole working days', () => {
    expect(resolutionDue(beijing('2026-11-23T10:00:00'), calendar)).toEqual({ due: beijing('2026-11-26T10:00:00'), calendarKnown: true });
  });

  it('the resolution clock stops over a weekend', () => {
    expect(resolutionDue(beijing('2026-11-20T10:00:00'), calendar).due).toEqual(beijing('2026-11-25T10:00:00'));
  });

  it('a ticket opened on a Saturday starts counting on Monday at midnight', () => {
    expect(resolutionDue(beijing('2026-11-21T15:00:00'), calendar).due).toEqual(beijing('2026-11-26T00:00:00'));
  });

  it('the clock stops over the National Day holiday and runs on the 调休 working Saturday after it', () => {
    // 2026-10-01..07 are holidays; Saturday 2026-10-10 is a working day (调休).
    expect(resolutionDue(beijing('2026-09-30T10:00:00'), calendar).due).toEqual(beijing('2026-10-10T10:00:00'));
  });

  it('a ticket opened on a 调休 working Saturday counts that Saturday', () => {
    expect(resolutionDue(beijing('2026-10-10T09:00:00'), calendar).due).toEqual(beijing('2026-10-14T09:00:00'));
  });

  it('the Sunday made a working day before National Day counts, and the Mid-Autumn holiday does not', () => {
    // Sunday 2026-09-20 is a 调休 working day; 2026-09-25 (Friday) to 09-27 are the Mid-Autumn holiday.
    expect(resolutionDue(beijing('2026-09-20T12:00:00'), calendar).due).toEqual(beijing('2026-09-23T12:00:00'));
    expect(resolutionDue(beijing('2026-09-24T12:00:00'), calendar).due).toEqual(beijing('2026-09-30T12:00:00'));
  });

  it('warns past the known calendar and falls back to Monday to Friday', () => {
    const r = resolutionDue(beijing('2027-01-05T10:00:00'), calendar);
    expect(r).toEqual({ due: beijing('2027-01-08T10:00:00'), calendarKnown: false });
    expect(calendar.knownThrough).toBe('2026-12-31');
  });

  it("uses the operator's calendar for a year the package lacks", () => {
    const withNext = workingCalendar([{ year: 2027, holidays: ['2027-01-01', '2027-01-04'], workdays: ['2027-01-09'] }]);
    expect(resolutionDue(beijing('2026-12-31T10:00:00'), withNext)).toEqual({ due: beijing('2027-01-07T10:00:00'), calendarKnown: true });
    expect(withNext.isWorkday('2027-01-09')).toBe(true);
    expect(withNext.knownThrough).toBe('2027-12-31');
  });

  it('states a clock as met, missed, at risk or running', () => {
    const due = beijing('2026-11-23T12:00:00');
    const warn = 30 * 60_000;
    expect(clockState(due, beijing('2026-11-23T11:00:00'), beijing('2026-11-23T13:00:00'), warn)).toBe('met');
    expect(clockState(due, beijing('2026-11-23T12:00:01'), beijing('2026-11-23T13:00:00'), warn)).toBe('missed');
    expect(clockState(due, null, beijing('2026-11-23T12:00:01'), warn)).toBe('missed');
    expect(clockState(due, null, beijing('2026-11-23T11:40:00'), warn)).toBe('at_risk');
    expect(clockState(due, null, beijing('2026-11-23T10:00:00'), warn)).toBe('running');
  });
});
