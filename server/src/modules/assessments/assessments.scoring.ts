import type { QuestionKind } from '../../platform/db/schema.js';

export interface ScoredQuestion {
  id: string;
  kind: QuestionKind;
  answer: number[];
}

/**
 * Every question is worth the same; a multiple-choice question counts only
 * when exactly the right options are chosen. The score is out of 100,
 * rounded down, so a learner never passes on rounding.
 */
export function scorePaper(questions: readonly ScoredQuestion[], answers: Record<string, number[]>): { correct: number; total: number; score: number } {
  const correct = questions.filter((q) => sameChoice(q.answer, answers[q.id] ?? [])).length;
  const total = questions.length;
  return { correct, total, score: total ? Math.floor((correct * 100) / total) : 0 };
}

function sameChoice(expected: readonly number[], given: readonly number[]): boolean {
  const g = [...new Set(given)].sort((a, b) => a - b);
  return g.length === expected.length && g.every((v, i) => v === expected[i]);
}
