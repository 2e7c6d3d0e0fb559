import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDuration } from './format';

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
