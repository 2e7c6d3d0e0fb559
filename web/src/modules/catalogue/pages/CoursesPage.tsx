import { PlusOutlined } from '@ant-design/icons';
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
import { CreateCourseDrawer } from '../components/CreateCourseDrawer';
import { useCourses } from '../queries';
import { courseStatusLooks, courseTexts as t } from '../texts';
import type { CourseStatus, CourseSummary } from '../types';

const STATUSES: CourseStatus[] = ['draft', 'platform_review', 'published', 'taken_down'];

/**
 * 课程管理 for an institution (all its courses, create), 辖区课程 for a regulator
 * (published courses of institutions in its region, read-only, M17 spot checks).
 */
export function CoursesPage({ mode }: { mode: 'institution' | 'regulator' }) {
  const institution = mode === 'institution';
  const [status, setStatus] = useState<CourseStatus | undefined>();
  const [title, setTitle] = useState('');
  const [creating, setCreating] = useState(false);
  const courses = useCourses(institution ? status : 'published');
  const navigate = useNavigate();
  const shown = (courses.data ?? []).filter((c) => !title.trim() || c.title.includes(title.trim()));
  const filtered = Boolean(title.trim() || status);

  const columns: ColumnsType<CourseSummary> = [
    {
      title: t.courseTitle,
      dataIndex: 'title',
      key: 'title',
      render: (value: string, course) => (
        <a
          className="xk-strong-link"
          href={`/courses/${course.id}`}
          onClick={(e) => {
            e.preventDefault();
            navigate(`/courses/${course.id}`);
          }}
        >
          {value}
        </a>
      ),
    },
    { title: t.categories, dataIndex: 'categoryIds', key: 'categories', width: 300, render: (ids: string[]) => <CategoryTags ids={ids} max={2} /> },
    { title: t.topics, dataIndex: 'syllabusTopics', key: 'topics', width: 90, align: 'center', render: (topics: string[]) => topics.length },
    { title: t.status, dataIndex: 'status', key: 'status', width: 120, render: (s: CourseStatus) => <StatusTag look={courseStatusLooks[s]} /> },
    { title: t.createdAt, dataIndex: 'createdAt', key: 'createdAt', width: 150, className: 'xk-nowrap', render: formatDateTime },
    { title: t.publishedAt, dataIndex: 'publishedAt', key: 'publishedAt', width: 150, className: 'xk-nowrap', render: formatDateTime },
    {
      title: t.actions,
      key: 'actions',
      width: 100,
      render: (_, course) => (
        <Button type="link" size="small" onClick={() => navigate(`/courses/${course.id}`)}>
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
            <FilterField label={t.filterStatus}>
              <Select<CourseStatus | 'all'>
                value={status ?? 'all'}
                onChange={(v) => setStatus(v === 'all' ? undefined : v)}
                style={{ width: 140 }}
                options={[{ value: 'all', label: t.allStatuses }, ...STATUSES.map((s) => ({ value: s, label: courseStatusLooks[s].label }))]}
              />
            </FilterField>
          ) : null}
          <FilterField label={t.filterTitle}>
            <Input.Search allowClear placeholder={t.titlePlaceholder} value={title} onChange={(e) => setTitle(e.target.value)} style={{ width: 240 }} />
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
            scroll={{ x: 1100 }}
            pagination={{ pageSize: 10, showSizeChanger: false, showTotal: t.total }}
            locale={{ emptyText: courses.isPending ? ' ' : empty }}
          />
        )}
      </Card>
      {institution ? <CreateCourseDrawer open={creating} onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
