import { Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { useCategories } from '../../categories';
import { useRegions } from '../../regions';
import { PAGE_SIZE, useExamApplications } from '../queries';
import { applicationTexts as t } from '../texts';
import type { ExamApplication } from '../types';

/** 报考与考试安排: institutions see their candidates, exam institutions and regulators their cities (N2.6). */
export function ExamApplicationsPage() {
  const [page, setPage] = useState(1);
  const applications = useExamApplications(page);
  const categories = useCategories();
  const { nameOf } = useRegions();

  const columns: ColumnsType<ExamApplication> = [
    { title: t.learner, key: 'learner', render: (_, a) => `${a.learnerName}（${a.idNumberMasked}）` },
    { title: t.category, key: 'category', render: (_, a) => categories.nameOf(a.categoryId) },
    { title: t.city, key: 'city', className: 'xk-nowrap', render: (_, a) => nameOf(a.cityCode) },
    { title: t.status, key: 'status', render: (_, a) => <Tag>{t.statuses[a.status]}</Tag> },
    {
      title: t.assignment,
      key: 'assignment',
      render: (_, a) => {
        if (!a.assignment) return <span className="xk-muted">{t.notPublished}</span>;
        if (!a.assignment.sessionId) return <Tag color="red">{t.unassigned}</Tag>;
        const exception = a.assignment.exception as keyof typeof t.exception | null;
        return <Tag color="green">{exception ? t.exception[exception] : '已安排'}</Tag>;
      },
    },
  ];

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        {applications.isError ? (
          <PageError error={applications.error} onRetry={() => void applications.refetch()} />
        ) : (
          <Table<ExamApplication>
            rowKey="id"
            columns={columns}
            dataSource={applications.data?.items ?? []}
            loading={applications.isPending}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: applications.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            locale={{ emptyText: applications.isPending ? ' ' : <EmptyState title={t.empty} /> }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
