import { Descriptions, Space, Tag } from 'antd';
import { formatDateTime, formatDuration } from '../../../ui/format';
import { CategoryTags } from '../../categories';
import { detailTexts as t } from '../texts';
import type { CourseDetail } from '../types';

/** The course's own data: what it covers (M14, M18), who teaches it, and its length. */
export function CourseInfo({ course, teacherName }: { course: CourseDetail; teacherName?: string | null }) {
  const total = course.lessons.reduce((sum, lesson) => sum + (lesson.durationSeconds ?? 0), 0);
  return (
    <Descriptions
      column={{ xs: 1, md: 2, xl: 3 }}
      size="small"
      className="xk-plain-desc"
      items={[
        { key: 'categories', label: t.categories, span: { xs: 1, md: 2, xl: 3 }, children: <CategoryTags ids={course.categoryIds} max={6} /> },
        {
          key: 'topics',
          label: t.topics,
          span: { xs: 1, md: 2, xl: 3 },
          children: (
            <Space size={[4, 4]} wrap>
              {course.syllabusTopics.map((topic) => (
                <Tag key={topic} bordered={false} color="blue">
                  {topic}
                </Tag>
              ))}
            </Space>
          ),
        },
        { key: 'description', label: t.description, span: { xs: 1, md: 2, xl: 3 }, children: <span className="xk-prewrap">{course.description}</span> },
        ...(teacherName !== undefined ? [{ key: 'teacher', label: t.teacher, children: teacherName ?? '—' }] : []),
        { key: 'lessons', label: t.lessonCount, children: course.lessons.length },
        { key: 'duration', label: t.totalDuration, children: total > 0 ? formatDuration(total) : '—' },
        { key: 'createdAt', label: t.createdAt, children: formatDateTime(course.createdAt) },
        { key: 'publishedAt', label: t.publishedAt, children: formatDateTime(course.publishedAt) },
      ]}
    />
  );
}
