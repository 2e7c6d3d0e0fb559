import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDuration, todayInShanghai } from './format';

describe('formatDateTime', () => {
  it('shows UTC instants in Guangdong time', () => {
    expect(formatDateTime('2026-03-01T16:30:00.000Z')).toBe('2026-03-02 00:30');
  });

  it('shows a dash for missing or broken values', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});

describe('formatDate', () => {
  it('gives the Guangdong calendar day', () => {
    expect(formatDate('2026-03-01T16:30:00.000Z')).toBe('2026-03-02');
    expect(formatDate(undefined)).toBe('—');
  });
});

describe('todayInShanghai', () => {
  it('gives the Guangdong calendar day, not the device\'s or UTC\'s (DESIGN §8)', () => {
    const today = todayInShanghai(new Date('2026-11-23T17:30:00Z'));
    expect(today.format('YYYY-MM-DD')).toBe('2026-11-24');
    expect(today.year()).toBe(2026);
    expect(today.month()).toBe(10);
    expect(today.date()).toBe(24);
  });

  it('turns the year over at midnight in Shanghai', () => {
    expect(todayInShanghai(new Date('2026-12-31T15:59:59Z')).format('YYYY-MM-DD')).toBe('2026-12-31');
    expect(todayInShanghai(new Date('2026-12-31T16:00:00Z')).year()).toBe(2027);
  });
});

describe('formatDuration', () => {
  it('reads like speech', () => {
    expect(formatDuration(2)).toBe('2秒');
    expect(formatDuration(600)).toBe('10分钟');
    expect(formatDuration(750)).toBe('12分30秒');
    expect(formatDuration(3725)).toBe('1小时2分5秒');
  });

  it('shows a dash when the length is not known yet', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(-1)).toBe('—');
  });
});
