import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useState } from 'react';
import { FilterBar } from '../../../ui/FilterBar';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { useServerPage } from '../../../ui/server-pagination';
import { TeacherDrawer } from '../components/TeacherDrawer';
import { TeacherFilters } from '../components/TeacherFilters';
import { TeachersTable } from '../components/TeachersTable';
import { useMyInstitution, useTeacherPage } from '../queries';
import { teachingCities } from '../registration-rules';
import { teacherTexts as t } from '../texts';
import type { TeacherStatus } from '../types';

/** 教师管理: the institution's reported teachers and their approval (N1.3). */
export function TeachersPage() {
  const [status, setStatus] = useState<TeacherStatus | undefined>();
  const [name, setName] = useState('');
  const [drawerOpen, setDrawerOpen] = useState(false);
  const paging = useServerPage();
  const teachers = useTeacherPage({ status, name: name.trim() || undefined }, paging.request);
  const mine = useMyInstitution();
  const cities = teachingCities(mine.data?.registrations ?? []);
  const activeRegistrations = (mine.data?.registrations ?? []).filter((r) => cities.includes(r.cityCode));
  const canReport = cities.length > 0;

  return (
    <PageContainer
      title={t.title}
      description={t.description}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawerOpen(true)} disabled={!canReport}>
          {t.report}
        </Button>
      }
    >
      <Card>
        {mine.data && !canReport ? <Result status="info" title={t.noCityTitle} subTitle={t.noCityBody} style={{ padding: '12px 0 24px' }} /> : null}
        <FilterBar>
          <TeacherFilters status={status} onStatus={paging.filtered(setStatus)} name={name} onName={paging.filtered(setName)} />
        </FilterBar>
        {teachers.isError ? (
          <PageError error={teachers.error} onRetry={() => void teachers.refetch()} />
        ) : (
          <TeachersTable
            teachers={teachers.data?.items ?? []}
            loading={teachers.isPending || teachers.isPlaceholderData}
            pagination={paging.table(teachers.data?.total, t.total)}
            empty={{
              title: t.emptyTitle,
              hint: t.emptyHint,
              action: canReport ? (
                <Button type="primary" onClick={() => setDrawerOpen(true)}>
                  {t.report}
                </Button>
              ) : undefined,
            }}
          />
        )}
      </Card>
      <TeacherDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} registrations={activeRegistrations} />
    </PageContainer>
  );
}
