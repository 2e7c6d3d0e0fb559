import { FaceEngineError } from './face-engine.js';

/** Scales a vector to length 1, so stored templates compare by a plain dot product (pgvector `<#>`). */
export function normalizeEmbedding(vector: ArrayLike<number>): number[] {
  let sumOfSquares = 0;
  for (let i = 0; i < vector.length; i++) sumOfSquares += (vector[i] as number) ** 2;
  const norm = Math.sqrt(sumOfSquares);
  if (!Number.isFinite(norm) || norm === 0) throw new FaceEngineError('TEMPLATE_INVALID', 'face embedding has no direction');
  return Array.from(vector, (value) => value / norm);
}

/**
 * Cosine similarity clamped to 0..1. Opposite or unrelated faces both read 0:
 * only "how alike" matters for a match, and pgvector's cosine distance
 * (1 − cosine) gives the same ordering for duplicate-enrolment searches.
 */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) {
    throw new FaceEngineError('TEMPLATE_INVALID', `face templates differ in length (${a.length} vs ${b.length})`);
  }
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  if (normA === 0 || normB === 0) return 0;
  const cosine = dot / Math.sqrt(normA * normB);
  return Number.isFinite(cosine) ? Math.min(1, Math.max(0, cosine)) : 0;
}
