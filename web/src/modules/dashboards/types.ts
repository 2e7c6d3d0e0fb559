import type { ResponseOf } from '../../api/types';

export type DashboardView = 'learning' | 'completion' | 'integrity' | 'ratings';
export type DashboardData = ResponseOf<'/api/v1/dashboards/learning', 'get'>;
export type DashboardRow = DashboardData['rows'][number];
export type Granularity = DashboardData['granularity'];
export type GroupBy = DashboardData['groupBy'];

export interface DashboardFilters {
  from: string;
  to: string;
  granularity: Granularity;
  groupBy: GroupBy;
  categoryId?: string | undefined;
  region?: string | undefined;
}
