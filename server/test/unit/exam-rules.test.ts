import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, agreementsInForce, cameraProblems, readinessInTime, suspensionInRange } from '../../src/modules/exams/exams.rules.js';

describe('exam rules (N2.4, N2.5, N3.2)', () => {
  it('adds months as PostgreSQL does, clamping to the month end', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(addMonths('2026-11-01', -36)).toBe('2023-11-01');
  });

  it('accepts a suspension of 3 to 6 months and nothing else (N3.2)', () => {
    expect(suspensionInRange('2026-11-23', '2027-02-23')).toBe(true);
    expect(suspensionInRange('2026-11-23', '2027-05-23')).toBe(true);
    expect(suspensionInRange('2026-11-23', '2027-02-22')).toBe(false);
    expect(suspensionInRange('2026-11-23', '2027-05-24')).toBe(false);
    fc.assert(
      fc.property(fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 400 }), (start, days) => {
        const from = start.toISOString().slice(0, 10);
        const to = new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);
        expect(suspensionInRange(from, to)).toBe(to >= addMonths(from, 3) && to <= addMonths(from, 6));
        if (days < 89) expect(suspensionInRange(from, to)).toBe(false);
        if (days > 184) expect(suspensionInRange(from, to)).toBe(false);
      }),
    );
  });

  it('needs readiness a full day ahead', () => {
    expect(readinessInTime(new Date('2026-11-23T01:00:00Z'), new Date('2026-11-24T01:00:00Z'))).toBe(true);
    expect(readinessInTime(new Date('2026-11-23T01:00:01Z'), new Date('2026-11-24T01:00:00Z'))).toBe(false);
  });

  it('judges cameras only once the 15-minute mark has passed', () => {
    const start = new Date('2026-11-22T01:00:00Z');
    const end = new Date('2026-11-22T03:00:00Z');
    expect(cameraProblems([], start, end, new Date('2026-11-22T00:44:00Z'))).toEqual([]);
    expect(cameraProblems([], start, end, new Date('2026-11-22T00:45:00Z'))).toEqual([{ cameraId: null, problem: 'no_camera_reported' }]);
  });

  it('needs both agreements in force on the day (N2.5)', () => {
    const letter = { kind: 'responsibility_letter' as const, datedOn: '2026-01-01', expiresOn: '2026-12-31' };
    const secrecy = { kind: 'confidentiality_agreement' as const, datedOn: '2026-01-01', expiresOn: null };
    expect(agreementsInForce([letter, secrecy], '2026-12-31')).toBe(true);
    expect(agreementsInForce([letter, secrecy], '2027-01-01')).toBe(false);
    expect(agreementsInForce([letter], '2026-06-01')).toBe(false);
  });
});
