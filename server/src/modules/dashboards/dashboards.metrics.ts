import type { FigureRow } from './dashboards.repository.js';

/**
 * What each dashboard shows (issue 8 item 2), as pure functions of the summed
 * rollup: hours from credited seconds, rates and averages from their parts.
 */
export type View = 'learning' | 'completion' | 'integrity' | 'ratings';

export interface Metric {
  key: string;
  label: string;
  unit: string;
  /** The rollup columns it is computed from: a view sums only these. */
  uses: Figure[];
  value: (r: FigureRow) => number;
}

export type Figure = Exclude<keyof FigureRow, 'period' | 'group_key'>;

const SECONDS_PER_HOUR = 3600;
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const hours = (s: number) => round(s / SECONDS_PER_HOUR, 1);

/** The columns a view sums. */
export const columnsOf = (metrics: Metric[]): Figure[] => [...new Set(metrics.flatMap((m) => m.uses))];

export const METRICS: Record<View, Metric[]> = {
  learning: [
    // A learner credited on several days counts once per day: over a week or month the figure is learner-days.
    { key: 'activeLearners', label: '学习人次', unit: '人次', uses: ['active_learners'], value: (r) => r.active_learners },
    { key: 'newEnrolments', label: '新增报名', unit: '人', uses: ['new_enrolments'], value: (r) => r.new_enrolments },
    { key: 'onlineHours', label: '线上学时', unit: '小时', uses: ['online_seconds'], value: (r) => hours(r.online_seconds) },
    { key: 'offlineHours', label: '线下学时', unit: '小时', uses: ['offline_seconds'], value: (r) => hours(r.offline_seconds) },
    { key: 'correctionHours', label: '学时更正', unit: '小时', uses: ['correction_seconds'], value: (r) => hours(r.correction_seconds) },
  ],
  completion: [
    { key: 'newEnrolments', label: '新增报名', unit: '人', uses: ['new_enrolments'], value: (r) => r.new_enrolments },
    { key: 'completions', label: '结业人数', unit: '人', uses: ['completions'], value: (r) => r.completions },
    { key: 'certificatesIssued', label: '出具学时证明', unit: '份', uses: ['certificates_issued'], value: (r) => r.certificates_issued },
    // Completions of the period over enrolments of the period (a cohort view would need the enrolment date on each certificate).
    { key: 'completionRate', label: '结业率', unit: '%', uses: ['new_enrolments', 'completions'], value: (r) => (r.new_enrolments > 0 ? round((100 * r.completions) / r.new_enrolments, 1) : 0) },
  ],
  integrity: [
    { key: 'faceCheckFailed', label: '人脸核验未通过', unit: '次', uses: ['face_check_failed'], value: (r) => r.face_check_failed },
    { key: 'faceCheckMissed', label: '人脸核验未完成', unit: '次', uses: ['face_check_missed'], value: (r) => r.face_check_missed },
    { key: 'challengeMissed', label: '随机问答未作答', unit: '次', uses: ['challenge_missed'], value: (r) => r.challenge_missed },
    { key: 'creditVoided', label: '学时作废', unit: '次', uses: ['credit_voided'], value: (r) => r.credit_voided },
    { key: 'sharedFace', label: '疑似一脸多证', unit: '起', uses: ['shared_face'], value: (r) => r.shared_face },
  ],
  ratings: [
    { key: 'ratingsCount', label: '评价数', unit: '条', uses: ['ratings_count'], value: (r) => r.ratings_count },
    { key: 'averageScore', label: '课程平均分', unit: '分', uses: ['ratings_count', 'ratings_sum'], value: (r) => (r.ratings_count > 0 ? round(r.ratings_sum / r.ratings_count, 2) : 0) },
  ],
};

const ZERO: Omit<FigureRow, 'period' | 'group_key'> = {
  new_enrolments: 0,
  active_learners: 0,
  online_seconds: 0,
  offline_seconds: 0,
  correction_seconds: 0,
  completions: 0,
  certificates_issued: 0,
  face_check_failed: 0,
  face_check_missed: 0,
  challenge_missed: 0,
  credit_voided: 0,
  shared_face: 0,
  ratings_count: 0,
  ratings_sum: 0,
};

/** Adds rows up (the totals line of a table, or a group over all periods). */
export function sumRows(rows: FigureRow[], period = '', groupKey = ''): FigureRow {
  const total: FigureRow = { period, group_key: groupKey, ...ZERO };
  for (const r of rows) for (const k of Object.keys(ZERO) as (keyof typeof ZERO)[]) total[k] += r[k];
  return total;
}

/** Every period between two days, so that a chart has no gaps where nothing happened. */
export function periodsBetween(from: string, to: string, granularity: 'day' | 'week' | 'month'): string[] {
  const out: string[] = [];
  const start = new Date(`${from}T00:00:00Z`);
  if (granularity === 'week') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  if (granularity === 'month') start.setUTCDate(1);
  const end = new Date(`${to}T00:00:00Z`);
  for (const d = start; d <= end; ) {
    out.push(d.toISOString().slice(0, 10));
    if (granularity === 'day') d.setUTCDate(d.getUTCDate() + 1);
    else if (granularity === 'week') d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}
