import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import { institutionOf } from '../institutions/index.js';
import { regionContains, regulatorPrefixes } from '../regions/index.js';

/** Who the caller is for enforcement: a regulator with region prefixes, or an institution (its own records only). */
export type Viewer = { kind: 'regulator'; prefixes: string[]; actor: Actor } | { kind: 'institution'; institutionId: string; actor: Actor };

export function viewerOf(actor: Actor): Viewer {
  const prefixes = regulatorPrefixes(actor);
  if (prefixes.length > 0) return { kind: 'regulator', prefixes, actor };
  const institutionId = institutionOf(actor);
  if (institutionId) return { kind: 'institution', institutionId, actor };
  throw CommonErrors.FORBIDDEN();
}

export function regulatorOf(actor: Actor): Extract<Viewer, { kind: 'regulator' }> {
  const viewer = viewerOf(actor);
  if (viewer.kind !== 'regulator') throw CommonErrors.FORBIDDEN();
  return viewer;
}

/** M29: a regulator reaches what lies in its region (any of the codes given). */
export function inRegion(actor: Actor, codes: string[]): boolean {
  return actor.roles.some((r) => r.role === 'regulator' && r.scope.regionCode && codes.some((c) => regionContains(r.scope.regionCode!, c)));
}
