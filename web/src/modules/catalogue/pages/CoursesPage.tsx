import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, StatusFilter } from '../../../ui/FilterBar';
import { PageContainer } from '../../../ui/PageContainer';
import { useServerPage } from '../../../ui/server-pagination';
import { ServerTable } from '../../../ui/ServerTable';
import { CourseTitleFilter, useCourseColumns } from '../components/CourseTable';
import { CreateCourseDrawer } from '../components/CreateCourseDrawer';
import { useCoursePage } from '../queries';
import { courseStatusLooks, courseTexts as t } from '../texts';
import type { CourseStatus, CourseSummary } from '../types';

/**
 * 课程管理 for an institution (all its courses, create), 辖区课程 for a regulator
 * (published courses of institutions in its region, read-only, M17 spot checks).
 */
export function CoursesPage({ mode }: { mode: 'institution' | 'regulator' }) {
  const institution = mode === 'institution';
  const [status, setStatus] = useState<CourseStatus | undefined>();
  const [title, setTitle] = useState('');
  const [creating, setCreating] = useState(false);
  const paging = useServerPage();
  const courses = useCoursePage({ status: institution ? status : 'published', title: title.trim() || undefined }, paging.request);
  const col = useCourseColumns((course) => `/courses/${course.id}`);
  const filtered = Boolean(title.trim() || status);

  const columns: ColumnsType<CourseSummary> = [
    col.title,
    col.categories(300),
    col.topics,
    col.status,
    col.createdAt(150),
    col.publishedAt,
    {
      title: t.actions,
      key: 'actions',
      width: 100,
      render: (_, course) => (
        <Button type="link" size="small" onClick={() => col.open(course)}>
          {institution && course.status === 'draft' ? t.manage : t.view}
        </Button>
      ),
    },
  ];

  const empty = filtered ? (
    <EmptyState title={t.noMatch} />
  ) : institution ? (
    <EmptyState
      title={t.emptyTitle}
      hint={t.emptyHint}
      action={
        <Button type="primary" onClick={() => setCreating(true)}>
          {t.create}
        </Button>
      }
    />
  ) : (
    <EmptyState title={t.regulatorEmptyTitle} hint={t.regulatorEmptyHint} />
  );

  return (
    <PageContainer
      title={institution ? t.title : t.regulatorTitle}
      description={institution ? t.description : t.regulatorDescription}
      extra={
        institution ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t.create}
          </Button>
        ) : null
      }
    >
      <Card>
        <FilterBar>
          {institution ? (
            <StatusFilter label={t.filterStatus} looks={courseStatusLooks} value={status} onChange={paging.filtered(setStatus)} allLabel={t.allStatuses} />
          ) : null}
          <CourseTitleFilter value={title} onChange={paging.filtered(setTitle)} />
        </FilterBar>
        <ServerTable<CourseSummary> rowKey="id" list={courses} paging={paging} showTotal={t.total} columns={columns} empty={empty} scroll={{ x: 1100 }} />
      </Card>
      {institution ? <CreateCourseDrawer open={creating} onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
