import { Table, type TablePaginationConfig } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate } from '../../../ui/format';
import { StatusTag } from '../../../ui/StatusTag';
import { CategoryTags } from '../../categories';
import { useRegions } from '../../regions';
import { teacherStatusLooks, teacherTexts as t } from '../texts';
import type { Teacher } from '../types';

interface TeachersTableProps {
  teachers: Teacher[];
  loading: boolean;
  showInstitution?: boolean;
  actions?: (teacher: Teacher) => ReactNode;
  empty: { title: string; hint?: string; action?: ReactNode };
  /** The server's pages (`useServerPage`). */
  pagination: TablePaginationConfig;
}

/** Reported teachers with their status; the institution's and the regulator's pages add their own columns. */
export function TeachersTable({ teachers, loading, showInstitution, actions, empty, pagination }: TeachersTableProps) {
  const { nameOf } = useRegions();
  const columns: ColumnsType<Teacher> = [
    { title: t.name, dataIndex: 'name', key: 'name', width: 100, className: 'xk-nowrap', render: (name: string) => <strong>{name}</strong> },
    { title: t.idNumber, dataIndex: 'idNumberMasked', key: 'id', width: 190, className: 'xk-nowrap', render: (v: string) => <span className="xk-mono">{v}</span> },
    ...(showInstitution ? [{ title: t.institution, dataIndex: 'institutionName', key: 'institution', width: 220 }] : []),
    { title: t.city, dataIndex: 'cityCode', key: 'city', width: 100, className: 'xk-nowrap', render: (code: string) => nameOf(code) },
    { title: t.categories, dataIndex: 'categories', key: 'categories', width: 230, render: (ids: string[]) => <CategoryTags ids={ids} max={2} /> },
    { title: t.qualifications, dataIndex: 'qualifications', key: 'qualifications', width: 220, ellipsis: true },
    {
      title: t.status,
      key: 'status',
      width: 90,
      render: (_, teacher) => (
        <span title={teacher.decisionReason ?? undefined}>
          <StatusTag look={teacherStatusLooks[teacher.status]} />
        </span>
      ),
    },
    { title: t.reportedAt, dataIndex: 'reportedAt', key: 'reportedAt', width: 120, className: 'xk-nowrap', render: formatDate },
    { title: t.decisionReason, dataIndex: 'decisionReason', key: 'reason', width: 160, ellipsis: true, render: (v: string | null) => v ?? '—' },
    ...(actions ? [{ title: t.actions, key: 'actions', width: 120, className: 'xk-nowrap', fixed: 'right' as const, render: (_: unknown, teacher: Teacher) => actions(teacher) }] : []),
  ];
  return (
    <Table<Teacher>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={teachers}
      loading={loading}
      scroll={{ x: showInstitution ? 1560 : 1210 }}
      pagination={pagination}
      locale={{ emptyText: loading ? ' ' : <EmptyState title={empty.title} hint={empty.hint} action={empty.action} /> }}
    />
  );
}
