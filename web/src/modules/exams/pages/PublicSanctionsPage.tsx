import { Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate } from '../../../ui/format';
import { PageError } from '../../../ui/PageError';
import { PAGE_SIZE, usePublicSanctions } from '../queries';
import { measureNames, subjectTypeNames, verifyTexts as t, violationKindNames } from '../texts';
import type { Sanction } from '../types';

/** N3: sanctions on exam sites and exam institutions, published. */
export function PublicSanctionsPage() {
  const [page, setPage] = useState(1);
  const sanctions = usePublicSanctions(page);
  return (
    <div className="xk-public-page">
      <Typography.Title level={3}>{t.sanctions}</Typography.Title>
      <Card>
        {sanctions.isError ? (
          <PageError error={sanctions.error} onRetry={() => void sanctions.refetch()} />
        ) : (
          <Table<Sanction>
            rowKey="id"
            dataSource={sanctions.data?.items ?? []}
            loading={sanctions.isPending}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: sanctions.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            locale={{ emptyText: sanctions.isPending ? ' ' : <EmptyState title={t.sanctionsEmpty} /> }}
            columns={[
              { title: '对象', key: 'subject', render: (_, s) => `${subjectTypeNames[s.subjectType as keyof typeof subjectTypeNames] ?? ''} ${s.subjectName}` },
              { title: '违规情形', key: 'kind', render: (_, s) => violationKindNames[s.kind] ?? s.kind },
              { title: '处理', key: 'measure', render: (_, s) => measureNames[s.measure] ?? s.measure },
              { title: '期限', key: 'period', className: 'xk-nowrap', render: (_, s) => (s.startsOn ? `${s.startsOn} 至 ${s.endsOn}` : '—') },
              { title: '决定日期', key: 'decidedAt', className: 'xk-nowrap', render: (_, s) => formatDate(s.decidedAt) },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
