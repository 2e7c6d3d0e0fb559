import type { Actor } from '../../platform/http/access.js';

/** Hour requirements are set for the whole province by the provincial regulator only (domain README). */
export function canSetHourRules(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'regulator' && r.scope.kind === 'province');
}
