import { highlightSegments } from '../highlight';
import type { CommentHit } from '../types';

/** The comment as the learner wrote it, with each term that held it back marked (M9). */
export function HighlightedComment({ text, hits }: { text: string; hits: CommentHit[] }) {
  return (
    <span className="xk-prewrap">
      {highlightSegments(text, hits).map((segment, i) =>
        segment.term ? (
          <mark key={i} className="xk-hit" title={segment.term}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </span>
  );
}
