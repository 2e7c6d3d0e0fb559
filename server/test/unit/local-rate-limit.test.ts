import { describe, expect, it } from 'vitest';
import { createLocalRateLimit } from '../../src/platform/http/local-rate-limit.js';

describe('per-session heartbeat limit (in-process)', () => {
  it('allows max requests per key in a window, refuses the next with RATE_LIMITED, and starts afresh in the next window', () => {
    let now = 0;
    const take = createLocalRateLimit({ max: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i++) take('session-a');
    expect(() => take('session-a')).toThrow(expect.objectContaining({ code: 'RATE_LIMITED' }));
    take('session-b');
    now = 60_000;
    expect(() => take('session-a')).not.toThrow();
  });
});
