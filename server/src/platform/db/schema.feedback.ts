import type { Generated } from 'kysely';

/** Kysely types of the comment moderation table (migration 0020); `Database` in schema.ts extends these. */
export interface CommentModerationDecisionsTable {
  id: Generated<number>;
  rating_id: string;
  decision: 'release' | 'reject';
  comment: string;
  reason: string | null;
  decided_by: string;
  created_at: Date;
}

export interface FeedbackDatabase {
  comment_moderation_decisions: CommentModerationDecisionsTable;
}
