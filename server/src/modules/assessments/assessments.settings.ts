import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import { CategoryErrors, type CategoriesService } from '../categories/index.js';
import { auditActorOf } from '../identity/index.js';
import { AssessmentErrors } from './assessments.errors.js';
import { mayChangeTestSettings } from './assessments.policy.js';
import * as repo from './assessments.repository.js';
import { DEFAULT_COOLDOWN_MINUTES, DEFAULT_MAX_ATTEMPTS, DEFAULT_PASS_MARK } from './assessments.rules.js';

export interface TestSettings {
  categoryId: string;
  passMark: number;
  maxAttempts: number;
  cooldownMinutes: number;
  note: string;
  /** null while the platform defaults apply (the province has not set this category). */
  setAt: string | null;
}

export type TestSettingsInput = Pick<TestSettings, 'passMark' | 'maxAttempts' | 'cooldownMinutes' | 'note'>;

const defaults = (categoryId: string): TestSettings => ({
  categoryId,
  passMark: DEFAULT_PASS_MARK,
  maxAttempts: DEFAULT_MAX_ATTEMPTS,
  cooldownMinutes: DEFAULT_COOLDOWN_MINUTES,
  note: '平台默认值（省应急管理厅尚未设定）',
  setAt: null,
});

type SettingsRow = NonNullable<Awaited<ReturnType<typeof repo.settingsFor>>>;
const toSettings = (r: SettingsRow): TestSettings => ({
  categoryId: r.category_id,
  passMark: r.pass_mark,
  maxAttempts: r.max_attempts,
  cooldownMinutes: r.cooldown_minutes,
  note: r.note,
  setAt: r.created_at.toISOString(),
});

/**
 * Pass mark and retake policy per category (issue 6): the provincial
 * regulator's to set, like the hour rules of the categories. Each change is a
 * new audited row; the newest applies to attempts started after it.
 */
export function createTestSettings(deps: { db: Db; clock: Clock; audit: AuditService; categories: CategoriesService }) {
  const { db, clock, audit } = deps;

  async function forCategory(categoryId: string, q: Db | Transaction<Database> = db): Promise<TestSettings> {
    const row = await repo.settingsFor(q, categoryId);
    return row ? toSettings(row) : defaults(categoryId);
  }

  async function list(): Promise<TestSettings[]> {
    const set = new Map((await repo.latestSettings(db)).map((r) => [r.category_id, toSettings(r)]));
    return (await deps.categories.list()).map((c) => set.get(c.id) ?? defaults(c.id));
  }

  async function set(actor: Actor, categoryId: string, input: TestSettingsInput, requestId: string | null): Promise<TestSettings> {
    if (!mayChangeTestSettings(actor)) throw AssessmentErrors.TEST_SETTINGS_PROVINCE_ONLY();
    if (await deps.categories.unknownIds([categoryId]).then((u) => u.length > 0)) throw CategoryErrors.CATEGORY_NOT_FOUND();
    await db.transaction().execute(async (tx) => {
      await repo.insertSettings(tx, { categoryId, ...input, by: actor.accountId, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'assessments.settings_set', targetType: 'training_category', targetId: categoryId, change: { ...input } });
    });
    return forCategory(categoryId);
  }

  return { forCategory, list, set };
}

export type TestSettingsService = ReturnType<typeof createTestSettings>;
