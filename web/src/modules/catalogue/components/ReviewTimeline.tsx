import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Space, Tag, Timeline, Typography } from 'antd';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { readChecklist } from '../review-checklist';
import { detailTexts as t, reviewItemTexts } from '../texts';
import type { CourseReview } from '../types';

function headline(review: CourseReview): string {
  if (review.stage === 'institution') return t.institutionApproved;
  if (review.stage === 'platform') return review.approved ? t.platformApproved : t.platformReturned;
  return `${t.stageNames[review.stage] ?? review.stage}：${review.approved ? t.pass : t.fail}`;
}

/** The course's review history, oldest first: the institution's own approval, then each platform review item by item (M17). */
export function ReviewTimeline({ reviews }: { reviews: CourseReview[] }) {
  if (reviews.length === 0) return <EmptyState title={t.noReviews} />;
  return (
    <Timeline
      className="xk-review-timeline"
      items={reviews.map((review) => ({
        key: `${review.stage}-${review.createdAt}`,
        color: review.approved ? 'green' : 'red',
        dot: review.approved ? <CheckCircleFilled /> : <CloseCircleFilled />,
        children: (
          <div className="xk-review-entry">
            <div className="xk-review-head">
              <Tag bordered={false} color={review.stage === 'platform' ? 'geekblue' : 'default'}>
                {t.stageNames[review.stage] ?? review.stage}
              </Tag>
              <strong>{headline(review)}</strong>
              <span className="xk-muted">{formatDateTime(review.createdAt)}</span>
            </div>
            {readChecklist(review.checklist).length > 0 ? (
              <Space size={[6, 6]} wrap className="xk-review-items">
                {readChecklist(review.checklist).map(({ item, pass, comment }) => (
                  <Tag key={item} color={pass ? 'success' : 'error'} bordered={false} title={comment ?? undefined}>
                    {reviewItemTexts[item].label}：{pass ? t.pass : t.fail}
                    {comment ? `（${comment}）` : ''}
                  </Tag>
                ))}
              </Space>
            ) : null}
            {review.comment ? (
              <Typography.Paragraph type="secondary" className="xk-review-comment">
                {t.reviewComment}：{review.comment}
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
