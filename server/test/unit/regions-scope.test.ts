import { describe, expect, it } from 'vitest';
import { regionContains, regionPath, scopePrefix } from '../../src/modules/regions/index.js';

describe('region scope is a code-prefix test (44 ⊃ 4401 ⊃ 440106)', () => {
  it('the province contains every city and county', () => {
    expect(regionContains('440000', '440106')).toBe(true);
    expect(regionContains('440000', '440300')).toBe(true);
  });

  it('a city contains its counties and not another city', () => {
    expect(regionContains('440100', '440106')).toBe(true);
    expect(regionContains('440100', '440100')).toBe(true);
    expect(regionContains('440100', '440305')).toBe(false);
  });

  it('a county contains only itself', () => {
    expect(regionContains('440106', '440106')).toBe(true);
    expect(regionContains('440106', '440104')).toBe(false);
    expect(regionContains('440106', '440100')).toBe(false);
  });

  it('Dongguan and Zhongshan have no counties: the city is the lowest level', () => {
    expect(scopePrefix('441900')).toBe('4419');
    expect(regionContains('441900', '441900')).toBe(true);
  });

  it('rejects unknown codes rather than guessing', () => {
    expect(() => scopePrefix('449999')).toThrow();
  });

  it('names a county with its city', () => {
    expect(regionPath('440106')).toBe('广州市天河区');
    expect(regionPath('440000')).toBe('广东省');
  });
});
