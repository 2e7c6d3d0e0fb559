import type { Actor } from '../../platform/http/access.js';
import { institutionOf } from '../institutions/index.js';
import { regulatorPrefixes } from '../regions/index.js';

/**
 * Whose archive a caller sees, and how much of it (M26, M28): the learner all
 * of their own; an institution what happened in its classes; a regulator what
 * happened in classes of its region; an exam institution the whole archive of
 * a candidate who applied to it. Nobody else — there are no third parties.
 */
export type Lens = { kind: 'all' } | { kind: 'institution'; institutionId: string } | { kind: 'region'; prefixes: string[] };

export function staffLens(actor: Actor): Lens | null {
  const institutionId = institutionOf(actor);
  if (institutionId) return { kind: 'institution', institutionId };
  const prefixes = regulatorPrefixes(actor);
  return prefixes.length ? { kind: 'region', prefixes } : null;
}

export function examInstitutionOf(actor: Actor): string | null {
  return actor.roles.find((r) => r.role === 'exam_admin')?.scope.orgId ?? null;
}

export function lensSees(lens: Lens, cls: { institution_id: string; supervising_region: string }): boolean {
  if (lens.kind === 'all') return true;
  if (lens.kind === 'institution') return cls.institution_id === lens.institutionId;
  return lens.prefixes.some((p) => cls.supervising_region.startsWith(p));
}

/** Face checks made during a lesson start a little before the session row exists. */
export const SESSION_CHECK_SLACK_MS = 2 * 60_000;

/**
 * A face check belongs to what a lens sees when it was the enrolment (identity,
 * shown to all who see the learner) or fell within a visible lesson.
 */
export function checkVisible(check: { purpose: string; created_at: Date }, windows: { started_at: Date; ended_at: Date | null }[], now: Date): boolean {
  if (check.purpose === 'enrolment') return true;
  const t = check.created_at.getTime();
  return windows.some((w) => t >= w.started_at.getTime() - SESSION_CHECK_SLACK_MS && t <= (w.ended_at ?? now).getTime());
}
