import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiRequest } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { categoryNamer } from './category-options';

export const categoryKeys = { list: ['categories', 'list'] as const };

/** The training categories (public, M14, M18); they change with a new catalogue, not within a visit. */
export function useCategories() {
  const query = useQuery({
    queryKey: categoryKeys.list,
    queryFn: () => apiRequest<ResponseOf<'/api/v1/categories', 'get'>>('/api/v1/categories'),
    staleTime: Infinity,
  });
  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const nameOf = useMemo(() => categoryNamer(items), [items]);
  return { query, items, nameOf };
}
