import { describe, expect, it } from 'vitest';
import { formatCourseLength, minutesOf, studyHoursOf } from './study-length';

describe('course length for learners', () => {
  it('rounds a started minute up', () => {
    expect(minutesOf(600)).toBe(10);
    expect(minutesOf(601)).toBe(11);
    expect(minutesOf(0)).toBe(0);
  });

  it('counts 45 minutes as one 学时 (M19)', () => {
    expect(studyHoursOf(2700)).toBe('1');
    expect(studyHoursOf(4050)).toBe('1.5');
    expect(studyHoursOf(70 * 2700)).toBe('70');
  });

  it('says minutes alone under one 学时, and adds 学时 from there', () => {
    expect(formatCourseLength(600)).toBe('10 分钟');
    expect(formatCourseLength(5400)).toBe('90 分钟（约 2 学时）');
  });
});
