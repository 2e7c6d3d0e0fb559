import { describe, expect, it } from 'vitest';
import type { RegionNode } from '../../api/types';
import { regionOptions } from './region-options';

const county = (code: string, name: string): RegionNode => ({ code, name, level: 'county', children: [] });
const tree: RegionNode = {
  code: '440000',
  name: '广东省',
  level: 'province',
  children: [
    { code: '440100', name: '广州市', level: 'city', children: [county('440104', '越秀区'), county('440106', '天河区')] },
    { code: '441900', name: '东莞市', level: 'city', children: [] },
  ],
};

describe('dashboard region options (M29)', () => {
  it('offers the province its cities and their counties', () => {
    expect(regionOptions(tree, '440000').map((o) => o.label)).toEqual(['广东省', '广州市', '广州市 越秀区', '广州市 天河区', '东莞市']);
  });

  it('offers a city its counties only, and a county itself', () => {
    expect(regionOptions(tree, '440100').map((o) => o.value)).toEqual(['440100', '440104', '440106']);
    expect(regionOptions(tree, '440106').map((o) => o.value)).toEqual(['440106']);
  });
});
