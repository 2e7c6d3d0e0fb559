import type { Actor } from '../../platform/http/access.js';
import { isProvincialRegulator } from '../regions/index.js';

/** M4: the province connects its supervision platform; the provincial regulator or the platform operator manages clients. */
export function canManageClients(actor: Actor): boolean {
  return isProvincialRegulator(actor) || actor.roles.some((r) => r.role === 'platform_operator');
}
