import { Table, type TablePaginationConfig } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../ui/format';
import { StatusTag } from '../../../ui/StatusTag';
import { describeCorrection } from '../study-hours';
import { approvalTexts, correctionStatusLooks, correctionTargetNames, correctionTexts as t } from '../texts';
import type { Correction } from '../types';

/** "+1.5 学时（68分钟）": what a correction adds or takes away (M19: 45 minutes = 1 学时). */
export function correctionAmount(seconds: number): string {
  const { sign, hours, minutes } = describeCorrection(seconds);
  return t.amountValue(sign, hours, minutes);
}

/**
 * Hour corrections (M16) as the institution and the regulator both read them;
 * the regulator's page adds the class in front and its decisions behind.
 */
export function CorrectionsTable({
  corrections,
  loading,
  pagination,
  empty,
  leading = [],
  actions,
  decided = true,
}: {
  corrections: Correction[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
  empty: ReactNode;
  leading?: ColumnsType<Correction>;
  actions?: (correction: Correction) => ReactNode;
  /** False on a list of pending requests only: nobody has decided yet, so no decision columns. */
  decided?: boolean;
}) {
  const columns: ColumnsType<Correction> = [
    ...leading,
    { title: t.learner, dataIndex: 'learnerName', key: 'learner', width: 100, className: 'xk-nowrap', render: (name: string) => <strong>{name}</strong> },
    { title: t.target, dataIndex: 'target', key: 'target', width: 100, render: (target: Correction['target']) => correctionTargetNames[target] },
    { title: t.amount, dataIndex: 'seconds', key: 'amount', width: 170, className: 'xk-nowrap', render: correctionAmount },
    { title: t.reason, dataIndex: 'reason', key: 'reason', width: 260, render: (reason: string) => <span className="xk-prewrap">{reason}</span> },
    { title: t.status, dataIndex: 'status', key: 'status', width: 90, render: (status: Correction['status']) => <StatusTag look={correctionStatusLooks[status]} /> },
    { title: t.requestedAt, dataIndex: 'requestedAt', key: 'requestedAt', width: 150, className: 'xk-nowrap', render: formatDateTime },
    ...(decided
      ? [
          { title: t.decidedAt, dataIndex: 'decidedAt', key: 'decidedAt', width: 150, className: 'xk-nowrap', render: formatDateTime },
          { title: t.decisionNote, dataIndex: 'decisionNote', key: 'note', width: 180, ellipsis: true, render: (note: string | null) => note ?? '—' },
        ]
      : []),
    ...(actions ? [{ title: approvalTexts.actions, key: 'actions', width: 130, fixed: 'right' as const, render: (_: unknown, c: Correction) => actions(c) }] : []),
  ];
  return (
    <Table<Correction>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={corrections}
      loading={loading}
      scroll={{ x: (decided ? 1300 : 970) + (leading.length > 0 ? 220 : 0) }}
      pagination={pagination}
      locale={{ emptyText: loading ? ' ' : empty }}
    />
  );
}
