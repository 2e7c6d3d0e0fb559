import { describe, expect, it } from 'vitest';
import { correctionSeconds, describeCorrection, MINUTES_PER_STUDY_HOUR, minutesInStudyHours } from './study-hours';

describe('minutes and 学时 (M19: 45 minutes = 1 学时)', () => {
  it('counts 45 minutes as one 学时', () => {
    expect(MINUTES_PER_STUDY_HOUR).toBe(45);
    expect(minutesInStudyHours(45)).toBe('1');
    expect(minutesInStudyHours(68)).toBe('1.5');
    expect(minutesInStudyHours(90)).toBe('2');
  });

  it('turns a correction into signed seconds: added positive, deducted negative (M16)', () => {
    expect(correctionSeconds('add', 45)).toBe(2700);
    expect(correctionSeconds('deduct', 90)).toBe(-5400);
  });

  it('describes a signed correction in 学时 and minutes', () => {
    expect(describeCorrection(2700)).toEqual({ sign: '+', hours: '1', minutes: 45 });
    expect(describeCorrection(-4050)).toEqual({ sign: '−', hours: '1.5', minutes: 68 });
  });
});
