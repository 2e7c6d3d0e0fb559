import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainHash, checkChainSegment, GENESIS_HASH, type ChainedEntry } from '../../src/modules/audit/index.js';
import { canonicalJson } from '../../src/platform/crypto/canonical-json.js';

function buildChain(actions: string[]): ChainedEntry[] {
  let prev = GENESIS_HASH;
  return actions.map((action, i) => {
    const content = { at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)), actorAccountId: null, actorRole: 'system', actorScope: null, action, targetType: 't', targetId: String(i), digest: 'd', requestId: null };
    const hash = chainHash(prev, content);
    const entry = { ...content, id: i + 1, prevHash: prev, hash };
    prev = hash;
    return entry;
  });
}

describe('audit hash chain', () => {
  it('canonical JSON sorts keys so equal content hashes equally', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe('{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}');
  });

  it('an intact chain verifies', () => {
    expect(checkChainSegment(buildChain(['a', 'b', 'c']), GENESIS_HASH).broken).toBeNull();
  });

  it('finds the first edited entry, for any chain and any edited position', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 30 }), fc.nat(), fc.string({ minLength: 1 }), (actions, pos, suffix) => {
        const chain = buildChain(actions);
        const victim = pos % chain.length;
        chain[victim] = { ...chain[victim]!, action: chain[victim]!.action + suffix };
        expect(checkChainSegment(chain, GENESIS_HASH).broken).toEqual({ id: victim + 1, reason: 'hash_mismatch' });
      }),
    );
  });

  it('finds a removed entry by the broken link after it', () => {
    const chain = buildChain(['a', 'b', 'c', 'd']);
    chain.splice(1, 1);
    expect(checkChainSegment(chain, GENESIS_HASH).broken).toEqual({ id: 3, reason: 'prev_hash_mismatch' });
  });
});
