import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { downloadCsv, toCsv, type CsvColumn } from '../../../ui/export-csv';
import { FilterBar } from '../../../ui/FilterBar';
import { formatDate, todayInShanghai } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage, PageError } from '../../../ui/PageError';
import { ReasonModal } from '../../../ui/ReasonModal';
import { PICKER_PAGE_SIZE, queryString, useServerPage } from '../../../ui/server-pagination';
import { apiRequest } from '../../../api/client';
import { useCategories } from '../../categories';
import { useRegions } from '../../regions';
import { TeacherFilters } from '../components/TeacherFilters';
import { TeachersTable } from '../components/TeachersTable';
import { useDecideTeacher, useTeacherPage } from '../queries';
import { teacherStatusLooks, teacherTexts as t } from '../texts';
import type { Teacher, TeacherList, TeacherStatus } from '../types';

/**
 * 教师核准 (N1.3): teachers reported in the regulator's region. Only the city
 * bureau the teacher was reported to decides; others see the list read-only.
 */
export function TeacherApprovalsPage({ decidesForCity }: { decidesForCity: string | null }) {
  const [status, setStatus] = useState<TeacherStatus | undefined>('pending');
  const [name, setName] = useState('');
  const [rejecting, setRejecting] = useState<Teacher | null>(null);
  const paging = useServerPage();
  const filters = { status, name: name.trim() || undefined };
  const teachers = useTeacherPage(filters, paging.request);
  const decide = useDecideTeacher();
  const { message, modal } = App.useApp();
  const { nameOf: cityName } = useRegions();
  const { nameOf: categoryName } = useCategories();

  /** Exports every teacher the filters match, not only the page on screen. */
  const exportCsv = async () => {
    const all = await apiRequest<TeacherList>(`/api/v1/teachers${queryString({ ...filters, pageSize: PICKER_PAGE_SIZE })}`);
    const columns: CsvColumn<Teacher>[] = [
      { title: t.name, value: (r) => r.name },
      { title: t.idNumber, value: (r) => r.idNumberMasked },
      { title: t.institution, value: (r) => r.institutionName },
      { title: t.city, value: (r) => cityName(r.cityCode) },
      { title: t.categories, value: (r) => r.categories.map(categoryName).join('、') },
      { title: t.qualifications, value: (r) => r.qualifications },
      { title: t.status, value: (r) => teacherStatusLooks[r.status].label },
      { title: t.reportedAt, value: (r) => formatDate(r.reportedAt) },
      { title: t.decisionReason, value: (r) => r.decisionReason },
    ];
    downloadCsv(t.exportFile(todayInShanghai().format('YYYYMMDD')), toCsv(all.items, columns));
  };

  const send = (teacher: Teacher, approve: boolean, reason?: string) =>
    decide
      .mutateAsync({ id: teacher.id, body: approve ? { approve } : { approve, reason } })
      .then(() => {
        void message.success(approve ? t.approved : t.rejected);
        setRejecting(null);
      })
      .catch((error: unknown) => void message.error(errorMessage(error)));

  const actions = (teacher: Teacher) => {
    if (teacher.status !== 'pending') return <span className="xk-muted">—</span>;
    const allowed = decidesForCity === teacher.cityCode;
    const buttons = (
      <Space size={0}>
        <Button
          type="link"
          size="small"
          disabled={!allowed}
          onClick={() => modal.confirm({ title: t.approveTitle(teacher.name), content: t.approveBody, okText: t.approveOk, onOk: () => send(teacher, true) })}
        >
          {t.approve}
        </Button>
        <Button type="link" size="small" danger disabled={!allowed} onClick={() => setRejecting(teacher)}>
          {t.reject}
        </Button>
      </Space>
    );
    return allowed ? buttons : <Tooltip title={t.cityOnly}>{buttons}</Tooltip>;
  };

  return (
    <PageContainer title={t.regulatorTitle} description={t.regulatorDescription}>
      <Card>
        <FilterBar
          extra={
            <Button icon={<DownloadOutlined />} onClick={() => void exportCsv().catch((error: unknown) => void message.error(errorMessage(error)))} disabled={!teachers.data?.total}>
              {t.export}
            </Button>
          }
        >
          <TeacherFilters status={status} onStatus={paging.filtered(setStatus)} name={name} onName={paging.filtered(setName)} nameLabel={t.filterNameOrInstitution} namePlaceholder={t.nameOrInstitutionPlaceholder} />
        </FilterBar>
        {teachers.isError ? (
          <PageError error={teachers.error} onRetry={() => void teachers.refetch()} />
        ) : (
          <TeachersTable
            teachers={teachers.data?.items ?? []}
            loading={teachers.isPending || teachers.isPlaceholderData}
            pagination={paging.table(teachers.data?.total, t.total)}
            showInstitution actions={actions} empty={{ title: status === 'pending' ? t.regulatorEmptyTitle : t.emptyTitle }} />
        )}
      </Card>
      <ReasonModal
        request={
          rejecting
            ? { title: t.rejectTitle(rejecting.name), effect: t.rejectEffect, label: t.rejectReason, placeholder: t.rejectReasonPlaceholder, requiredMessage: t.rejectReasonRequired, okText: t.rejectOk }
            : null
        }
        onCancel={() => setRejecting(null)}
        onSubmit={(reason) => rejecting && void send(rejecting, false, reason)}
        submitting={decide.isPending}
      />
    </PageContainer>
  );
}
