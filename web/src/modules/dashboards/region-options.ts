import type { RegionNode } from '../../api/types';

/**
 * The regions a caller may open on the dashboard: its own and everything
 * under it (M29) — a province's cities and counties, a city's counties.
 */
export function regionOptions(root: RegionNode, ownCode: string): { value: string; label: string }[] {
  const find = (node: RegionNode): RegionNode | null => (node.code === ownCode ? node : node.children.reduce<RegionNode | null>((hit, c) => hit ?? find(c), null));
  const own = find(root);
  if (!own) return [];
  const out: { value: string; label: string }[] = [];
  const walk = (node: RegionNode, prefix: string) => {
    out.push({ value: node.code, label: `${prefix}${node.name}` });
    for (const child of node.children) walk(child, node === own ? '' : `${node.name} `);
  };
  walk(own, '');
  return out;
}
