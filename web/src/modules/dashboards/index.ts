import { lazy } from 'react';

/**
 * Supervision dashboards (issue 8 item 2). The page is loaded on demand: ECharts
 * stays out of the bundle every learner downloads.
 */
export const DashboardPage = lazy(() => import('./pages/DashboardPage'));
