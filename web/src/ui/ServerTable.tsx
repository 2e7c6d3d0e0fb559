import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { PageError } from './PageError';
import type { useServerPage } from './server-pagination';

/**
 * One server page of a list (`{ items, total }`): a skeleton while the first
 * page loads, a spinner while the next one does, the error with retry, the
 * empty state, and pages of the server's total.
 */
export function ServerTable<T extends object>({
  list,
  paging,
  showTotal,
  empty,
  ...table
}: {
  list: UseQueryResult<{ items: T[]; total: number }>;
  paging: ReturnType<typeof useServerPage>;
  showTotal: (n: number) => string;
  empty: ReactNode;
} & Pick<TableProps<T>, 'columns' | 'rowKey' | 'scroll' | 'rowClassName' | 'expandable' | 'size'>) {
  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Table<T>
      size="middle"
      {...table}
      dataSource={list.data?.items ?? []}
      loading={list.isPending || list.isPlaceholderData}
      pagination={paging.table(list.data?.total, showTotal)}
      locale={{ emptyText: list.isPending ? ' ' : empty }}
    />
  );
}
