import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Eligibility } from './exams.deps.js';

/** 45 minutes = 1 学时 (M19). */
const SECONDS_PER_STUDY_HOUR = 2700;

/**
 * The default eligibility until certificates exist (issue 9 seam): the learner
 * is enrolled in a class of the category whose credited hours in the hour
 * ledger (online, offline and corrections) reach the class's required theory
 * and practical hours. app.ts replaces it with the certificates check.
 */
export function hoursEligibility(db: Db): Eligibility {
  return async (learnerId, categoryId) => {
    const rows = await db
      .selectFrom('enrolments as e')
      .innerJoin('classes as c', 'c.id', 'e.class_id')
      .select(['c.id', 'c.required_theory_hours', 'c.required_practical_hours'])
      .select((eb) =>
        eb
          .selectFrom('hour_ledger as h')
          .select(sql<number>`coalesce(sum(h.seconds), 0)::integer`.as('s'))
          .whereRef('h.class_id', '=', 'c.id')
          .whereRef('h.learner_account_id', '=', 'e.learner_account_id')
          .as('seconds'),
      )
      .where('e.learner_account_id', '=', learnerId)
      .where('c.category_id', '=', categoryId)
      .execute();
    if (!rows.length) return { eligible: false, reason: 'not_enrolled' };
    const done = rows.some((r) => Number(r.seconds ?? 0) >= (r.required_theory_hours + r.required_practical_hours) * SECONDS_PER_STUDY_HOUR);
    return done ? { eligible: true } : { eligible: false, reason: 'hours_incomplete' };
  };
}
