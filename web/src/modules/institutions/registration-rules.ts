import type { Registration } from './types';

/**
 * What an institution may still ask of a city, mirroring the server's rules so
 * buttons are offered only when the request can succeed (N1.2, M12).
 */
export function canDeclareOnline(reg: Registration): boolean {
  return reg.status === 'registered' && (reg.onlineStatus === 'none' || reg.onlineStatus === 'rejected');
}

export function canChangeScope(reg: Registration): boolean {
  return reg.status === 'registered';
}

export function canCancel(reg: Registration): boolean {
  return reg.status === 'registered';
}

/** A city can be reported to once; the server keeps even a rejected report (REGISTRATION_EXISTS). */
export function reportedCities(registrations: readonly Registration[]): string[] {
  return registrations.map((r) => r.cityCode);
}

/** Cities where teachers may be reported: those the institution has reported to and not left. */
export function teachingCities(registrations: readonly Registration[]): string[] {
  return registrations.filter((r) => r.status === 'registered' || r.status === 'submitted').map((r) => r.cityCode);
}

/** What a scope change adds and removes, for the bureau reviewing it. */
export function scopeDiff(current: readonly string[], requested: readonly string[]): { added: string[]; removed: string[] } {
  return { added: requested.filter((id) => !current.includes(id)), removed: current.filter((id) => !requested.includes(id)) };
}

/** The fields an application carries besides its kind, read defensively (the payload is free-form JSON). */
export function applicationPayload(payload: Record<string, unknown>): { categories: string[] | null; reason: string | null } {
  const categories = Array.isArray(payload.categories) ? payload.categories.filter((c): c is string => typeof c === 'string') : null;
  return { categories, reason: typeof payload.reason === 'string' ? payload.reason : null };
}
