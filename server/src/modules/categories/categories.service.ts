import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import { shanghaiDay, SYSTEM_ACTOR, type AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { DEFAULT_ONLINE_THEORY_MAX_RATIO, DEFAULT_RULES_EFFECTIVE_FROM, defaultCategories } from './categories.data.js';
import { CategoryErrors } from './categories.errors.js';
import { isProvincialRegulator } from '../regions/index.js';
import * as repo from './categories.repository.js';

export type TrainingType = 'initial' | 'refresher';

export interface HourRule {
  ruleId: number;
  effectiveFrom: string;
  initialTheoryHours: number | null;
  initialPracticalHours: number | null;
  refresherHours: number | null;
  onlineTheoryMaxRatio: number;
  unverified: boolean;
  source: string;
  note: string | null;
}

export interface CategoryView {
  id: string;
  kind: 'principal' | 'safety_manager' | 'special_work';
  catalogueVersion: string;
  code: string;
  name: string;
  groupName: string;
  inExamScope: boolean;
  hourRule: HourRule | null;
}

/** What a class of this category and training type must plan (M19), in 学时. */
export interface RequiredHours {
  theoryHours: number;
  practicalHours: number;
  /** M19: online hours count at most this many 学时 toward the theory hours. */
  maxOnlineHours: number;
}

export function createCategoriesService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  /** First boot: load the shipped defaults, once. */
  async function installDefaults(): Promise<boolean> {
    if ((await repo.countCategories(db)) > 0) return false;
    const categories = defaultCategories();
    await db.transaction().execute(async (tx) => {
      await repo.insertDefaults(tx, categories, DEFAULT_RULES_EFFECTIVE_FROM, DEFAULT_ONLINE_THEORY_MAX_RATIO);
      await audit.record(tx, SYSTEM_ACTOR, { action: 'categories.defaults_installed', targetType: 'training_categories', change: { count: categories.length } });
    });
    return true;
  }

  async function list(day = shanghaiDay(clock.now())): Promise<CategoryView[]> {
    const rows = await repo.listWithRuleOn(db, day);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      catalogueVersion: r.catalogue_version,
      code: r.code,
      name: r.name,
      groupName: r.group_name,
      inExamScope: r.in_exam_scope,
      hourRule:
        r.rule_id == null
          ? null
          : {
              ruleId: r.rule_id,
              effectiveFrom: r.effective_from!,
              initialTheoryHours: r.initial_theory_hours,
              initialPracticalHours: r.initial_practical_hours,
              refresherHours: r.refresher_hours,
              onlineTheoryMaxRatio: Number(r.online_theory_max_ratio),
              unverified: r.unverified!,
              source: r.source!,
              note: r.note,
            },
    }));
  }

  async function get(id: string) {
    const category = (await list()).find((c) => c.id === id);
    if (!category) throw CategoryErrors.CATEGORY_NOT_FOUND();
    const history = await repo.ruleHistory(db, id);
    return {
      ...category,
      history: history.map((h) => ({
        ruleId: h.id,
        effectiveFrom: h.effective_from,
        initialTheoryHours: h.initial_theory_hours,
        initialPracticalHours: h.initial_practical_hours,
        refresherHours: h.refresher_hours,
        onlineTheoryMaxRatio: Number(h.online_theory_max_ratio),
        unverified: h.unverified,
        source: h.source,
        note: h.note,
        createdAt: h.created_at.toISOString(),
      })),
    };
  }

  /** A new dated version; earlier versions stay as they were (append-only, audited). */
  async function setHourRule(
    actor: Actor,
    id: string,
    input: { effectiveFrom: string; initialTheoryHours: number; initialPracticalHours: number; refresherHours: number; onlineTheoryMaxRatio: number; note: string },
    requestId: string | null,
  ) {
    if (!isProvincialRegulator(actor)) throw CategoryErrors.CATEGORY_RULE_PROVINCE_ONLY();
    if (!(await repo.findCategory(db, id))) throw CategoryErrors.CATEGORY_NOT_FOUND();
    if (input.onlineTheoryMaxRatio > 1 || input.onlineTheoryMaxRatio <= 0) throw CategoryErrors.CATEGORY_RULE_INVALID({ field: 'onlineTheoryMaxRatio' });
    return db.transaction().execute(async (tx) => {
      const row = await repo.insertRule(tx, {
        categoryId: id,
        effectiveFrom: input.effectiveFrom,
        initialTheory: input.initialTheoryHours,
        initialPractical: input.initialPracticalHours,
        refresher: input.refresherHours,
        ratio: input.onlineTheoryMaxRatio,
        note: input.note,
        createdBy: actor.accountId,
      });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'categories.hour_rule_set', targetType: 'training_category', targetId: id, change: input });
      return { ruleId: row.id };
    });
  }

  /**
   * The hours a class must plan. Refused when the rule for that date has no
   * hours yet: a class is never opened against a guessed requirement.
   */
  async function requiredHours(id: string, type: TrainingType, day: string): Promise<RequiredHours> {
    const category = (await list(day)).find((c) => c.id === id);
    if (!category) throw CategoryErrors.CATEGORY_NOT_FOUND();
    const rule = category.hourRule;
    const theory = type === 'initial' ? rule?.initialTheoryHours : rule?.refresherHours;
    const practical = type === 'initial' ? rule?.initialPracticalHours : 0;
    if (!rule || theory == null || practical == null) throw CategoryErrors.CATEGORY_HOURS_NOT_SET({ categoryId: id, trainingType: type });
    // M19: the 80 % cap is for initial training; refresher training is recommended fully online.
    const maxOnline = type === 'initial' ? Math.floor(theory * rule.onlineTheoryMaxRatio) : theory;
    return { theoryHours: theory, practicalHours: practical, maxOnlineHours: maxOnline };
  }

  /** The ids in `ids` that name no category (for other modules validating input). */
  async function unknownIds(ids: string[]): Promise<string[]> {
    const known = new Set((await list()).map((c) => c.id));
    return ids.filter((id) => !known.has(id));
  }

  return { installDefaults, list, get, setHourRule, requiredHours, unknownIds };
}

export type CategoriesService = ReturnType<typeof createCategoriesService>;
