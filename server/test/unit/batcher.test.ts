import { describe, expect, it } from 'vitest';
import { createBatcher } from '../../src/platform/db/batcher.js';

/** Issue 6: concurrent heartbeats share statements; each caller still gets its own answer or error. */
describe('natural batching', () => {
  it('sends calls made in the same turn as one batch and answers each in order', async () => {
    const batches: number[][] = [];
    const double = createBatcher(async (items: number[]) => {
      batches.push(items);
      return items.map((i) => i * 2);
    }, { maxSize: 100, maxInFlight: 1 });
    expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('splits at the batch size', async () => {
    const batches: number[][] = [];
    const echo = createBatcher(async (items: number[]) => {
      batches.push(items);
      return items;
    }, { maxSize: 2, maxInFlight: 4 });
    await Promise.all([1, 2, 3, 4, 5].map((i) => echo(i)));
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('queues calls while the limit of batches is in flight, then sends them together', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const echo = createBatcher(async (items: number[]) => {
      batches.push(items);
      if (batches.length === 1) await gate;
      return items;
    }, { maxSize: 100, maxInFlight: 1 });
    const first = echo(1);
    await new Promise((r) => setImmediate(r));
    const later = [echo(2), echo(3)];
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[1]]);
    release();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('gives every caller of a failed batch the error, and later batches still run', async () => {
    let fail = true;
    const echo = createBatcher(async (items: number[]) => {
      if (fail) throw new Error('database went away');
      return items;
    }, { maxSize: 100, maxInFlight: 1 });
    const results = await Promise.allSettled([echo(1), echo(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await echo(3)).toBe(3);
  });

  it('refuses a batch that does not answer every item', async () => {
    const short = createBatcher(async (items: number[]) => items.slice(1), { maxSize: 100, maxInFlight: 1 });
    await expect(Promise.all([short(1), short(2)])).rejects.toThrow('1 results for 2 items');
  });
});
