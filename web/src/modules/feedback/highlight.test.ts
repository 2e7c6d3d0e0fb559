import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlighting the terms that held a comment back (M9)', () => {
  it('marks each hit and keeps the text around it', () => {
    expect(highlightSegments('老师说考试包·过，讲得不错', [{ index: 5, length: 3, term: '包过' }])).toEqual([
      { text: '老师说考试', term: null },
      { text: '包·过', term: '包过' },
      { text: '，讲得不错', term: null },
    ]);
  });

  it('merges overlapping hits and ignores ones outside the text', () => {
    const segments = highlightSegments('代考包过', [
      { index: 0, length: 2, term: '代考' },
      { index: 1, length: 3, term: '考包过' },
      { index: 9, length: 2, term: '远处' },
    ]);
    expect(segments).toEqual([{ text: '代考包过', term: '代考' }]);
    expect(segments.map((s) => s.text).join('')).toBe('代考包过');
  });

  it('leaves a clean comment whole', () => {
    expect(highlightSegments('讲得很好', [])).toEqual([{ text: '讲得很好', term: null }]);
  });
});
