import { CommonErrors } from './errors.js';

/**
 * Fixed-window counters in this process, for frequent per-session requests
 * (learning heartbeats) where a shared-store write per request would cost
 * more than the request itself. Each server counts on its own, so with N
 * servers a key gets at most N × max per window: a flood guard, not a quota.
 */
export function createLocalRateLimit(options: { max: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  let windowStart = now();
  let counts = new Map<string, number>();

  /** Counts one request for `key`; throws RATE_LIMITED once the window's allowance is spent. */
  return function take(key: string): void {
    const t = now();
    if (t - windowStart >= options.windowMs) {
      windowStart = t;
      counts = new Map();
    }
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > options.max) throw CommonErrors.RATE_LIMITED({ retryAfterSeconds: Math.ceil((windowStart + options.windowMs - t) / 1000) });
  };
}
