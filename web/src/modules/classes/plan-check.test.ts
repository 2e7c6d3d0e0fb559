import { describe, expect, it } from 'vitest';
import type { Category } from '../categories';
import { planProblems, plannedHoursOf, requiredHoursOf } from './plan-check';

const category = (rule: Partial<NonNullable<Category['hourRule']>> | null): Category => ({
  id: 'special_work:30号令-2015:1.1',
  kind: 'special_work',
  catalogueVersion: '30号令-2015',
  code: '1.1',
  name: '低压电工作业',
  groupName: '电工作业',
  inExamScope: true,
  hourRule: rule && {
    ruleId: 1,
    effectiveFrom: '2022-07-01',
    initialTheoryHours: 88,
    initialPracticalHours: 60,
    refresherHours: 24,
    onlineTheoryMaxRatio: 0.8,
    unverified: false,
    source: '30号令',
    note: null,
    ...rule,
  },
});

describe('required hours of a category (M19)', () => {
  it('caps online hours of initial training at 80 % of the theory hours, rounded down', () => {
    expect(requiredHoursOf(category({}), 'initial')).toEqual({ theoryHours: 88, practicalHours: 60, maxOnlineHours: 70, onlineRatio: 0.8 });
  });

  it('lets refresher training be fully online, with no practical hours', () => {
    expect(requiredHoursOf(category({}), 'refresher')).toEqual({ theoryHours: 24, practicalHours: 0, maxOnlineHours: 24, onlineRatio: 1 });
  });

  it('has no requirement while the province has not set the hours', () => {
    expect(requiredHoursOf(category(null), 'initial')).toBeNull();
    expect(requiredHoursOf(category({ initialTheoryHours: null }), 'initial')).toBeNull();
    expect(requiredHoursOf(undefined, 'initial')).toBeNull();
  });
});

describe('plan check (M19)', () => {
  const required = requiredHoursOf(category({}), 'initial')!;

  it('accepts a plan at the online cap that covers theory and practice', () => {
    expect(planProblems({ onlineTheoryHours: 70, offlineTheoryHours: 18, practicalHours: 60 }, required)).toEqual([]);
  });

  it('names every shortfall at once: online over the cap, theory and practice not covered', () => {
    expect(planProblems({ onlineTheoryHours: 71, offlineTheoryHours: 0, practicalHours: 59 }, required)).toEqual([
      'CLASS_ONLINE_CAP_EXCEEDED',
      'CLASS_THEORY_NOT_COVERED',
      'CLASS_PRACTICAL_NOT_COVERED',
    ]);
  });

  it('counts online and classroom theory hours alike toward the theory hours', () => {
    expect(planProblems({ onlineTheoryHours: 0, offlineTheoryHours: 88, practicalHours: 60 }, required)).toEqual([]);
  });

  it('reads empty fields of a half-filled form as 0', () => {
    expect(plannedHoursOf({ onlineTheoryHours: 12, offlineTheoryHours: null })).toEqual({ onlineTheoryHours: 12, offlineTheoryHours: 0, practicalHours: 0 });
  });
});
