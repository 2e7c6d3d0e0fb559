import { describe, expect, it } from 'vitest';
import { allPass, checklistProblems, readChecklist, REVIEW_ITEMS, toReviewBody, type ChecklistDraft } from './review-checklist';

const allPassing: ChecklistDraft = Object.fromEntries(REVIEW_ITEMS.map((item) => [item, { verdict: 'pass' }]));

describe('platform review checklist (M17)', () => {
  it('has the five items of M17 in order', () => {
    expect(REVIEW_ITEMS).toEqual(['content', 'form', 'ideology', 'media_quality', 'copyright']);
  });

  it('needs a verdict on every item', () => {
    expect(checklistProblems({ content: { verdict: 'pass' } })).toEqual({ form: 'undecided', ideology: 'undecided', media_quality: 'undecided', copyright: 'undecided' });
    expect(checklistProblems(allPassing)).toEqual({});
  });

  it('needs a comment wherever an item fails', () => {
    expect(checklistProblems({ ...allPassing, copyright: { verdict: 'fail', comment: '  ' } })).toEqual({ copyright: 'commentRequired' });
    expect(checklistProblems({ ...allPassing, copyright: { verdict: 'fail', comment: '片头素材未获授权' } })).toEqual({});
  });

  it('publishes only when all pass', () => {
    expect(allPass(allPassing)).toBe(true);
    expect(allPass({ ...allPassing, ideology: { verdict: 'fail', comment: 'x' } })).toBe(false);
  });

  it('sends every item with trimmed comments, and leaves out empty ones', () => {
    const body = toReviewBody({ ...allPassing, form: { verdict: 'fail', comment: ' 字幕缺失 ' } }, '  ');
    expect(body.checklist.form).toEqual({ pass: false, comment: '字幕缺失' });
    expect(body.checklist.content).toEqual({ pass: true });
    expect(body.comment).toBeUndefined();
  });

  it('reads a stored checklist back, skipping anything malformed', () => {
    expect(readChecklist({ content: { pass: true }, form: { pass: false, comment: '字幕缺失' }, ideology: 'x' })).toEqual([
      { item: 'content', pass: true, comment: null },
      { item: 'form', pass: false, comment: '字幕缺失' },
    ]);
  });
});
