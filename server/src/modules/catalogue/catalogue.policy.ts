/**
 * The platform's second review of a course (M17): each item must pass, with a
 * comment wherever it does not.
 */
export const REVIEW_ITEMS = ['content', 'form', 'ideology', 'media_quality', 'copyright'] as const;
export type ReviewItem = (typeof REVIEW_ITEMS)[number];

export const REVIEW_ITEM_LABELS: Record<ReviewItem, string> = {
  content: '内容（符合培训大纲）',
  form: '形式',
  ideology: '意识形态',
  media_quality: '视频格式与质量',
  copyright: '版权',
};

export type Checklist = Record<ReviewItem, { pass: boolean; comment?: string | undefined }>;

export function checklistComplete(checklist: Partial<Checklist>): checklist is Checklist {
  return REVIEW_ITEMS.every((item) => {
    const entry = checklist[item];
    return entry !== undefined && (entry.pass || Boolean(entry.comment?.trim()));
  });
}

export const checklistPasses = (checklist: Checklist): boolean => REVIEW_ITEMS.every((item) => checklist[item].pass);

/** Text lessons: reading time the reviewer confirms, capped so a page is never worth an hour. */
export const MAX_TEXT_READING_SECONDS = 20 * 60;
