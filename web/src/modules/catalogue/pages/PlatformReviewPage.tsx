import { Alert, Card, Col, Descriptions, Row, Space, Tabs, Tag } from 'antd';
import type { ReactNode } from 'react';
import { formatDuration } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { StatusTag } from '../../../ui/StatusTag';
import { CategoryTags } from '../../categories';
import { CourseLoader } from '../components/CourseLoader';
import { LessonPlayer } from '../components/LessonPlayer';
import { QualityCell } from '../components/QualityCell';
import { ReviewChecklistForm } from '../components/ReviewChecklistForm';
import { ReviewTimeline } from '../components/ReviewTimeline';
import { courseStatusLooks, detailTexts, lessonKindNames, reviewTexts as t } from '../texts';
import type { CourseDetail } from '../types';

/** The platform's review of one course: every lesson playable beside the five-item checklist (M8, M17, M21). */
export function PlatformReviewPage() {
  return (
    <CourseLoader backTo="/platform/reviews" backLabel={detailTexts.backToQueue} skeleton={{ rows: 8, cards: 2 }}>
      {(course, back) => <ReviewView course={course} back={back} />}
    </CourseLoader>
  );
}

function ReviewView({ course, back }: { course: CourseDetail; back: ReactNode }) {
  const inReview = course.status === 'platform_review';
  return (
    <PageContainer title={`${t.pageTitle}：${course.title}`} description={back} extra={<StatusTag look={courseStatusLooks[course.status]} />}>
      {!inReview ? <Alert type="info" showIcon message={t.notInReview} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <LessonsCard course={course} />
            <Card title={detailTexts.reviews}>
              <ReviewTimeline reviews={course.reviews} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={10} className="xk-sticky-col">
          <Card title={t.checklistCard}>
            <Alert type="info" showIcon message={t.checklistHint} style={{ marginBottom: 16 }} />
            <ReviewChecklistForm courseId={course.id} disabled={!inReview} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}

/** What the reviewer checks against: the course's scope, the institution's own review, and every lesson playable. */
function LessonsCard({ course }: { course: CourseDetail }) {
  const institutionReview = [...course.reviews].reverse().find((r) => r.stage === 'institution');
  return (
    <Card title={t.lessonsCard}>
      <Descriptions
        size="small"
        column={1}
        className="xk-plain-desc"
        items={[
          { key: 'categories', label: detailTexts.categories, children: <CategoryTags ids={course.categoryIds} max={6} /> },
          { key: 'topics', label: detailTexts.topics, children: course.syllabusTopics.join('；') },
          { key: 'description', label: detailTexts.description, children: <span className="xk-prewrap">{course.description}</span> },
          { key: 'institution', label: t.institutionReview, children: institutionReview?.comment ?? t.noComment },
        ]}
      />
      <Tabs
        className="xk-lesson-tabs"
        items={course.lessons.map((lesson) => ({
          key: lesson.id,
          label: `${lesson.position}. ${lesson.title}`,
          children: (
            <div className="xk-review-lesson">
              <LessonPlayer lesson={lesson} />
              <div className="xk-review-lesson-meta">
                <Tag bordered={false}>{lessonKindNames[lesson.kind]}</Tag>
                <span className="xk-muted">
                  {detailTexts.duration}：{formatDuration(lesson.durationSeconds)}
                </span>
                <span className="xk-muted">{t.qualityTitle}：</span>
                <QualityCell lesson={lesson} />
              </div>
            </div>
          ),
        }))}
      />
    </Card>
  );
}
