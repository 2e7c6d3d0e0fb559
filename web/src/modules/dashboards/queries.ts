import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { DashboardData, DashboardFilters, DashboardView } from './types';

const search = (f: DashboardFilters) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(f)) if (value !== undefined && value !== '') params.set(key, String(value));
  return params.toString();
};

/** One dashboard view over the rollup; the previous figures stay on screen while new filters load. */
export function useDashboard(view: DashboardView, filters: DashboardFilters) {
  return useQuery({
    queryKey: ['dashboards', view, filters],
    queryFn: () => apiRequest<DashboardData>(`/api/v1/dashboards/${view}?${search(filters)}`),
    placeholderData: keepPreviousData,
  });
}
