import type { Filters } from './types';

/** Query string of a list request: only the filters that are set, then the page. */
export function listSearch(filters: Filters, page: number, pageSize: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') search.set(key, String(value));
  search.set('page', String(page));
  search.set('pageSize', String(pageSize));
  return search.toString();
}

/** The filters an export takes: the same as the list's, without empty values. */
export function exportFilters(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as Filters;
}

/** antd Table's sort order to the API's (`ascend` → `asc`); no order means the list's default. */
export function sortOf(field: unknown, order: 'ascend' | 'descend' | null | undefined): Pick<Filters, 'sort' | 'order'> {
  if (!order || typeof field !== 'string') return { sort: undefined, order: undefined };
  return { sort: field, order: order === 'ascend' ? 'asc' : 'desc' };
}

/** Export progress as a whole percentage; an export of nothing is complete when done. */
export function exportPercent(status: { status: string; rowsDone: number; rowsTotal: number }): number {
  if (status.status === 'done') return 100;
  if (status.rowsTotal <= 0) return 0;
  return Math.min(99, Math.floor((status.rowsDone / status.rowsTotal) * 100));
}
