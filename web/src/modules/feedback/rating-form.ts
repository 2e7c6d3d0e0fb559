import type { MyRating, RatingBody } from './types';

/** What the learner is filling in on the rating page (M22); stars are null until tapped. */
export interface RatingDraft {
  content: number | null;
  course: number | null;
  teacher: number | null;
  comment: string;
}

/** The server's limit on a comment (characters). */
export const COMMENT_MAX = 500;

export const emptyDraft: RatingDraft = { content: null, course: null, teacher: null, comment: '' };

/** Pre-fills the form from the learner's saved rating, if any. */
export function draftFrom(rating: MyRating | null): RatingDraft {
  if (!rating) return emptyDraft;
  return { content: rating.content, course: rating.course, teacher: rating.teacher, comment: rating.comment ?? '' };
}

/** The body to send, or null while 课程内容 or 课程 is not yet rated (授课教师 is optional). A blank comment is no comment. */
export function ratingBody(draft: RatingDraft): RatingBody | null {
  if (draft.content === null || draft.course === null) return null;
  const comment = draft.comment.trim();
  return { content: draft.content, course: draft.course, teacher: draft.teacher, comment: comment === '' ? null : comment };
}

/** Characters as the learner counts them (an emoji is one), so the counter and the limit agree. */
export function commentLength(comment: string): number {
  return [...comment].length;
}

