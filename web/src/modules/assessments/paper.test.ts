import { describe, expect, it } from 'vitest';
import { clockOffsetMs, formatCountdown, optionLetter, remainingSeconds, toggleChoice, unansweredCount } from './paper';

describe('answering a paper', () => {
  it('single choice and true/false keep one option; multiple choice toggles options in order', () => {
    expect(toggleChoice('single', [0], 2)).toEqual([2]);
    expect(toggleChoice('judge', [], 1)).toEqual([1]);
    expect(toggleChoice('multiple', [2], 0)).toEqual([0, 2]);
    expect(toggleChoice('multiple', [0, 2], 2)).toEqual([0]);
  });

  it('counts unanswered questions for the confirmation before submitting', () => {
    expect(unansweredCount(['a', 'b', 'c'], { a: [1], b: [] })).toBe(2);
  });

  it('names options A–F', () => {
    expect([0, 1, 5].map(optionLetter)).toEqual(['A', 'B', 'F']);
  });
});

describe('the countdown follows the server clock', () => {
  it('corrects a phone clock that is five minutes fast', () => {
    const local = Date.parse('2026-11-26T09:05:00Z');
    const offset = clockOffsetMs('2026-11-26T09:00:00Z', local);
    expect(remainingSeconds('2026-11-26T10:00:00Z', offset, local)).toBe(3600);
    expect(remainingSeconds('2026-11-26T08:00:00Z', offset, local)).toBe(0);
  });

  it('shows minutes and seconds, and hours past an hour', () => {
    expect(formatCountdown(3545)).toBe('59:05');
    expect(formatCountdown(3725)).toBe('1:02:05');
    expect(formatCountdown(0)).toBe('00:00');
  });
});
