/** A piece of a comment: plain text, or the span a prohibited term was found in (M9). */
export interface Segment {
  text: string;
  term: string | null;
}

/**
 * Cuts a comment into plain and highlighted pieces from the server's hits
 * (`index` and `length` in the original text). Overlapping hits merge into one
 * highlight that names the first term; hits outside the text are ignored.
 */
export function highlightSegments(text: string, hits: readonly { index: number; length: number; term: string }[]): Segment[] {
  const spans = hits
    .filter((h) => h.length > 0 && h.index >= 0 && h.index < text.length)
    .map((h) => ({ start: h.index, end: Math.min(text.length, h.index + h.length), term: h.term }))
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) segments.push({ text: text.slice(at, start), term: null });
    const last = segments[segments.length - 1];
    if (last?.term && start === at && span.start < at) last.text += text.slice(start, span.end);
    else segments.push({ text: text.slice(start, span.end), term: span.term });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), term: null });
  return segments;
}
