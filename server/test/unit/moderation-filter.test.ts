import { describe, expect, it } from 'vitest';
import { findProhibited } from '../../src/modules/moderation/index.js';

/** M9: prohibited content is caught before publication, evasions included. */
const terms = [
  { term: '代考', category: 'fraud' },
  { term: '包过', category: 'false_advertising' },
  { term: 'VPN翻墙', category: 'other' },
];

describe('prohibited-content filter (M9)', () => {
  it('passes ordinary text', () => {
    expect(findProhibited('关于做好2026年安全生产资格考试工作的通知', terms)).toEqual([]);
  });

  it('finds a term and says where it starts and how far it spans', () => {
    expect(findProhibited('本机构包过，欢迎报名', terms)).toEqual([{ term: '包过', category: 'false_advertising', index: 3, length: 2 }]);
  });

  it('spans the evasion too, so a moderator sees the whole disguised term highlighted', () => {
    const text = '提供 代·考 服务';
    const [hit] = findProhibited(text, terms);
    expect(text.slice(hit!.index, hit!.index + hit!.length)).toBe('代·考');
    const wide = 'ｖｐｎ 翻墙教程';
    const [vpn] = findProhibited(wide, terms);
    expect(wide.slice(vpn!.index, vpn!.index + vpn!.length)).toBe('ｖｐｎ 翻墙');
  });

  it('sees through spaces, punctuation, zero-width characters and full-width letters', () => {
    expect(findProhibited('提供 代·考 服务', terms).map((h) => h.term)).toEqual(['代考']);
    expect(findProhibited('代\u200b考', terms).map((h) => h.term)).toEqual(['代考']);
    expect(findProhibited('ｖｐｎ 翻墙教程', terms).map((h) => h.term)).toEqual(['VPN翻墙']);
  });

  it('reports every term found, in order of appearance', () => {
    expect(findProhibited('包过！可代考', terms).map((h) => [h.term, h.index])).toEqual([
      ['包过', 0],
      ['代考', 4],
    ]);
  });
});
