import type { QuestionKind } from '../../platform/db/schema.js';

/** A question as the draw sees it: no content, only what the weights and the order need. */
export interface PoolQuestion {
  id: string;
  topic: string;
  kind: QuestionKind;
}

/** An integer in [0, n): crypto in production, seeded in tests (STYLE 11). */
export type Random = (n: number) => number;

/** Papers list 判断题, then 单选题, then 多选题, as the state exams do. */
const KIND_ORDER: Record<QuestionKind, number> = { judge: 0, single: 1, multiple: 2 };

/**
 * How many questions each topic gets (largest remainder): every topic gets
 * its share of `count` by weight, rounded down or up, and the shares add up
 * to `count`. Ties go to the topic that sorts first, so the result is stable.
 */
export function apportion(count: number, weights: Record<string, number>): Map<string, number> {
  const topics = Object.keys(weights)
    .filter((t) => weights[t]! > 0)
    .sort();
  const total = topics.reduce((s, t) => s + weights[t]!, 0);
  const shares = new Map<string, number>();
  if (total <= 0) return shares;
  const exact = topics.map((t) => ({ topic: t, quota: (count * weights[t]!) / total }));
  for (const e of exact) shares.set(e.topic, Math.floor(e.quota));
  let left = count - [...shares.values()].reduce((s, n) => s + n, 0);
  const byRemainder = [...exact].sort((a, b) => b.quota - Math.floor(b.quota) - (a.quota - Math.floor(a.quota)) || a.topic.localeCompare(b.topic));
  for (const e of byRemainder) {
    if (left <= 0) break;
    shares.set(e.topic, shares.get(e.topic)! + 1);
    left--;
  }
  return shares;
}

export interface Shortfall {
  topic: string;
  needed: number;
  available: number;
}

/** Topics whose active questions are fewer than their share: the paper cannot be drawn. */
export function shortfalls(pool: readonly PoolQuestion[], weights: Record<string, number>, count: number): Shortfall[] {
  const available = new Map<string, number>();
  for (const q of pool) available.set(q.topic, (available.get(q.topic) ?? 0) + 1);
  return [...apportion(count, weights)]
    .filter(([topic, needed]) => needed > (available.get(topic) ?? 0))
    .map(([topic, needed]) => ({ topic, needed, available: available.get(topic) ?? 0 }));
}

/**
 * A paper for one attempt (M23): each topic's share drawn at random without
 * repeats, then grouped by kind in a random order within each kind. The same
 * pool, weights and random sequence always give the same paper.
 */
export function drawPaper(pool: readonly PoolQuestion[], weights: Record<string, number>, count: number, random: Random): string[] {
  const missing = shortfalls(pool, weights, count);
  if (missing.length) throw new Error(`paper cannot be drawn: ${missing.map((m) => `${m.topic} ${m.available}/${m.needed}`).join(', ')}`);
  const sorted = [...pool].sort((a, b) => a.id.localeCompare(b.id));
  const picked: PoolQuestion[] = [];
  for (const [topic, needed] of apportion(count, weights)) {
    picked.push(...sample(sorted.filter((q) => q.topic === topic), needed, random));
  }
  const shuffled = sample(picked, picked.length, random);
  return shuffled.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]).map((q) => q.id);
}

/** `n` distinct items in random order (partial Fisher–Yates). */
function sample<T>(items: readonly T[], n: number, random: Random): T[] {
  const a = [...items];
  for (let i = 0; i < n; i++) {
    const j = i + random(a.length - i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}
