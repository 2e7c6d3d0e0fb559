import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { apiRequest } from '../../api/client';
import type { RegionNode } from '../../api/types';
import { citiesOf, indexRegions, regionLabel } from './region-index';

export const regionKeys = { tree: ['regions', 'tree'] as const };

/** The province tree changes only with a GB/T 2260 revision: fetch once per visit. */
export function useRegionTree() {
  return useQuery({ queryKey: regionKeys.tree, queryFn: () => apiRequest<RegionNode>('/api/v1/regions'), staleTime: Infinity });
}

/** The 21 cities, and a function naming any region code (the code itself until the tree has loaded). */
export function useRegions() {
  const tree = useRegionTree();
  const index = useMemo(() => (tree.data ? indexRegions(tree.data) : new Map<string, RegionNode>()), [tree.data]);
  const cities = useMemo(() => (tree.data ? citiesOf(tree.data) : []), [tree.data]);
  const nameOf = useCallback((code: string) => regionLabel(index, code), [index]);
  return { tree, cities, nameOf };
}
