import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { RawSql } from '../db/database.js';

/**
 * Background jobs on pg-boss over the same database (DESIGN §1; decision 0002):
 * transactional job storage, retries and cron without another broker. On the
 * embedded PGlite it runs through the same single connection.
 */
export interface JobDefinition {
  name: string;
  /** Cron in Asia/Shanghai, for scheduled jobs. */
  cron?: string;
  retryLimit?: number;
  handler: (data: unknown) => Promise<void>;
}

export interface Jobs {
  send(name: string, data?: object): Promise<string | null>;
  /** Sends a job and waits until a worker has completed it (operations, tests). */
  runNow(name: string, data?: object, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const POLL_SECONDS = 2;

export async function startJobs(raw: RawSql, definitions: JobDefinition[], log: FastifyBaseLogger): Promise<Jobs> {
  const boss = new PgBoss({ db: raw, schema: 'pgboss', supervise: true, schedule: true, migrate: true });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  for (const def of definitions) {
    await boss.createQueue(def.name, { name: def.name, retryLimit: def.retryLimit ?? 3, retryBackoff: true });
    await boss.work(def.name, { pollingIntervalSeconds: POLL_SECONDS }, async (jobs) => {
      for (const job of jobs) await def.handler(job.data);
    });
    if (def.cron) await boss.schedule(def.name, def.cron, {}, { tz: 'Asia/Shanghai' });
  }

  return {
    send: (name, data) => boss.send(name, data ?? {}),
    async runNow(name, data, timeoutMs = 30_000) {
      const id = await boss.send(name, data ?? {});
      if (!id) throw new Error(`job ${name} was not queued`);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const job = await boss.getJobById(name, id);
        if (job?.state === 'completed') return;
        if (job?.state === 'failed' || job?.state === 'cancelled') throw new Error(`job ${name} ${job.state}`);
        if (Date.now() > deadline) throw new Error(`job ${name} did not finish in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
