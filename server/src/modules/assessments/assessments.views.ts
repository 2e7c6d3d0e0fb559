import type { ResultRow } from './assessments.repository.js';

/** A result as learners, institutions and certificates see it: the score, never the paper's answers. */
export function resultView(r: ResultRow) {
  return {
    attemptId: r.attempt_id,
    testId: r.test_id,
    courseId: r.course_id,
    title: r.title,
    outcome: r.outcome,
    score: r.score,
    passMark: r.pass_mark,
    passed: r.passed,
    correct: r.correct,
    total: r.total,
    leaveCount: r.leave_count,
    finishedBy: r.finished_by,
    voidReason: r.void_reason,
    at: r.created_at.toISOString(),
  };
}
