import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import { ClassErrors, type ClassesService } from '../classes/index.js';
import { auditActorOf } from '../identity/index.js';
import { institutionOf } from '../institutions/index.js';
import type { QuestionBanks } from './assessments.banks.js';
import { AssessmentErrors } from './assessments.errors.js';
import { shortfalls } from './assessments.paper.js';
import * as repo from './assessments.repository.js';
import type { TestSettingsService } from './assessments.settings.js';

export interface NewTestInput {
  courseId: string | null;
  title: string;
  questionCount: number;
  durationMinutes: number;
  topicWeights: Record<string, number>;
}

/**
 * The tests of a class (M23, M25): one per course and at most one final test
 * (courseId null), drawn from the institution's bank for the class's category.
 * A definition never changes once saved (append-only): results refer to it.
 */
export function createClassTests(deps: { db: Db; clock: Clock; audit: AuditService; classes: ClassesService; banks: QuestionBanks; settings: TestSettingsService }) {
  const { db, clock, audit } = deps;

  async function ownClass(actor: Actor, classId: string) {
    const cls = await deps.classes.get(actor, classId);
    if (cls.institutionId !== institutionOf(actor)) throw ClassErrors.CLASS_NOT_FOUND();
    return cls;
  }

  async function create(actor: Actor, classId: string, input: NewTestInput, requestId: string | null) {
    const cls = await ownClass(actor, classId);
    if (input.courseId && !cls.courses.some((c) => c.id === input.courseId)) throw AssessmentErrors.TEST_COURSE_NOT_IN_CLASS();
    const pool = await deps.banks.pool(cls.institutionId, cls.categoryId);
    const topics = new Set(pool.map((q) => q.topic));
    const weights = Object.entries(input.topicWeights).filter(([, w]) => w > 0);
    if (!weights.length || weights.some(([t]) => !topics.has(t))) throw AssessmentErrors.TEST_WEIGHTS_INVALID({ topics: [...topics] });
    const missing = shortfalls(pool, input.topicWeights, input.questionCount);
    if (missing.length) throw AssessmentErrors.TEST_BANK_TOO_SMALL({ shortfalls: missing });
    return db.transaction().execute(async (tx) => {
      const row = await repo.insertTest(tx, {
        institutionId: cls.institutionId,
        classId,
        courseId: input.courseId,
        categoryId: cls.categoryId,
        title: input.title,
        questionCount: input.questionCount,
        durationMinutes: input.durationMinutes,
        weights: Object.fromEntries(weights),
        by: actor.accountId,
        at: clock.now(),
      });
      if (!row) throw AssessmentErrors.TEST_EXISTS();
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'test.defined', targetType: 'class', targetId: classId, change: { testId: row.id, ...input } });
      return { testId: row.id };
    });
  }

  /** The class's tests with the province's rules that apply to them (institution and regulators in scope). */
  async function listForClass(actor: Actor, classId: string) {
    const cls = await deps.classes.get(actor, classId);
    const rule = await deps.settings.forCategory(cls.categoryId);
    return (await repo.testsOfClass(db, classId)).map((t) => ({ ...definitionView(t), passMark: rule.passMark, maxAttempts: rule.maxAttempts, cooldownMinutes: rule.cooldownMinutes }));
  }

  return { create, listForClass };
}

export function definitionView(t: repo.TestRow) {
  return {
    id: t.id,
    classId: t.class_id,
    courseId: t.course_id,
    title: t.title,
    questionCount: t.question_count,
    durationMinutes: t.duration_minutes,
    topicWeights: t.topic_weights,
    createdAt: t.created_at.toISOString(),
  };
}

export type ClassTests = ReturnType<typeof createClassTests>;
