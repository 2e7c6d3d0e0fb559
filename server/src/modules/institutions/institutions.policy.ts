import type { Actor, RoleAssignment } from '../../platform/http/access.js';
import { regionContains, regulatorPrefixes } from '../regions/index.js';

/** The institution an institution admin acts for (their scope's organisation). */
export function institutionOf(actor: Actor): string | null {
  return actor.roles.find((r) => r.role === 'institution_admin')?.scope.orgId ?? null;
}

function regulatorScopes(actor: Actor): RoleAssignment[] {
  return actor.roles.filter((r) => r.role === 'regulator' && r.scope.regionCode);
}

/**
 * A regulator sees a registration when it lies in their region: the city it
 * was reported to, or the county or city where the institution is (M29, N1.2).
 */
export function regulatorSees(actor: Actor, cityCode: string, institutionRegion: string): boolean {
  return regulatorScopes(actor).some((r) => regionContains(r.scope.regionCode!, cityCode) || regionContains(r.scope.regionCode!, institutionRegion));
}

/** N1.2, M11: the city bureau verifies and registers; the province supervises, counties inspect. */
export function regulatorDecidesFor(actor: Actor, cityCode: string): boolean {
  return regulatorScopes(actor).some((r) => r.scope.kind === 'city' && r.scope.regionCode === cityCode);
}

export { regulatorPrefixes };
