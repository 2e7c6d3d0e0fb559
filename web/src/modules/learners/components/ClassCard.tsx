import { ClockCircleOutlined, FormOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { formatCourseLength } from '../study-length';
import { classesTexts as t } from '../texts';
import type { MyClass } from '../types';

const STATUS_COLORS: Record<MyClass['status'], string> = { active: 'success', locked: 'warning', completed: 'primary', withdrawn: 'default' };

/** One class as the learner needs it: where, when, how many hours, and its courses. */
export function ClassCard({ cls, categoryName }: { cls: MyClass; categoryName: string }) {
  const navigate = useNavigate();
  return (
    <article className="xk-l-class" aria-label={cls.name}>
      <header className="xk-l-class-head">
        <h3 className="xk-l-class-name">{cls.name}</h3>
        <Tag color={STATUS_COLORS[cls.status]} fill="outline" className="xk-l-class-status">
          {t.statuses[cls.status]}
        </Tag>
      </header>
      <div className="xk-l-class-category">
        {categoryName} · {t.trainingTypes[cls.trainingType]} · {t.onlineHours(cls.plannedOnlineHours)}
      </div>
      <dl className="xk-l-class-facts">
        <div>
          <dt>{t.institution}</dt>
          <dd>{cls.institutionName}</dd>
        </div>
        <div>
          <dt>{t.period}</dt>
          <dd>{t.periodRange(cls.startsOn, cls.endsOn)}</dd>
        </div>
      </dl>
      <h4 className="xk-l-class-sub">{t.coursesTitle}</h4>
      {cls.courses.length === 0 ? (
        <p className="xk-l-class-none">{t.noCourses}</p>
      ) : (
        <ul className="xk-l-courses">
          {cls.courses.map((course) => (
            <li key={course.id} className="xk-l-course">
              <PlayCircleOutlined className="xk-l-course-icon" />
              <div>
                <div className="xk-l-course-title">{course.title}</div>
                <div className="xk-l-course-meta">
                  {t.lessons(course.lessonCount)}
                  <span aria-hidden="true"> · </span>
                  <ClockCircleOutlined /> {formatCourseLength(course.durationSeconds)}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {cls.status === 'withdrawn' ? null : (
        <Button block color="primary" size="large" className="xk-l-class-open" onClick={() => navigate(`/m/classes/${cls.id}`)}>
          {t.open}
        </Button>
      )}
      <Button block className="xk-l-class-tests" onClick={() => navigate(`/m/classes/${cls.id}/tests`)}>
        <FormOutlined /> {t.tests}
      </Button>
    </article>
  );
}
