import { describe, expect, it } from 'vitest';
import type { RegionNode } from '../../api/types';
import { branchCodes, countLevels, filterTree, pathTo } from './region-tree';

const county = (code: string, name: string): RegionNode => ({ code, name, level: 'county', children: [] });
const GD: RegionNode = {
  code: '440000',
  name: '广东省',
  level: 'province',
  children: [
    { code: '440100', name: '广州市', level: 'city', children: [county('440103', '荔湾区'), county('440106', '天河区')] },
    { code: '440300', name: '深圳市', level: 'city', children: [county('440304', '福田区')] },
    { code: '441900', name: '东莞市', level: 'city', children: [] },
  ],
};

describe('region tree', () => {
  it('counts cities and counties', () => {
    expect(countLevels(GD)).toEqual({ city: 3, county: 3 });
  });

  it('finds the path down to a county', () => {
    expect(pathTo(GD, '440106').map((n) => n.name)).toEqual(['广东省', '广州市', '天河区']);
    expect(pathTo(GD, '999999')).toEqual([]);
  });

  it('filters by name and keeps the ancestors', () => {
    const found = filterTree(GD, '天河');
    expect(found?.children.map((c) => c.name)).toEqual(['广州市']);
    expect(found?.children[0]?.children.map((c) => c.name)).toEqual(['天河区']);
  });

  it('filters by code prefix and keeps a matching city whole', () => {
    const found = filterTree(GD, '4401');
    expect(found?.children[0]?.children).toHaveLength(2);
    expect(filterTree(GD, '不存在')).toBeNull();
  });

  it('lists branch codes for expanding', () => {
    expect(branchCodes(GD)).toEqual(['440000', '440100', '440300']);
  });
});
