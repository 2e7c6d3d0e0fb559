import { describe, expect, it } from 'vitest';
import { periodsBetween } from '../../src/modules/dashboards/dashboards.metrics.js';
import { dayRuns } from '../../src/modules/dashboards/dashboards.service.js';

describe('dashboard periods and refresh ranges (issue 8 item 2)', () => {
  it('recomputes consecutive touched days as one half-open range, across a month end', () => {
    expect(dayRuns(['2026-11-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-01'])).toEqual([
      ['2026-10-31', '2026-11-03'],
      ['2026-11-30', '2026-12-01'],
    ]);
    expect(dayRuns([])).toEqual([]);
  });

  it('lists every period of a range: days, ISO weeks from Monday, months', () => {
    expect(periodsBetween('2026-11-29', '2026-12-01', 'day')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
    // 2026-11-26 is a Thursday: its week starts on Monday the 23rd, as date_trunc('week') has it.
    expect(periodsBetween('2026-11-26', '2026-12-08', 'week')).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(periodsBetween('2026-01-31', '2026-03-01', 'month')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });
});
