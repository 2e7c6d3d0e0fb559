import type { Actor } from '../../platform/http/access.js';
import { VOIDING_FACE_DECISIONS } from './assessments.rules.js';

/** Pass marks and retake rules hold for the whole province: only the provincial regulator sets them. */
export function mayChangeTestSettings(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'regulator' && r.scope.kind === 'province');
}

/** An institution keeps a bank for a category it is registered to train in some city (M13, N1.2). */
export function mayKeepBank(registrations: readonly { status: string; categories: string[] }[], categoryId: string): boolean {
  return registrations.some((r) => r.status === 'registered' && r.categories.includes(categoryId));
}

export interface AttemptHistory {
  passed: boolean;
  attempts: number;
  lastFinishedAt: Date | null;
}

export interface RetakeRule {
  maxAttempts: number;
  cooldownMinutes: number;
}

export type RetakeProblem = 'TEST_ALREADY_PASSED' | 'TEST_NO_ATTEMPTS_LEFT' | 'TEST_COOLING_DOWN';

/** The retake policy (issue 6): one pass is enough, attempts are limited, and retakes wait out the cool-down. */
export function retakeProblem(history: AttemptHistory, rule: RetakeRule, now: Date): { problem: RetakeProblem; until?: Date } | null {
  if (history.passed) return { problem: 'TEST_ALREADY_PASSED' };
  if (history.attempts >= rule.maxAttempts) return { problem: 'TEST_NO_ATTEMPTS_LEFT' };
  if (history.lastFinishedAt) {
    const until = new Date(history.lastFinishedAt.getTime() + rule.cooldownMinutes * 60_000);
    if (now < until) return { problem: 'TEST_COOLING_DOWN', until };
  }
  return null;
}

/**
 * A face check during a test (M24): another person, several faces or a photo
 * voids the attempt at once; no face or a poor image may be retried until the
 * grace period ends, because a blurred frame is not proof of cheating.
 */
export function faceCheckOutcome(decision: string): 'passed' | 'retry' | 'void' {
  if (decision === 'MATCH') return 'passed';
  return VOIDING_FACE_DECISIONS.includes(decision) ? 'void' : 'retry';
}
