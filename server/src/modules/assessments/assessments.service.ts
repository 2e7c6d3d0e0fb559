import { randomInt } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import type { CategoriesService } from '../categories/index.js';
import type { ClassesService } from '../classes/index.js';
import type { FacesService } from '../faces/index.js';
import type { InstitutionsService } from '../institutions/index.js';
import { createAttempts } from './assessments.attempts.js';
import { createQuestionBanks } from './assessments.banks.js';
import { createClassTests, definitionView } from './assessments.class-tests.js';
import { AssessmentErrors } from './assessments.errors.js';
import { createFinisher } from './assessments.finish.js';
import type { Random } from './assessments.paper.js';
import { retakeProblem } from './assessments.policy.js';
import * as repo from './assessments.repository.js';
import { createTestSettings } from './assessments.settings.js';
import { resultView } from './assessments.views.js';

export interface TestResultSummary {
  courseId: string | null;
  title: string;
  score: number;
  passMark: number;
  passed: boolean;
  at: string;
}

/**
 * Course tests and final tests (M23, M24, M25). Test time is never credited
 * as hours: nothing here writes to the hour ledger, and a test proves it.
 */
export function createAssessmentsService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  categories: CategoriesService;
  institutions: InstitutionsService;
  classes: ClassesService;
  faces: FacesService;
  /** Ends the learner's running lessons when a test starts (test time is never credited, M25). */
  endLearning: (learnerId: string) => Promise<void>;
  /** M25: called after a passed test is committed (certificates issue in real time). */
  onPassed?: (pass: { learnerId: string; classId: string }) => Promise<void>;
  dataKey: Buffer;
  lookupKey: Buffer;
  random?: Random;
}) {
  const { db, clock } = deps;
  const random = deps.random ?? ((n: number) => randomInt(n));
  const banks = createQuestionBanks(deps);
  const settings = createTestSettings(deps);
  const classTests = createClassTests({ ...deps, banks, settings });
  const finisher = createFinisher({ clock, banks });
  const attempts = createAttempts({ ...deps, banks, settings, finisher, random });

  /** Per test, the result that counts: the first pass, otherwise the latest attempt. */
  function countingResults(results: repo.ResultRow[]) {
    const byTest = new Map<string, repo.ResultRow>();
    for (const r of results) {
      const current = byTest.get(r.test_id);
      if (!current || !current.passed) byTest.set(r.test_id, r);
    }
    return byTest;
  }

  /** The learner's tests in a class, with attempts left and when the next may start. */
  async function myTests(actor: Actor, classId: string) {
    const enrolment = await deps.classes.enrolmentForLearning(actor.accountId, classId);
    if (!enrolment) throw AssessmentErrors.TEST_NOT_FOUND();
    const open = await attempts.settleOpenOf(actor.accountId);
    const tests = await repo.testsOfClass(db, classId);
    const results = await repo.resultsOf(db, actor.accountId, classId);
    const counting = countingResults(results);
    const out = [];
    for (const t of tests) {
      const rule = await settings.forCategory(t.category_id);
      const mine = results.filter((r) => r.test_id === t.id);
      const used = await repo.attemptCount(db, t.id, actor.accountId);
      const isOpen = open?.test_id === t.id;
      const blocked = isOpen ? null : retakeProblem({ passed: mine.some((r) => r.passed), attempts: used, lastFinishedAt: mine.at(-1)?.created_at ?? null }, rule, clock.now());
      const counted = counting.get(t.id);
      out.push({
        ...definitionView(t),
        passMark: rule.passMark,
        maxAttempts: rule.maxAttempts,
        cooldownMinutes: rule.cooldownMinutes,
        attemptsUsed: used,
        openAttemptId: isOpen ? open.id : null,
        result: counted ? resultView(counted) : null,
        blockedBy: blocked?.problem ?? (open && !isOpen ? 'TEST_OTHER_ATTEMPT_OPEN' : null),
        nextAttemptAt: blocked?.until?.toISOString() ?? null,
      });
    }
    return { enrolmentStatus: enrolment.status, items: out };
  }

  /** For certificates and the archive (M25, M26): per test of the class, the result that counts. */
  async function testResults(learnerId: string, classId: string): Promise<TestResultSummary[]> {
    return (await testStanding(learnerId, classId)).results;
  }

  /** For certificates (M25): the counting results, and how many tests of the class have none yet. */
  async function testStanding(learnerId: string, classId: string): Promise<{ results: TestResultSummary[]; outstanding: number }> {
    await attempts.settleOpenOf(learnerId);
    const tests = await repo.testsOfClass(db, classId);
    const counting = countingResults(await repo.resultsOf(db, learnerId, classId));
    const results = tests
      .map((t) => counting.get(t.id))
      .filter((r): r is repo.ResultRow => Boolean(r))
      .map((r) => ({ courseId: r.course_id, title: r.title, score: r.score, passMark: r.pass_mark, passed: r.passed, at: r.created_at.toISOString() }));
    return { results, outstanding: tests.length - results.length };
  }

  /** M25: every test of the class passed. A class without any test is not passed: its test is part of completing it. */
  async function testsPassed(learnerId: string, classId: string): Promise<boolean> {
    const { results, outstanding } = await testStanding(learnerId, classId);
    return results.length > 0 && outstanding === 0 && results.every((r) => r.passed);
  }

  return {
    banks,
    settings,
    classTests,
    testStanding,
    attempts,
    myTests,
    testResults,
    testsPassed,
  };
}

export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
