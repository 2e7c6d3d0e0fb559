import { Button, Card, Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { PageContainer } from '../../../ui/PageContainer';
import { useServerPage } from '../../../ui/server-pagination';
import { ServerTable } from '../../../ui/ServerTable';
import { CourseTitleFilter, useCourseColumns } from '../components/CourseTable';
import { useCoursePage } from '../queries';
import { courseTexts, reviewTexts as t } from '../texts';
import type { CourseStatus, CourseSummary } from '../types';

const QUEUE_STATUSES = ['platform_review', 'published', 'draft'] as const satisfies readonly CourseStatus[];
type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** 课程审核: courses the institutions approved and handed to the platform (M17 second review). */
export function ReviewQueuePage() {
  const [status, setStatus] = useState<QueueStatus>('platform_review');
  const [title, setTitle] = useState('');
  const paging = useServerPage();
  const courses = useCoursePage({ status, title: title.trim() || undefined }, paging.request);
  const col = useCourseColumns((course) => `/platform/reviews/${course.id}`);

  const columns: ColumnsType<CourseSummary> = [
    col.title,
    col.categories(320),
    col.status,
    col.createdAt(160),
    {
      title: t.actions,
      key: 'actions',
      width: 100,
      render: (_, course) => (
        <Button type={course.status === 'platform_review' ? 'primary' : 'link'} size="small" onClick={() => col.open(course)}>
          {course.status === 'platform_review' ? t.review : t.view}
        </Button>
      ),
    },
  ];
  const empty = status === 'platform_review' && !title ? <EmptyState title={t.emptyQueue} hint={t.emptyHint} /> : <EmptyState title={courseTexts.noMatch} />;

  return (
    <PageContainer title={t.queueTitle} description={t.queueDescription}>
      <Card>
        <FilterBar>
          <FilterField label={t.filterStatus}>
            <Select<QueueStatus> value={status} onChange={paging.filtered(setStatus)} style={{ width: 160 }} options={QUEUE_STATUSES.map((s) => ({ value: s, label: t.queueStatuses[s] }))} />
          </FilterField>
          <CourseTitleFilter value={title} onChange={paging.filtered(setTitle)} />
        </FilterBar>
        <ServerTable<CourseSummary> rowKey="id" list={courses} paging={paging} showTotal={courseTexts.total} columns={columns} empty={empty} scroll={{ x: 960 }} />
      </Card>
    </PageContainer>
  );
}
