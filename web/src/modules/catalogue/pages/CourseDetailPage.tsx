import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { PageContainer } from '../../../ui/PageContainer';
import { StatusTag } from '../../../ui/StatusTag';
import { useTeachers } from '../../institutions';
import { AddLessonDrawer } from '../components/AddLessonDrawer';
import { CourseInfo } from '../components/CourseInfo';
import { CourseLoader } from '../components/CourseLoader';
import { LessonsTable } from '../components/LessonsTable';
import { ReviewChain } from '../components/ReviewChain';
import { ReviewTimeline } from '../components/ReviewTimeline';
import { SpotCheckCard } from '../components/SpotCheckCard';
import { SubmitCourseButton } from '../components/SubmitCourseButton';
import { anyPending } from '../lesson-media';
import { courseStatusLooks, detailTexts as t } from '../texts';
import type { CourseDetail, Lesson } from '../types';

/**
 * A course with its lessons, quality verdicts and reviews. The institution edits
 * a draft and submits it (M17 first responsibility); a regulator plays lessons
 * to spot-check a published course and records what it found.
 */
export function CourseDetailPage({ mode }: { mode: 'institution' | 'regulator' }) {
  return (
    <CourseLoader backTo="/courses" backLabel={t.back} skeleton={{ rows: 6, cards: 3 }}>
      {(course, back) => <CourseView course={course} mode={mode} back={back} />}
    </CourseLoader>
  );
}

function QualityAlert({ lessons }: { lessons: Lesson[] }) {
  const failed = lessons.filter((lesson) => lesson.qualityStatus === 'failed').length;
  const [type, text] = anyPending(lessons) ? (['warning', t.checking] as const) : failed > 0 ? (['error', t.someFailed(failed)] as const) : (['info', t.qualityHint] as const);
  return <Alert type={type} showIcon message={text} style={{ marginBottom: 16 }} />;
}

function CourseView({ course, mode, back }: { course: CourseDetail; mode: 'institution' | 'regulator'; back: ReactNode }) {
  const [adding, setAdding] = useState(false);
  const teachers = useTeachers();
  const editable = mode === 'institution' && course.status === 'draft';
  const lastPlatform = [...course.reviews].reverse().find((r) => r.stage === 'platform');
  const returned = course.status === 'draft' && lastPlatform && !lastPlatform.approved;
  const teacherName = course.teacherId ? (teachers.data?.find((teacher) => teacher.id === course.teacherId)?.name ?? null) : null;

  return (
    <PageContainer
      title={course.title}
      description={back}
      extra={
        <Space>
          <StatusTag look={courseStatusLooks[course.status]} />
          {editable ? <SubmitCourseButton courseId={course.id} /> : null}
        </Space>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {returned ? <Alert type="error" showIcon message={t.draftReturned} description={lastPlatform?.comment ?? undefined} /> : null}
        {mode === 'regulator' ? <Alert type="info" showIcon message={t.spotCheckHint} /> : null}
        <Card title={t.info}>
          <CourseInfo course={course} teacherName={teacherName} />
          <div className="xk-chain">
            <Typography.Text type="secondary" className="xk-chain-label">
              {t.chain}
            </Typography.Text>
            <ReviewChain course={course} />
          </div>
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={16}>
            <Card
              title={t.lessons}
              extra={
                editable ? (
                  <Button type="primary" ghost icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                    {t.addLesson}
                  </Button>
                ) : null
              }
            >
              <QualityAlert lessons={course.lessons} />
              <LessonsTable
                lessons={course.lessons}
                emptyAction={
                  editable ? (
                    <Button type="primary" onClick={() => setAdding(true)}>
                      {t.addLesson}
                    </Button>
                  ) : undefined
                }
              />
            </Card>
          </Col>
          <Col xs={24} xxl={8}>
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              {mode === 'regulator' ? <SpotCheckCard course={course} /> : null}
              <Card title={t.reviews} className={mode === 'regulator' ? undefined : 'xk-stretch'}>
                <ReviewTimeline reviews={course.reviews} />
              </Card>
            </Space>
          </Col>
        </Row>
      </Space>
      {editable ? <AddLessonDrawer courseId={course.id} open={adding} onClose={() => setAdding(false)} /> : null}
    </PageContainer>
  );
}
