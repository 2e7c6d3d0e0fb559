import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Default categories and hours from server/data/domain/training-categories.json
 * (copied from shared/domain, with its sources). Values the data marks
 * unverified stay flagged; null hours stay null until the provincial regulator sets them.
 */
export interface DefaultCategory {
  id: string;
  kind: 'principal' | 'safety_manager' | 'special_work';
  catalogueVersion: string;
  code: string;
  name: string;
  groupName: string;
  inExamScope: boolean;
  sortOrder: number;
  hours: { initialTheory: number | null; initialPractical: number | null; refresher: number | null; unverified: boolean; source: string; note: string | null };
}

/** M19: online hours may be at most 80 % of the theory hours of initial training (粤应急规〔2022〕3号 第十九条). */
export const DEFAULT_ONLINE_THEORY_MAX_RATIO = 0.8;
/** 粤应急规〔2022〕3号 takes effect 2022-07-01: the first version of every hour rule. */
export const DEFAULT_RULES_EFFECTIVE_FROM = '2022-07-01';
export const MANAGER_SYLLABUS_VERSION = 'AQ-大纲';
export const SPECIAL_WORK_CATALOGUE_VERSION = '30号令-2015';

interface RawRole { role: string; initial_hours_min: number | null; refresher_hours_min: number | null }
interface RawIndustry { id: string; industry: string; in_gd_exam_scope: boolean; principal?: RawRole; safety_manager?: RawRole; source?: string; notes?: string; unverified?: boolean }
interface RawItem { code: string; name: string; theory_hours: number | null; practical_hours: number | null; review_hours_min: number | null; hours_source?: string; hours_note?: string; unverified_hours?: boolean }
interface RawData {
  managers: { by_industry: RawIndustry[] };
  special_work: { catalogue_source: string; categories: { code: string; name: string; items: RawItem[] }[] };
}

const file = fileURLToPath(new URL('../../../data/domain/training-categories.json', import.meta.url));

export function defaultCategories(): DefaultCategory[] {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as RawData;
  const out: DefaultCategory[] = [];
  let order = 0;
  for (const ind of raw.managers.by_industry) {
    for (const kind of ['principal', 'safety_manager'] as const) {
      const role = ind[kind];
      out.push({
        id: `${kind}:${ind.id}`,
        kind,
        catalogueVersion: MANAGER_SYLLABUS_VERSION,
        code: ind.id,
        name: `${ind.industry}${kind === 'principal' ? '主要负责人' : '安全生产管理人员'}`,
        groupName: ind.industry,
        inExamScope: ind.in_gd_exam_scope,
        sortOrder: order++,
        hours: {
          // Managers' training is theory only: the syllabus minimum is all theory.
          initialTheory: role?.initial_hours_min ?? null,
          initialPractical: role?.initial_hours_min != null ? 0 : null,
          refresher: role?.refresher_hours_min ?? null,
          unverified: ind.unverified ?? true,
          source: ind.source ?? '',
          note: ind.notes ?? null,
        },
      });
    }
  }
  for (const cat of raw.special_work.categories) {
    for (const item of cat.items) {
      out.push({
        id: `special_work:${SPECIAL_WORK_CATALOGUE_VERSION}:${item.code}`,
        kind: 'special_work',
        catalogueVersion: SPECIAL_WORK_CATALOGUE_VERSION,
        code: item.code,
        name: item.name,
        groupName: cat.name,
        inExamScope: true,
        sortOrder: order++,
        hours: {
          initialTheory: item.theory_hours,
          initialPractical: item.practical_hours,
          refresher: item.review_hours_min,
          // Special-work hours come from another province's table (see the data's notes): always unverified here.
          unverified: true,
          source: item.hours_source ?? raw.special_work.catalogue_source,
          note: item.hours_note ?? null,
        },
      });
    }
  }
  return out;
}
