import { describe, expect, it } from 'vitest';
import { cityOutliers, pastDays } from '../../src/modules/enforcement/signals.detect.js';

const figure = (institutionId: string, value: number, cityCode = '440100', sample = 10) => ({ institutionId, cityCode, value, sample });

describe('institution outliers against their city (issue 8 §3)', () => {
  it('flags an institution whose pass rate is far from its peers, leave-one-out, and not the peers', () => {
    const out = cityOutliers('pass_rate', [figure('a', 0.62), figure('b', 0.58), figure('c', 0.6), figure('d', 1.0)]);
    expect(out.map((o) => o.institutionId)).toEqual(['d']);
    expect(out[0]).toMatchObject({ peers: 3, peerSd: 0.05 });
    expect(out[0]!.z).toBeGreaterThanOrEqual(3);
  });

  it('needs enough peers in the same city and enough sample in each', () => {
    expect(cityOutliers('pass_rate', [figure('a', 0.6), figure('b', 0.6), figure('d', 1.0)])).toEqual([]);
    expect(cityOutliers('pass_rate', [figure('a', 0.6), figure('b', 0.6), figure('c', 0.6, '440300'), figure('d', 1.0)])).toEqual([]);
    expect(cityOutliers('pass_rate', [figure('a', 0.6), figure('b', 0.6), figure('c', 0.6, '440100', 2), figure('d', 1.0)])).toEqual([]);
  });
});

describe('detection window', () => {
  it('covers whole past days in Asia/Shanghai, ending at today 00:00 there', () => {
    // 2026-11-26 07:30 in Shanghai is 2026-11-25 23:30 UTC.
    expect(pastDays(new Date('2026-11-25T23:30:00Z'), 3)).toEqual({ from: new Date('2026-11-22T16:00:00Z'), to: new Date('2026-11-25T16:00:00Z') });
  });
});
