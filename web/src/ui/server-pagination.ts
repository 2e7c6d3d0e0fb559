import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';

/** Rows per page of the console's server-paged tables. */
export const TABLE_PAGE_SIZE = 10;
/** What pickers (selects of courses, teachers) ask for: the server's maximum page, i.e. all of them. */
export const PICKER_PAGE_SIZE = 500;

export interface PageRequest {
  page: number;
  pageSize: number;
}

/**
 * The page a server-paged table shows. A change of filter goes back to page 1
 * (`filtered`), so nobody is left on page 5 of a list that now has one page.
 */
export function useServerPage(pageSize = TABLE_PAGE_SIZE) {
  const [page, setPage] = useState(1);
  return {
    request: { page, pageSize } satisfies PageRequest,
    setPage,
    /** Wraps a filter setter so that it also returns to the first page. */
    filtered:
      <T,>(set: (value: T) => void) =>
      (value: T) => {
        set(value);
        setPage(1);
      },
    /** The antd Table `pagination` for the server's `total`. */
    table: (total: number | undefined, showTotal: (n: number) => string): TablePaginationConfig => ({
      current: page,
      pageSize,
      total: total ?? 0,
      showSizeChanger: false,
      showTotal,
      onChange: setPage,
    }),
  };
}

/** `?a=1&b=x` from the defined values, for list queries. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
