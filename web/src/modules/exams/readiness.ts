import type { ExamSession } from './types';

export type ReadinessState = 'none' | 'incomplete' | 'completed' | 'confirmed' | 'sealed';

/** Where a session's readiness stands (N2.4): checklist → confirmed by the exam institution → sealed. */
export function readinessState(s: Pick<ExamSession, 'checklist' | 'checklistCompletedAt' | 'readinessConfirmedAt' | 'sealedAt'>): ReadinessState {
  if (s.sealedAt) return 'sealed';
  if (s.readinessConfirmedAt) return 'confirmed';
  if (s.checklistCompletedAt) return 'completed';
  return s.checklist ? 'incomplete' : 'none';
}
