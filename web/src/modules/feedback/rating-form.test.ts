import { describe, expect, it } from 'vitest';
import { commentLength, draftFrom, emptyDraft, ratingBody } from './rating-form';

describe("the learner's course rating form (M22, M9)", () => {
  it('is not ready until 课程内容 and 课程 are rated; the teacher may be left out', () => {
    expect(ratingBody(emptyDraft)).toBeNull();
    expect(ratingBody({ ...emptyDraft, content: 4 })).toBeNull();
    expect(ratingBody({ ...emptyDraft, content: 4, course: 5 })).toEqual({ content: 4, course: 5, teacher: null, comment: null });
  });

  it('sends a trimmed comment, and a blank one as no comment', () => {
    const rated = { content: 3, course: 2, teacher: 5, comment: '  讲得清楚，案例实用 \n' };
    expect(ratingBody(rated)).toEqual({ content: 3, course: 2, teacher: 5, comment: '讲得清楚，案例实用' });
    expect(ratingBody({ ...rated, comment: ' \n ' })?.comment).toBeNull();
  });

  it('pre-fills from the saved rating', () => {
    expect(draftFrom(null)).toEqual(emptyDraft);
    const saved = { content: 5, course: 4, teacher: null, comment: null, commentStatus: 'none' as const, rejectReason: null, updatedAt: '2026-11-23T08:00:00.000Z' };
    expect(draftFrom(saved)).toEqual({ content: 5, course: 4, teacher: null, comment: '' });
    expect(draftFrom({ ...saved, comment: '很好', commentStatus: 'published' }).comment).toBe('很好');
  });

  it('counts characters as the server does: an emoji is one', () => {
    expect(commentLength('安全第一')).toBe(4);
    expect(commentLength('👍好')).toBe(2);
  });
});
