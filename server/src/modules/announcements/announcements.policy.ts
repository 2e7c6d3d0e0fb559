import type { Actor } from '../../platform/http/access.js';
import { regionContains } from '../regions/index.js';

export const AUTHOR_ROLES = ['platform_operator', 'regulator'] as const;

export interface Publisher {
  kind: 'platform' | 'regulator';
  regionCode: string | null;
  name: string;
}

export interface AnnouncementOwner {
  publisher_kind: 'platform' | 'regulator';
  region_code: string | null;
  author_account_id: string;
}

/** Who an author publishes as: the platform, or their regulator office (首个监管范围). */
export function publisherOf(actor: Actor): Publisher | null {
  const operator = actor.roles.find((r) => r.role === 'platform_operator');
  if (operator) return { kind: 'platform', regionCode: null, name: '训考平台' };
  const regulator = actor.roles.find((r) => r.role === 'regulator' && r.scope.regionCode);
  return regulator ? { kind: 'regulator', regionCode: regulator.scope.regionCode, name: regulator.scope.label } : null;
}

/** The body an announcement belongs to: platform operators for the platform's, the office or a superior one for a regulator's. */
export function speaksFor(actor: Actor, a: Pick<AnnouncementOwner, 'publisher_kind' | 'region_code'>): boolean {
  if (a.publisher_kind === 'platform') return actor.roles.some((r) => r.role === 'platform_operator');
  return actor.roles.some((r) => r.role === 'regulator' && r.scope.regionCode !== null && a.region_code !== null && regionContains(r.scope.regionCode, a.region_code));
}

/** M8: an approver of the same body (or a superior office), never the author. */
export function canReview(actor: Actor, a: AnnouncementOwner): 'ok' | 'self' | 'no' {
  if (!speaksFor(actor, a)) return 'no';
  return a.author_account_id === actor.accountId ? 'self' : 'ok';
}
