import { describe, expect, it } from 'vitest';
import { describeHits, hitsOf } from './moderation-hits';

describe('prohibited-content hits shown to the author (M9)', () => {
  it('names the field and the term', () => {
    expect(describeHits([{ field: 'body', term: '包过', category: 'false_advertising', index: 3, length: 2 }])).toEqual(['正文：包过']);
  });

  it("reads the hits from a refusal's details, and nothing from anything else", () => {
    expect(hitsOf({ hits: [{ field: 'title', term: '代考', category: 'fraud', index: 0 }] })).toHaveLength(1);
    expect(hitsOf(null)).toEqual([]);
    expect(hitsOf({ reason: 'x' })).toEqual([]);
  });
});
