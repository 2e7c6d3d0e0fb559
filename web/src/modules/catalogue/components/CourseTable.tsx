import { Input } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate } from 'react-router';
import { ConsoleLink } from '../../../ui/ConsoleLink';
import { FilterField } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { StatusTag } from '../../../ui/StatusTag';
import { CategoryTags } from '../../categories';
import { courseStatusLooks, courseTexts as t } from '../texts';
import type { CourseStatus, CourseSummary } from '../types';

type Column = ColumnsType<CourseSummary>[number];

/**
 * The columns every course list shares; a page picks and orders them and adds
 * its own actions. The title opens `hrefOf(course)` in the console.
 */
export function useCourseColumns(hrefOf: (course: CourseSummary) => string) {
  const navigate = useNavigate();
  const title: Column = { title: t.courseTitle, dataIndex: 'title', key: 'title', render: (value: string, course) => <ConsoleLink to={hrefOf(course)}>{value}</ConsoleLink> };
  const categories = (width: number): Column => ({ title: t.categories, dataIndex: 'categoryIds', key: 'categories', width, render: (ids: string[]) => <CategoryTags ids={ids} max={2} /> });
  const topics: Column = { title: t.topics, dataIndex: 'syllabusTopics', key: 'topics', width: 90, align: 'center', render: (list: string[]) => list.length };
  const status: Column = { title: t.status, dataIndex: 'status', key: 'status', width: 120, render: (s: CourseStatus) => <StatusTag look={courseStatusLooks[s]} /> };
  const createdAt = (width: number): Column => ({ title: t.createdAt, dataIndex: 'createdAt', key: 'createdAt', width, className: 'xk-nowrap', render: formatDateTime });
  const publishedAt: Column = { title: t.publishedAt, dataIndex: 'publishedAt', key: 'publishedAt', width: 150, className: 'xk-nowrap', render: formatDateTime };
  return { title, categories, topics, status, createdAt, publishedAt, open: (course: CourseSummary) => navigate(hrefOf(course)) };
}

/** Finds courses by title on the server. */
export function CourseTitleFilter({ value, onChange }: { value: string; onChange: (title: string) => void }) {
  return (
    <FilterField label={t.filterTitle}>
      <Input.Search allowClear placeholder={t.titlePlaceholder} value={value} onChange={(e) => onChange(e.target.value)} style={{ width: 240 }} />
    </FilterField>
  );
}
