/** Named rules for sign-in and sessions (issue: foundation, DESIGN §4 identity). */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
/** A session ends after this long without activity… */
export const SESSION_IDLE_MINUTES = 120;
/** …and in any case after this long. */
export const SESSION_MAX_HOURS = 12;
/** last_seen_at is written at most this often per session, to keep hot paths read-only. */
export const SESSION_TOUCH_SECONDS = 60;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

export function sessionExpiry(createdAt: Date, lastSeenAt: Date): Date {
  const idle = lastSeenAt.getTime() + SESSION_IDLE_MINUTES * 60_000;
  const absolute = createdAt.getTime() + SESSION_MAX_HOURS * 3_600_000;
  return new Date(Math.min(idle, absolute));
}
