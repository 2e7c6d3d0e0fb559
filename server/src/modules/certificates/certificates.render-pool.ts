import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PrintableCertificate } from './certificates.pdf.js';

/**
 * PDFs are rendered on worker threads (about 16 ms of CPU each): the server's
 * event loop, which also answers learners' heartbeats, never waits on one, and
 * a class's certificates use every core. Threads start on first use and do not
 * keep the process alive.
 */
export interface RenderPool {
  render(certificate: PrintableCertificate): Promise<Uint8Array>;
  close(): Promise<void>;
}

const DEFAULT_THREADS = Math.max(1, Math.min(4, os.availableParallelism()));

/**
 * The compiled thread script; or, run from the TypeScript sources (tests, `npx xunkao`
 * without a build), a small bootstrap that registers the same loader first.
 */
function newWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./certificates.render-worker.js', import.meta.url));
  const script = new URL('./certificates.render-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`, { eval: true });
}

export function createRenderPool(threads = DEFAULT_THREADS): RenderPool {
  const workers: { worker: Worker; busy: number }[] = [];
  const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  let nextId = 0;

  function start() {
    const worker = newWorker();
    worker.unref();
    const slot = { worker, busy: 0 };
    worker.on('message', (m: { id: number; bytes?: Uint8Array; error?: string }) => {
      slot.busy--;
      const job = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.bytes) job?.resolve(new Uint8Array(m.bytes));
      else job?.reject(new Error(`certificate rendering failed: ${m.error}`));
    });
    worker.on('error', (error) => {
      for (const job of waiting.values()) job.reject(error);
      waiting.clear();
      workers.splice(workers.indexOf(slot), 1);
    });
    workers.push(slot);
    return slot;
  }

  /** The least busy thread, starting another while there are fewer than `threads`. */
  function pick() {
    const idle = workers.find((w) => w.busy === 0);
    if (idle) return idle;
    if (workers.length < threads) return start();
    return workers.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  return {
    render(certificate) {
      const slot = pick();
      const id = nextId++;
      slot.busy++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        slot.worker.postMessage({ id, certificate });
      });
    },
    async close() {
      await Promise.all(workers.splice(0).map((w) => w.worker.terminate()));
    },
  };
}
