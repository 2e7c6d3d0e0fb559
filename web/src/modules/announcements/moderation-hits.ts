import type { CheckResult } from './types';

const FIELD_NAMES: Record<string, string> = { title: '标题', body: '正文' };

/** "正文：包过" lines for the author, one per term found (M9). */
export function describeHits(hits: CheckResult['hits']): string[] {
  return hits.map((h) => `${FIELD_NAMES[h.field] ?? h.field}：${h.term}`);
}

/** The hits a CONTENT_PROHIBITED refusal carries in `details.hits`, if any. */
export function hitsOf(details: Record<string, unknown> | null | undefined): CheckResult['hits'] {
  const hits = details?.hits;
  return Array.isArray(hits) ? (hits as CheckResult['hits']) : [];
}
