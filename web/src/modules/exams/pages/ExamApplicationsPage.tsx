import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { EmptyState } from '../../../ui/EmptyState';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { useCategories } from '../../categories';
import { useRegions } from '../../regions';
import { ApplyModal } from '../components/ApplyModal';
import { PAGE_SIZE, useExamApplications, useWithdrawApplication } from '../queries';
import { applicationTexts as t } from '../texts';
import type { ExamApplication } from '../types';

/** 报考与考试安排: institutions see their candidates, exam institutions and regulators their cities (N2.6). */
export function ExamApplicationsPage() {
  const [page, setPage] = useState(1);
  const applications = useExamApplications(page);
  const categories = useCategories();
  const { nameOf } = useRegions();
  const { activeRole } = useAuth();
  const isInstitution = activeRole.role === 'institution_admin';
  const [applying, setApplying] = useState(false);
  const withdraw = useWithdrawApplication();
  const { message, modal } = App.useApp();

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
    {
      title: '',
      key: 'actions',
      render: (_, a) =>
        isInstitution && a.status === 'submitted' ? (
          <Button type="link" size="small" danger onClick={() => modal.confirm({ title: t.withdraw, content: t.withdrawConfirm, onOk: () => withdraw.mutateAsync(a.id).catch((error: unknown) => void message.error(errorMessage(error))) })}>
            {t.withdraw}
          </Button>
        ) : null,
    },
  ];

  return (
    <PageContainer
      title={t.title}
      description={t.description}
      extra={
        isInstitution ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
            {t.submit}
          </Button>
        ) : null
      }
    >
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
      {applying ? <ApplyModal onClose={() => setApplying(false)} /> : null}
    </PageContainer>
  );
}
