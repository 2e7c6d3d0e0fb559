import { describe, expect, it } from 'vitest';
import { certificateNumber, completionOf, nextVersionNumber, statusOf } from '../../src/modules/certificates/certificates.policy.js';

/** M25 with M19: when a class is complete, from the ledger's seconds and the tests' results. */
const REQUIRED = { theoryHours: 88, practicalHours: 60, maxOnlineHours: 70 };
const H = 2700;
const test = (passed: boolean) => ({ courseId: 'c', title: '结业考核', score: passed ? 90 : 50, passMark: 80, passed, at: '2026-11-26T00:00:00Z' });

describe('class completion (M25, M19)', () => {
  it('is reached when the whole required hours are in the ledger and no test is required', () => {
    expect(completionOf(REQUIRED, { online: 70 * H, offline: 78 * H }, [])).toMatchObject({ totalStudyHours: 148, complete: true, testsPassed: true });
  });

  it('counts online time only up to the class online cap (80 % of initial theory hours)', () => {
    const done = completionOf(REQUIRED, { online: 100 * H, offline: 48 * H }, []);
    expect(done).toMatchObject({ countedOnlineSeconds: 70 * H, totalStudyHours: 118, complete: false });
  });

  it('counts whole 45-minute hours only: one second short is not complete', () => {
    expect(completionOf(REQUIRED, { online: 70 * H, offline: 78 * H - 1 }, []).complete).toBe(false);
  });

  it('waits for every required test to be passed', () => {
    expect(completionOf(REQUIRED, { online: 70 * H, offline: 78 * H }, [test(true), test(false)])).toMatchObject({ hoursReached: true, testsPassed: false, complete: false });
    expect(completionOf(REQUIRED, { online: 70 * H, offline: 78 * H }, [test(true)], 1)).toMatchObject({ hoursReached: true, testsPassed: false, complete: false });
    expect(completionOf(REQUIRED, { online: 70 * H, offline: 78 * H }, [test(true)]).complete).toBe(true);
  });
});

describe('certificate status and numbers', () => {
  it('reads revoked before superseded, and valid otherwise', () => {
    expect(statusOf({ revoked: true, supersededBy: 'XK-2026-4401-000001-2' })).toBe('revoked');
    expect(statusOf({ revoked: false, supersededBy: 'XK-2026-4401-000001-2' })).toBe('superseded');
    expect(statusOf({ revoked: false, supersededBy: null })).toBe('valid');
  });

  it('keeps the serial across versions so an old printout finds its successor', () => {
    expect(certificateNumber(2026, '440100', 123, 1)).toBe('XK-2026-4401-000123-1');
    expect(nextVersionNumber('XK-2026-4401-000123-1', 2)).toBe('XK-2026-4401-000123-2');
    expect(nextVersionNumber('XK-2026-4401-000123-9', 10)).toBe('XK-2026-4401-000123-10');
  });
});
