import type { SlaReportRow } from './types';

export interface ReportTotals {
  total: number;
  firstResponse: { met: number; missed: number; running: number };
  resolution: { met: number; missed: number; running: number };
}

/** The 合计 row under the per-category rows. */
export function reportTotals(rows: readonly Pick<SlaReportRow, 'total' | 'firstResponse' | 'resolution'>[]): ReportTotals {
  const zero = () => ({ met: 0, missed: 0, running: 0 });
  return rows.reduce<ReportTotals>(
    (sum, r) => ({
      total: sum.total + r.total,
      firstResponse: { met: sum.firstResponse.met + r.firstResponse.met, missed: sum.firstResponse.missed + r.firstResponse.missed, running: sum.firstResponse.running + r.firstResponse.running },
      resolution: { met: sum.resolution.met + r.resolution.met, missed: sum.resolution.missed + r.resolution.missed, running: sum.resolution.running + r.resolution.running },
    }),
    { total: 0, firstResponse: zero(), resolution: zero() },
  );
}

/** Share of decided clocks that were met, e.g. "95.0%"; "—" while none has been decided. */
export function metRate(clock: { met: number; missed: number }): string {
  const decided = clock.met + clock.missed;
  return decided === 0 ? '—' : `${((clock.met / decided) * 100).toFixed(1)}%`;
}

/** One date a line, blanks ignored: how the operator pastes a year's holiday notice. */
export function parseDays(text: string): string[] {
  return text
    .split(/[\s,，、]+/)
    .map((d) => d.trim())
    .filter(Boolean);
}
