import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

describe('formatDateTime', () => {
  it('shows UTC instants in Guangdong time', () => {
    expect(formatDateTime('2026-03-01T16:30:00.000Z')).toBe('2026-03-02 00:30');
  });

  it('shows a dash for missing or broken values', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});
