import { Button, Card, Input, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { StatusTag } from '../../../ui/StatusTag';
import { CategoryTags } from '../../categories';
import { useCourses } from '../queries';
import { courseStatusLooks, courseTexts, reviewTexts as t } from '../texts';
import type { CourseStatus, CourseSummary } from '../types';

const QUEUE_STATUSES = ['platform_review', 'published', 'draft'] as const satisfies readonly CourseStatus[];
type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** 课程审核: courses the institutions approved and handed to the platform (M17 second review). */
export function ReviewQueuePage() {
  const [status, setStatus] = useState<QueueStatus>('platform_review');
  const [title, setTitle] = useState('');
  const courses = useCourses(status);
  const navigate = useNavigate();
  const shown = (courses.data ?? []).filter((c) => !title.trim() || c.title.includes(title.trim()));
  const open = (course: CourseSummary) => navigate(`/platform/reviews/${course.id}`);

  const columns: ColumnsType<CourseSummary> = [
    {
      title: t.courseTitle,
      dataIndex: 'title',
      key: 'title',
      render: (value: string, course) => (
        <a
          className="xk-strong-link"
          href={`/platform/reviews/${course.id}`}
          onClick={(e) => {
            e.preventDefault();
            open(course);
          }}
        >
          {value}
        </a>
      ),
    },
    { title: t.categories, dataIndex: 'categoryIds', key: 'categories', width: 320, render: (ids: string[]) => <CategoryTags ids={ids} max={2} /> },
    { title: t.status, dataIndex: 'status', key: 'status', width: 120, render: (s: CourseStatus) => <StatusTag look={courseStatusLooks[s]} /> },
    { title: t.createdAt, dataIndex: 'createdAt', key: 'createdAt', width: 160, className: 'xk-nowrap', render: formatDateTime },
    {
      title: t.actions,
      key: 'actions',
      width: 100,
      render: (_, course) => (
        <Button type={course.status === 'platform_review' ? 'primary' : 'link'} size="small" onClick={() => open(course)}>
          {course.status === 'platform_review' ? t.review : t.view}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title={t.queueTitle} description={t.queueDescription}>
      <Card>
        <FilterBar>
          <FilterField label={t.filterStatus}>
            <Select<QueueStatus> value={status} onChange={setStatus} style={{ width: 160 }} options={QUEUE_STATUSES.map((s) => ({ value: s, label: t.queueStatuses[s] }))} />
          </FilterField>
          <FilterField label={courseTexts.filterTitle}>
            <Input.Search allowClear placeholder={courseTexts.titlePlaceholder} value={title} onChange={(e) => setTitle(e.target.value)} style={{ width: 240 }} />
          </FilterField>
        </FilterBar>
        {courses.isError ? (
          <PageError error={courses.error} onRetry={() => void courses.refetch()} />
        ) : (
          <Table<CourseSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={shown}
            loading={courses.isPending}
            scroll={{ x: 960 }}
            pagination={{ pageSize: 10, showSizeChanger: false, showTotal: courseTexts.total }}
            locale={{ emptyText: courses.isPending ? ' ' : status === 'platform_review' && !title ? <EmptyState title={t.emptyQueue} hint={t.emptyHint} /> : <EmptyState title={courseTexts.noMatch} /> }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
