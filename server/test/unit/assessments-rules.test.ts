import { describe, expect, it } from 'vitest';
import { faceCheckOutcome, retakeProblem } from '../../src/modules/assessments/assessments.policy.js';
import { scorePaper } from '../../src/modules/assessments/assessments.scoring.js';

describe('scoring a paper', () => {
  const paper = [
    { id: 'a', kind: 'single' as const, answer: [1] },
    { id: 'b', kind: 'multiple' as const, answer: [0, 2] },
    { id: 'c', kind: 'judge' as const, answer: [0] },
  ];

  it('counts a multiple-choice question only when exactly the right options are chosen', () => {
    expect(scorePaper(paper, { a: [1], b: [0, 2], c: [0] })).toEqual({ correct: 3, total: 3, score: 100 });
    expect(scorePaper(paper, { a: [1], b: [0], c: [0] }).correct).toBe(2);
    expect(scorePaper(paper, { a: [1], b: [0, 1, 2], c: [0] }).correct).toBe(2);
    expect(scorePaper(paper, { a: [1], b: [2, 0], c: [0] }).correct).toBe(3);
  });

  it('rounds down, so nobody passes on rounding, and unanswered questions score nothing', () => {
    expect(scorePaper(paper, { a: [1], b: [0, 2] }).score).toBe(66);
    expect(scorePaper(paper, {}).score).toBe(0);
  });
});

describe('retake policy (issue 6: a setting of the province)', () => {
  const rule = { maxAttempts: 2, cooldownMinutes: 30 };
  const now = new Date('2026-11-26T02:00:00Z');

  it('a first attempt may start', () => {
    expect(retakeProblem({ passed: false, attempts: 0, lastFinishedAt: null }, rule, now)).toBeNull();
  });

  it('a retake waits out the cool-down after the last attempt', () => {
    const last = new Date('2026-11-26T01:45:00Z');
    expect(retakeProblem({ passed: false, attempts: 1, lastFinishedAt: last }, rule, now)).toEqual({ problem: 'TEST_COOLING_DOWN', until: new Date('2026-11-26T02:15:00Z') });
    expect(retakeProblem({ passed: false, attempts: 1, lastFinishedAt: new Date('2026-11-26T01:30:00Z') }, rule, now)).toBeNull();
  });

  it('no attempt after the last one allowed, and none after a pass', () => {
    expect(retakeProblem({ passed: false, attempts: 2, lastFinishedAt: null }, rule, now)?.problem).toBe('TEST_NO_ATTEMPTS_LEFT');
    expect(retakeProblem({ passed: true, attempts: 1, lastFinishedAt: null }, rule, now)?.problem).toBe('TEST_ALREADY_PASSED');
  });
});

describe('face checks during a test (M24)', () => {
  it('another person, several faces or a photo void the attempt; a poor frame may be retried', () => {
    expect(faceCheckOutcome('MATCH')).toBe('passed');
    expect(['MISMATCH', 'MULTIPLE_FACES', 'SPOOF'].map(faceCheckOutcome)).toEqual(['void', 'void', 'void']);
    expect(['NO_FACE', 'LOW_QUALITY'].map(faceCheckOutcome)).toEqual(['retry', 'retry']);
  });
});
