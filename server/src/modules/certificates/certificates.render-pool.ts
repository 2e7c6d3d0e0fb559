import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PrintableCertificate } from './certificates.pdf.js';

/**
 * PDFs are rendered on worker threads (about 16 ms of CPU each): the server's
 * event loop, which also answers learners' heartbeats, never waits on one, and
 * a class's certificates use the spare cores. Threads start on first use and do
 * not keep the process alive.
 */
export interface RenderPool {
  render(certificate: PrintableCertificate): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Every core but one, which the event loop keeps for requests (heartbeats above all); at least one, at most four. */
export const DEFAULT_THREADS = Math.max(1, Math.min(4, os.availableParallelism() - 1));

/**
 * The compiled thread script; or, run from the TypeScript sources (tests, `npx xunkao`
 * without a build), a small bootstrap that registers the same loader first.
 */
function newWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./certificates.render-worker.js', import.meta.url));
  const script = new URL('./certificates.render-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`, { eval: true });
}

type Job = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

export function createRenderPool(threads = DEFAULT_THREADS): RenderPool {
  const slots: { worker: Worker; jobs: Map<number, Job> }[] = [];
  let nextId = 0;

  function start() {
    const slot = { worker: newWorker(), jobs: new Map<number, Job>() };
    slot.worker.unref();
    slot.worker.on('message', (m: { id: number; bytes?: Uint8Array; error?: string }) => {
      const job = slot.jobs.get(m.id);
      slot.jobs.delete(m.id);
      if (m.bytes) job?.resolve(new Uint8Array(m.bytes));
      else job?.reject(new Error(`certificate rendering failed: ${m.error}`));
    });
    // A thread that fails or exits takes only its own jobs with it; the next render starts a new one.
    const fail = (error: Error) => {
      for (const job of slot.jobs.values()) job.reject(error);
      slot.jobs.clear();
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`certificate renderer exited (${code})`)));
    slots.push(slot);
    return slot;
  }

  /** The least busy thread, starting another while there are fewer than `threads`. */
  function pick() {
    const idle = slots.find((s) => s.jobs.size === 0);
    if (idle) return idle;
    if (slots.length < threads) return start();
    return slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
  }

  return {
    render(certificate) {
      const slot = pick();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.jobs.set(id, { resolve, reject });
        slot.worker.postMessage({ id, certificate });
      });
    },
    async close() {
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
