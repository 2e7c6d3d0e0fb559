import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** GB/T 2260 codes for Guangdong, shipped in server/data/domain (source: shared/domain). */
export interface RegionNode {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  children: RegionNode[];
}

interface RawRegions {
  code: string;
  name: string;
  cities: { code: string; name: string; counties: { code: string; name: string }[] }[];
}

const file = fileURLToPath(new URL('../../../data/domain/regions-guangdong.json', import.meta.url));

function load(): RegionNode {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as RawRegions;
  return {
    code: raw.code,
    name: raw.name,
    level: 'province',
    children: raw.cities.map((c) => ({
      code: c.code,
      name: c.name,
      level: 'city' as const,
      children: c.counties.map((k) => ({ code: k.code, name: k.name, level: 'county' as const, children: [] })),
    })),
  };
}

export const GUANGDONG: RegionNode = load();

const byCode = new Map<string, RegionNode>();
(function index(node: RegionNode) {
  byCode.set(node.code, node);
  node.children.forEach(index);
})(GUANGDONG);

export function findRegion(code: string): RegionNode | undefined {
  return byCode.get(code);
}
