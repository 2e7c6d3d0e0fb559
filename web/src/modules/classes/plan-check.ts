import type { Category } from '../categories';
import type { TrainingType } from './types';

/** What a class of a category must plan, in 学时 (M19), as the server works it out. */
export interface RequiredHours {
  theoryHours: number;
  practicalHours: number;
  /** M19: online hours count at most this many 学时 toward the theory hours. */
  maxOnlineHours: number;
  /** The share of theory hours that may be online (0.8 for initial training). */
  onlineRatio: number;
}

export interface PlannedHours {
  onlineTheoryHours: number;
  offlineTheoryHours: number;
  practicalHours: number;
}

export type PlanProblem = 'CLASS_ONLINE_CAP_EXCEEDED' | 'CLASS_THEORY_NOT_COVERED' | 'CLASS_PRACTICAL_NOT_COVERED';

/**
 * The category's current hour rule for a training type, or null while the
 * province has not set its hours (the server then refuses the class). M19: the
 * online cap applies to initial training; refresher training may be fully online.
 */
export function requiredHoursOf(category: Category | undefined, type: TrainingType): RequiredHours | null {
  const rule = category?.hourRule;
  if (!rule) return null;
  const theory = type === 'initial' ? rule.initialTheoryHours : rule.refresherHours;
  const practical = type === 'initial' ? rule.initialPracticalHours : 0;
  if (theory === null || practical === null) return null;
  const onlineRatio = type === 'initial' ? rule.onlineTheoryMaxRatio : 1;
  return { theoryHours: theory, practicalHours: practical, maxOnlineHours: Math.floor(theory * onlineRatio), onlineRatio };
}

/** Every way the plan falls short of M19 and the category's hours; empty when it is lawful. */
export function planProblems(plan: PlannedHours, required: RequiredHours): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.onlineTheoryHours > required.maxOnlineHours) problems.push('CLASS_ONLINE_CAP_EXCEEDED');
  if (plan.onlineTheoryHours + plan.offlineTheoryHours < required.theoryHours) problems.push('CLASS_THEORY_NOT_COVERED');
  if (plan.practicalHours < required.practicalHours) problems.push('CLASS_PRACTICAL_NOT_COVERED');
  return problems;
}

/** The form field each refusal of the plan belongs beside (server codes and the live check alike). */
export const PLAN_PROBLEM_FIELDS: Record<PlanProblem | 'CLASS_PRACTICAL_ONLINE_FORBIDDEN', keyof PlannedHours> = {
  CLASS_ONLINE_CAP_EXCEEDED: 'onlineTheoryHours',
  CLASS_THEORY_NOT_COVERED: 'offlineTheoryHours',
  CLASS_PRACTICAL_NOT_COVERED: 'practicalHours',
  CLASS_PRACTICAL_ONLINE_FORBIDDEN: 'practicalHours',
};

/** Reads the three hour fields of a half-filled form as numbers (empty counts as 0). */
export function plannedHoursOf(values: Partial<Record<keyof PlannedHours, number | null>>): PlannedHours {
  return {
    onlineTheoryHours: values.onlineTheoryHours ?? 0,
    offlineTheoryHours: values.offlineTheoryHours ?? 0,
    practicalHours: values.practicalHours ?? 0,
  };
}
