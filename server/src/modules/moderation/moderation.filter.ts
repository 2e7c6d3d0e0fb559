/**
 * M9: the prohibited-content filter. Text and terms are compared after the
 * same normalisation, so the usual evasions — full-width letters, spaces,
 * punctuation or zero-width characters between the characters of a term,
 * mixed case — do not get a term past it. Pure: the lexicon is an argument.
 */
export interface Term {
  term: string;
  category: string;
}

export interface Hit extends Term {
  /** Where the term starts in the original text, for highlighting. */
  index: number;
  /** How many UTF-16 units of the original text it spans (more than the term when evasions sit between its characters). */
  length: number;
}

const IGNORED = /[\s\p{P}\p{S}\u200b-\u200f\u2060\ufeff]/u;

/** NFKC folds full-width forms; the map keeps each kept character's position in the original. */
function normalise(text: string): { folded: string; positions: number[] } {
  let folded = '';
  const positions: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (const c of ch.normalize('NFKC').toLowerCase()) {
      if (!IGNORED.test(c)) {
        folded += c;
        positions.push(i);
      }
    }
    i += ch.length;
  }
  return { folded, positions };
}

export function findProhibited(text: string, terms: readonly Term[]): Hit[] {
  const { folded, positions } = normalise(text);
  const hits: Hit[] = [];
  for (const t of terms) {
    const needle = normalise(t.term).folded;
    if (!needle) continue;
    const at = folded.indexOf(needle);
    if (at < 0) continue;
    const start = positions[at]!;
    const last = positions[at + needle.length - 1]!;
    hits.push({ term: t.term, category: t.category, index: start, length: last + String.fromCodePoint(text.codePointAt(last)!).length - start });
  }
  return hits.sort((a, b) => a.index - b.index);
}
