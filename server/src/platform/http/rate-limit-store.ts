import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { JobDefinition } from '../jobs/jobs.js';

/** The slice of @fastify/rate-limit's store contract we implement. */
export interface RateLimitStore {
  incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number, max: number): void;
  child(routeOptions: { routeInfo: { method: string; url: string } }): RateLimitStore;
}

/**
 * Rate limits shared by every replica through PostgreSQL (DESIGN §1): one
 * upsert per request on an unlogged table, counted on the database's clock
 * so that replicas with drifting clocks agree on the window. Redis, when
 * configured, replaces this with the plugin's own Redis store.
 */
export function postgresRateLimitStore(db: Db): new (prefix?: unknown) => RateLimitStore {
  return class PostgresRateLimitStore implements RateLimitStore {
    private readonly prefix: string;

    constructor(prefix?: unknown) {
      this.prefix = typeof prefix === 'string' ? prefix : 'all-';
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number) {
      hit(db, this.prefix + key, timeWindow).then((result) => callback(null, result), (error: Error) => callback(error));
    }

    child(routeOptions: { routeInfo: { method: string; url: string } }): RateLimitStore {
      return new PostgresRateLimitStore(`${routeOptions.routeInfo.method}${routeOptions.routeInfo.url}-`);
    }
  };
}

async function hit(db: Db, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const { rows } = await sql<{ hits: number; ttl: number }>`
    insert into rate_limit_hits as r (key, hits, window_ends)
    values (${key}, 1, clock_timestamp() + make_interval(secs => ${windowMs / 1000}))
    on conflict (key) do update set
      hits = case when r.window_ends <= clock_timestamp() then 1 else r.hits + 1 end,
      window_ends = case when r.window_ends <= clock_timestamp() then excluded.window_ends else r.window_ends end
    returning hits, greatest(0, ceil(extract(epoch from (window_ends - clock_timestamp())) * 1000))::int as ttl`.execute(db);
  return { current: rows[0]!.hits, ttl: rows[0]!.ttl };
}

/** Expired counters are dead weight: the hourly job removes them. */
export async function pruneRateLimits(db: Db): Promise<void> {
  await sql`delete from rate_limit_hits where window_ends < clock_timestamp() - interval '1 hour'`.execute(db);
}

export function rateLimitJobs(db: Db): JobDefinition[] {
  return [{ name: 'ops.prune-rate-limits', cron: '17 * * * *', handler: () => pruneRateLimits(db) }];
}
