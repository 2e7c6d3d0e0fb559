import { describe, expect, it } from 'vitest';
import { metRate, parseDays, reportTotals } from './sla-report';

const row = (met: number, missed: number, running: number) => ({
  category: 'learning' as const,
  categoryName: '学习与学时',
  total: met + missed + running,
  firstResponse: { met, missed, running },
  resolution: { met, missed: 0, running: missed + running },
});

describe('SLA report figures (M10)', () => {
  it('adds the categories into a total row', () => {
    expect(reportTotals([row(3, 1, 0), row(1, 0, 2)])).toEqual({ total: 7, firstResponse: { met: 4, missed: 1, running: 2 }, resolution: { met: 4, missed: 0, running: 3 } });
  });

  it('rates only decided clocks', () => {
    expect(metRate({ met: 19, missed: 1 })).toBe('95.0%');
    expect(metRate({ met: 0, missed: 0 })).toBe('—');
  });

  it('reads pasted dates separated by lines, spaces or Chinese commas', () => {
    expect(parseDays('2027-01-01\n2027-02-06，2027-02-07、 2027-02-08\n\n')).toEqual(['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08']);
  });
});
