import { describe, expect, it } from 'vitest';
import type { RegionNode } from '../../api/types';
import { citiesOf, indexRegions, locationOptions, locationPath, regionLabel } from './region-index';

const county = (code: string, name: string): RegionNode => ({ code, name, level: 'county', children: [] });
const root: RegionNode = {
  code: '440000',
  name: '广东省',
  level: 'province',
  children: [
    { code: '440100', name: '广州市', level: 'city', children: [county('440106', '天河区'), county('440104', '越秀区')] },
    { code: '441900', name: '东莞市', level: 'city', children: [] },
  ],
};

describe('region index', () => {
  it('lists the cities in tree order', () => {
    expect(citiesOf(root).map((c) => c.name)).toEqual(['广州市', '东莞市']);
  });

  it('names a county with its city, a city alone, and falls back to the code', () => {
    const index = indexRegions(root);
    expect(regionLabel(index, '440106')).toBe('广州市 天河区');
    expect(regionLabel(index, '441900')).toBe('东莞市');
    expect(regionLabel(index, '449999')).toBe('449999');
  });

  it('lets a city without counties be picked as the last level', () => {
    const options = locationOptions(root);
    expect(options[0]?.children?.map((c) => c.value)).toEqual(['440106', '440104']);
    expect(options[1]).toEqual({ value: '441900', label: '东莞市' });
  });

  it('turns a saved code back into a cascader path', () => {
    expect(locationPath('440106')).toEqual(['440100', '440106']);
    expect(locationPath('441900')).toEqual(['441900']);
  });
});
