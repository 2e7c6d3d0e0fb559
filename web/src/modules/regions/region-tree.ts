import type { RegionNode } from '../../api/types';

/** How many cities and counties the tree holds (computed, never typed in). */
export function countLevels(root: RegionNode): { city: number; county: number } {
  const counts = { city: 0, county: 0 };
  const walk = (node: RegionNode) => {
    if (node.level === 'city') counts.city += 1;
    if (node.level === 'county') counts.county += 1;
    node.children.forEach(walk);
  };
  walk(root);
  return counts;
}

/** The chain from the root down to `code`, both ends included; empty when the code is not in the tree. */
export function pathTo(root: RegionNode, code: string): RegionNode[] {
  if (root.code === code) return [root];
  for (const child of root.children) {
    const below = pathTo(child, code);
    if (below.length > 0) return [root, ...below];
  }
  return [];
}

/**
 * The part of the tree matching a name or code fragment: a match keeps its whole
 * subtree, and its ancestors are kept so it stays in context. Null when nothing matches.
 */
export function filterTree(node: RegionNode, query: string): RegionNode | null {
  const q = query.trim();
  if (!q) return node;
  if (node.name.includes(q) || node.code.startsWith(q)) return node;
  const children = node.children.map((child) => filterTree(child, q)).filter((child): child is RegionNode => child !== null);
  return children.length > 0 ? { ...node, children } : null;
}

/** Codes of every node that has children, to open the whole (filtered) tree. */
export function branchCodes(node: RegionNode): string[] {
  return node.children.length === 0 ? [] : [node.code, ...node.children.flatMap(branchCodes)];
}
