import { Steps } from 'antd';
import { detailTexts as t } from '../texts';
import type { CourseDetail } from '../types';

/** Where the course stands in the M17 chain: editing → institution's review → platform review → published (or taken down after it). */
export function ReviewChain({ course }: { course: CourseDetail }) {
  const returned = course.status === 'draft' && course.reviews.some((r) => r.stage === 'platform' && !r.approved);
  const takenDown = course.status === 'taken_down';
  const current = course.status === 'published' || takenDown ? 3 : course.status === 'platform_review' || returned ? 2 : 0;
  return (
    <Steps
      size="small"
      current={current}
      status={returned || takenDown ? 'error' : course.status === 'published' ? 'finish' : 'process'}
      items={t.chainSteps.map((step, i) => ({ title: step.title, description: takenDown && i === 3 ? t.takenDownStep : step.body }))}
    />
  );
}
