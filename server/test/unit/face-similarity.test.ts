import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosineSimilarity, normalizeEmbedding } from '../../src/platform/face/face-similarity.js';

/** compare(): the similarity every face decision and duplicate-enrolment search rests on. */
const vector = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 });

describe('face template similarity (compare)', () => {
  it('is 1 for the same direction, whatever the length', () => {
    expect(cosineSimilarity([1, 2, 3], [1, 2, 3])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 2, 3], [10, 20, 30])).toBeCloseTo(1, 12);
  });

  it('is 0 for unrelated and for opposite templates: only likeness counts', () => {
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
    expect(cosineSimilarity([1, 2], [-1, -2])).toBe(0);
    expect(cosineSimilarity([0, 0], [1, 2])).toBe(0);
  });

  it('is the cosine in between', () => {
    expect(cosineSimilarity([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('is symmetric and stays within 0..1', () => {
    fc.assert(
      fc.property(vector, vector, (a, b) => {
        const ab = cosineSimilarity(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(ab).toBeCloseTo(cosineSimilarity(b, a), 12);
      }),
    );
  });

  it('refuses templates of different lengths (another engine\'s template)', () => {
    expect(() => cosineSimilarity([1, 2], [1, 2, 3])).toThrow(expect.objectContaining({ code: 'TEMPLATE_INVALID' }));
    expect(() => cosineSimilarity([], [])).toThrow(expect.objectContaining({ code: 'TEMPLATE_INVALID' }));
  });
});

describe('template normalisation', () => {
  it('scales to unit length without changing the direction', () => {
    const unit = normalizeEmbedding([3, 4]);
    expect(unit).toEqual([0.6, 0.8]);
    expect(cosineSimilarity(unit, [3, 4])).toBeCloseTo(1, 12);
  });

  it('refuses a zero vector', () => {
    expect(() => normalizeEmbedding([0, 0])).toThrow(expect.objectContaining({ code: 'TEMPLATE_INVALID' }));
  });
});
