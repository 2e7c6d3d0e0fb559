import type { RegionNode } from '../../api/types';

/** The 21 prefecture-level cities, in the order of the GB/T 2260 tree. */
export function citiesOf(root: RegionNode): RegionNode[] {
  return root.children.filter((node) => node.level === 'city');
}

/** Every region by code, for turning codes in API answers into names. */
export function indexRegions(root: RegionNode): Map<string, RegionNode> {
  const index = new Map<string, RegionNode>();
  const walk = (node: RegionNode) => {
    index.set(node.code, node);
    node.children.forEach(walk);
  };
  walk(root);
  return index;
}

/** "广州市 天河区" for a county, "东莞市" for a city without counties; the code itself when unknown. */
export function regionLabel(index: Map<string, RegionNode>, code: string): string {
  const node = index.get(code);
  if (!node) return code;
  if (node.level !== 'county') return node.name;
  const city = index.get(`${code.slice(0, 4)}00`);
  return city ? `${city.name} ${node.name}` : node.name;
}

export interface CascaderOption {
  value: string;
  label: string;
  children?: CascaderOption[];
}

/**
 * City → county options for where an institution is located. A city without
 * counties (东莞、中山) is itself the last level and can be picked.
 */
export function locationOptions(root: RegionNode): CascaderOption[] {
  return citiesOf(root).map((city) => ({
    value: city.code,
    label: city.name,
    ...(city.children.length > 0 ? { children: city.children.map((county) => ({ value: county.code, label: county.name })) } : {}),
  }));
}

/** The cascader path of a region code (for showing a saved value). */
export function locationPath(code: string): string[] {
  const city = `${code.slice(0, 4)}00`;
  return code === city ? [city] : [city, code];
}
