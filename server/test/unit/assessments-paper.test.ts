import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, drawPaper, shortfalls, type PoolQuestion } from '../../src/modules/assessments/assessments.paper.js';

/** M23: a paper per attempt, drawn at random by topic weights. */

/** A seeded random (mulberry32): the same seed gives the same sequence. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const KINDS = ['single', 'multiple', 'judge'] as const;
const TOPICS = ['安全用电', '触电急救', '电气防火', '法律法规', '电工仪表'];

/** A bank of 1–5 topics with 1–40 questions each, and weights over those topics. */
const bankAndWeights = fc
  .uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: TOPICS.length })
  .chain((topics) =>
    fc.record({
      sizes: fc.tuple(...topics.map(() => fc.integer({ min: 1, max: 40 }))),
      weights: fc.tuple(...topics.map(() => fc.integer({ min: 1, max: 10 }))),
      kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 200, maxLength: 200 }),
      topics: fc.constant(topics),
    }),
  )
  .map(({ topics, sizes, weights, kinds }) => {
    const pool: PoolQuestion[] = topics.flatMap((topic, t) => Array.from({ length: sizes[t]! }, (_, i) => ({ id: `${t}-${String(i).padStart(3, '0')}`, topic, kind: kinds[(t * 40 + i) % 200]! })));
    return { pool, weights: Object.fromEntries(topics.map((topic, t) => [topic, weights[t]!])) as Record<string, number> };
  });

/** The largest paper this bank can give for these weights. */
function feasibleCount(pool: PoolQuestion[], weights: Record<string, number>, wanted: number) {
  let count = Math.min(wanted, pool.length);
  while (count > 0 && shortfalls(pool, weights, count).length) count--;
  return count;
}

describe('paper draw by topic weights (M23)', () => {
  it('shares follow the weights, each within one question of its exact share, and add up to the count', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...TOPICS), fc.integer({ min: 1, max: 20 }), { minKeys: 1 }), fc.integer({ min: 1, max: 200 }), (weights, count) => {
        const shares = apportion(count, weights);
        const total = Object.values(weights).reduce((s, w) => s + w, 0);
        expect([...shares.values()].reduce((s, n) => s + n, 0)).toBe(count);
        for (const [topic, n] of shares) expect(Math.abs(n - (count * weights[topic]!) / total)).toBeLessThan(1);
      }),
      { numRuns: 500 },
    );
  });

  it('every drawn paper respects the topic weights and never repeats a question', () => {
    fc.assert(
      fc.property(bankAndWeights, fc.integer({ min: 1, max: 100 }), fc.integer(), ({ pool, weights }, wanted, seed) => {
        const count = feasibleCount(pool, weights, wanted);
        fc.pre(count > 0);
        const paper = drawPaper(pool, weights, count, seeded(seed));
        expect(paper).toHaveLength(count);
        expect(new Set(paper).size).toBe(count);
        const topicOf = new Map(pool.map((q) => [q.id, q.topic]));
        const perTopic = new Map<string, number>();
        for (const id of paper) perTopic.set(topicOf.get(id)!, (perTopic.get(topicOf.get(id)!) ?? 0) + 1);
        for (const [topic, n] of apportion(count, weights)) expect(perTopic.get(topic) ?? 0).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('the same seed gives the same paper, whatever order the bank is read in', () => {
    fc.assert(
      fc.property(bankAndWeights, fc.integer(), ({ pool, weights }, seed) => {
        const count = feasibleCount(pool, weights, 20);
        fc.pre(count > 0);
        const reversed = [...pool].reverse();
        expect(drawPaper(reversed, weights, count, seeded(seed))).toEqual(drawPaper(pool, weights, count, seeded(seed)));
      }),
      { numRuns: 200 },
    );
  });

  it('different attempts get different papers from a large bank', () => {
    const pool: PoolQuestion[] = Array.from({ length: 100 }, (_, i) => ({ id: `q${String(i).padStart(3, '0')}`, topic: TOPICS[i % 2]!, kind: 'single' }));
    const papers = new Set([1, 2, 3, 4, 5].map((seed) => drawPaper(pool, { 安全用电: 1, 触电急救: 1 }, 20, seeded(seed)).join()));
    expect(papers.size).toBe(5);
  });

  it('lists 判断题, then 单选题, then 多选题', () => {
    const pool: PoolQuestion[] = KINDS.flatMap((kind) => Array.from({ length: 10 }, (_, i) => ({ id: `${kind}-${i}`, topic: '安全用电', kind })));
    const kindOf = new Map(pool.map((q) => [q.id, q.kind]));
    const kinds = drawPaper(pool, { 安全用电: 1 }, 30, seeded(7)).map((id) => kindOf.get(id));
    expect(kinds).toEqual([...Array(10).fill('judge'), ...Array(10).fill('single'), ...Array(10).fill('multiple')]);
  });

  it('refuses to draw when a topic has fewer questions than its share', () => {
    const pool: PoolQuestion[] = [
      ...Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, topic: '安全用电', kind: 'single' as const })),
      ...Array.from({ length: 2 }, (_, i) => ({ id: `b${i}`, topic: '触电急救', kind: 'single' as const })),
    ];
    expect(shortfalls(pool, { 安全用电: 1, 触电急救: 1 }, 10)).toEqual([{ topic: '触电急救', needed: 5, available: 2 }]);
    expect(() => drawPaper(pool, { 安全用电: 1, 触电急救: 1 }, 10, seeded(1))).toThrow(/触电急救/);
  });
});
