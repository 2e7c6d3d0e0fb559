import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { RegionNode } from '../../api/types';

export const regionKeys = { tree: ['regions', 'tree'] as const };

/** The province tree changes only with a GB/T 2260 revision: fetch once per visit. */
export function useRegionTree() {
  return useQuery({ queryKey: regionKeys.tree, queryFn: () => apiRequest<RegionNode>('/api/v1/regions'), staleTime: Infinity });
}
