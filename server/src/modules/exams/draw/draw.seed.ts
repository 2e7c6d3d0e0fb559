import { canonicalJson } from '../../../platform/crypto/canonical-json.js';
import { sha256Hex } from '../../../platform/crypto/hash.js';

/**
 * DESIGN §7.2: the seed is fixed only after the inputs hash is published, by
 * commit-reveal of at least two parties or a declared public beacon value, so
 * no single party can choose it.
 */
export const MIN_SEED_PARTIES = 2;

/** A party's secret: 32 random bytes as 64 lowercase hex digits. */
export const SECRET_PATTERN = /^[0-9a-f]{64}$/;

export type DrawParty = 'exam_institution' | 'regulator';

export interface Reveal {
  party: DrawParty;
  commitment: string;
  secret: string;
}

export type SeedSource = { kind: 'commit_reveal'; reveals: Reveal[] } | { kind: 'beacon'; source: string; value: string };

/** What a party publishes before anyone reveals: sha256 of its secret. */
export function commitmentOf(secret: string): string {
  return sha256Hex(secret);
}

export function revealMatches(commitment: string, secret: string): boolean {
  return SECRET_PATTERN.test(secret) && commitmentOf(secret) === commitment;
}

/** The seed binds the inputs hash, so a seed cannot be reused for other inputs. */
export function seedOf(inputsHash: string, source: SeedSource): string {
  if (source.kind === 'beacon') return sha256Hex(canonicalJson({ inputsHash, beacon: { source: source.source, value: source.value } }));
  const secrets = [...source.reveals].sort((a, b) => (a.party < b.party ? -1 : 1)).map((r) => ({ party: r.party, secret: r.secret }));
  return sha256Hex(canonicalJson({ inputsHash, reveals: secrets }));
}

/** The problems with a seed source, empty when it may fix a seed. */
export function seedSourceProblems(source: SeedSource): string[] {
  if (source.kind === 'beacon') return source.value.trim() && source.source.trim() ? [] : ['beacon_incomplete'];
  const problems: string[] = [];
  if (new Set(source.reveals.map((r) => r.party)).size < MIN_SEED_PARTIES) problems.push('too_few_parties');
  for (const r of source.reveals) if (!revealMatches(r.commitment, r.secret)) problems.push(`reveal_mismatch:${r.party}`);
  return problems;
}
