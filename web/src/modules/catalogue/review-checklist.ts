import type { PlatformReviewBody, ReviewItem } from './types';

/** M17: the five things the platform's second review decides, in this order. */
export const REVIEW_ITEMS = ['content', 'form', 'ideology', 'media_quality', 'copyright'] as const satisfies readonly ReviewItem[];

export type Verdict = 'pass' | 'fail';
export interface ItemDecision {
  verdict?: Verdict;
  comment?: string;
}
export type ChecklistDraft = Partial<Record<ReviewItem, ItemDecision>>;

export type ItemProblem = 'undecided' | 'commentRequired';

/** What still stops the review from being sent: every item decided, a comment wherever it fails. */
export function checklistProblems(draft: ChecklistDraft): Partial<Record<ReviewItem, ItemProblem>> {
  const problems: Partial<Record<ReviewItem, ItemProblem>> = {};
  for (const item of REVIEW_ITEMS) {
    const decision = draft[item];
    if (!decision?.verdict) problems[item] = 'undecided';
    else if (decision.verdict === 'fail' && !decision.comment?.trim()) problems[item] = 'commentRequired';
  }
  return problems;
}

/** All five pass: the course is published; otherwise it goes back to the institution as a draft. */
export function allPass(draft: ChecklistDraft): boolean {
  return REVIEW_ITEMS.every((item) => draft[item]?.verdict === 'pass');
}

export function toReviewBody(draft: ChecklistDraft, comment?: string): PlatformReviewBody {
  const checklist: PlatformReviewBody['checklist'] = {};
  for (const item of REVIEW_ITEMS) {
    const decision = draft[item];
    const text = decision?.comment?.trim();
    checklist[item] = { pass: decision?.verdict === 'pass', ...(text ? { comment: text } : {}) };
  }
  const overall = comment?.trim();
  return { checklist, ...(overall ? { comment: overall } : {}) };
}

/** A stored review's checklist (free-form JSON) read back item by item. */
export function readChecklist(stored: Record<string, unknown>): { item: ReviewItem; pass: boolean; comment: string | null }[] {
  return REVIEW_ITEMS.flatMap((item) => {
    const entry = stored[item] as { pass?: unknown; comment?: unknown } | undefined;
    if (!entry || typeof entry.pass !== 'boolean') return [];
    return [{ item, pass: entry.pass, comment: typeof entry.comment === 'string' ? entry.comment : null }];
  });
}
