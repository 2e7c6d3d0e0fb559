import { CheckCircleFilled, PlayCircleOutlined, StarOutlined } from '@ant-design/icons';
import { Button, ErrorBlock, List, NoticeBar, ProgressBar, Skeleton, Tag } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router';
import { MobileError } from '../../../ui/MobileError';
import { MobilePage } from '../../../ui/MobilePage';
import { studyHoursOf } from '../../learners';
import { formatStudyTime, hasConfirmedTime } from '../player-rules';
import { useClassLearning } from '../queries';
import { learningTexts as t } from '../texts';

/** A class as the learner studies it (M25): hours confirmed against the plan, every lesson's progress, and the next lesson. */
export function ClassLearningPage() {
  const { classId = '' } = useParams();
  const navigate = useNavigate();
  const outline = useClassLearning(classId);
  const open = (lessonId: string) => navigate(`/m/learn/${classId}/${lessonId}`);

  if (outline.isPending) {
    return (
      <MobilePage title={t.classTitle} onBack={() => navigate('/m')}>
        <div className="xk-m-card">
          <Skeleton.Title animated />
          <Skeleton.Paragraph lineCount={6} animated />
        </div>
      </MobilePage>
    );
  }
  if (outline.isError) {
    return (
      <MobilePage title={t.classTitle} onBack={() => navigate('/m')}>
        <MobileError error={outline.error} onRetry={() => void outline.refetch()} />
      </MobilePage>
    );
  }

  const c = outline.data;
  const locked = c.status === 'locked';
  const percent = c.plannedOnlineSeconds > 0 ? Math.min(100, (100 * c.onlineSeconds) / c.plannedOnlineSeconds) : 0;
  const lessons = c.courses.flatMap((course) => course.lessons);

  return (
    <MobilePage title={c.className} onBack={() => navigate('/m')}>
      {locked ? <NoticeBar color="error" wrap content={t.locked} /> : null}
      <section className="xk-m-card xk-p-hours" aria-label={t.hoursTitle}>
        <div className="xk-p-hours-line">{t.onlineDone(c.onlineStudyHours, formatStudyTime(c.onlineSeconds))}</div>
        <ProgressBar percent={percent} />
        <div className="xk-p-hours-plan">{t.planned(studyHoursOf(c.plannedOnlineSeconds))}</div>
        <p className="xk-p-hours-rule">{t.hourRule}</p>
        {c.nextLessonId && !locked ? (
          <Button block color="primary" size="large" onClick={() => open(c.nextLessonId!)}>
            <PlayCircleOutlined /> {t.next}
          </Button>
        ) : lessons.length > 0 && !c.nextLessonId ? (
          <div className="xk-p-all-done">
            <CheckCircleFilled /> {t.allDone}
          </div>
        ) : null}
      </section>

      {lessons.length === 0 ? <ErrorBlock status="empty" title={t.noLessons} description="" /> : null}
      {c.courses.map((course) => (
        <section key={course.id} className="xk-m-section">
          <h2 className="xk-m-section-title">{course.title}</h2>
          <List className="xk-m-list">
            {course.lessons.map((lesson) => (
              <List.Item
                key={lesson.id}
                arrowIcon={!locked}
                disabled={locked}
                onClick={locked ? undefined : () => open(lesson.id)}
                prefix={<Tag fill="outline">{t.kinds[lesson.kind]}</Tag>}
                description={lesson.done ? t.lessonDone : t.lessonLeft(formatStudyTime(lesson.durationSeconds - lesson.confirmedSeconds))}
                extra={lesson.done ? <CheckCircleFilled className="xk-p-done-icon" aria-label={t.lessonDone} /> : null}
              >
                {lesson.title}
              </List.Item>
            ))}
          </List>
          {hasConfirmedTime(course) ? (
            <Button block fill="outline" color="primary" className="xk-p-rate" onClick={() => navigate(`/m/classes/${classId}/courses/${course.id}/rating`)}>
              <StarOutlined /> {t.rateCourse}
            </Button>
          ) : null}
        </section>
      ))}
    </MobilePage>
  );
}
