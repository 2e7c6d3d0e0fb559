import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageError } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { useCourse } from '../queries';
import type { CourseDetail } from '../types';

/**
 * The course named in the URL, with a way back to its list: a skeleton while it
 * loads, the error with retry (and the way back) if it cannot be shown.
 */
export function CourseLoader({
  backTo,
  backLabel,
  skeleton,
  children,
}: {
  backTo: string;
  backLabel: string;
  skeleton: { rows: number; cards: number };
  children: (course: CourseDetail, back: ReactNode) => ReactNode;
}) {
  const { id = '' } = useParams();
  const course = useCourse(id);
  const navigate = useNavigate();
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate(backTo)} className="xk-back">
      {backLabel}
    </Button>
  );
  if (course.isPending) return <PageSkeleton rows={skeleton.rows} cards={skeleton.cards} />;
  if (course.isError) {
    return (
      <div className="xk-page-result">
        <PageError error={course.error} onRetry={() => void course.refetch()} />
        <div style={{ textAlign: 'center' }}>{back}</div>
      </div>
    );
  }
  return children(course.data, back);
}
