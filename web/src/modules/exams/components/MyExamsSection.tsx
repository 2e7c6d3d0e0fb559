import { ScheduleOutlined } from '@ant-design/icons';
import { Tag } from 'antd-mobile';
import { formatDateTime } from '../../../ui/format';
import { useCategories } from '../../categories';
import { useMyExams } from '../queries';
import { applicationTexts as t, learnerExamTexts as lt } from '../texts';

/** 我的考试 on the learner's home: each application and, once the draw is published, where and when to sit (N2.3). */
export function MyExamsSection() {
  const { nameOf } = useCategories();
  const exams = useMyExams();
  const items = (exams.data?.items ?? []).filter((a) => a.status !== 'withdrawn');
  if (items.length === 0) return null;
  return (
    <section className="xk-m-section" aria-label={lt.title}>
      <h2 className="xk-m-section-title">
        <ScheduleOutlined /> {lt.title}
      </h2>
      {items.map((a) => (
        <article key={a.id} className="xk-m-card xk-l-class" aria-label={nameOf(a.categoryId)}>
          <header className="xk-l-class-head">
            <h3 className="xk-l-class-name">{nameOf(a.categoryId)}</h3>
            <Tag color={a.assignment?.sessionId ? 'success' : 'default'} fill="outline">
              {a.assignment ? (a.assignment.sessionId ? lt.assigned : t.unassigned) : t.notPublished}
            </Tag>
          </header>
          {a.assignment?.sessionId ? (
            <dl className="xk-l-class-facts">
              <div>
                <dt>{lt.time}</dt>
                <dd>{`${formatDateTime(a.assignment.startsAt)} – ${formatDateTime(a.assignment.endsAt).slice(11)}`}</dd>
              </div>
              <div>
                <dt>{lt.place}</dt>
                <dd>{`${a.assignment.siteName ?? ''} ${a.assignment.room ?? ''}`}</dd>
              </div>
              <div>
                <dt>{lt.address}</dt>
                <dd>{a.assignment.siteAddress}</dd>
              </div>
            </dl>
          ) : (
            <p className="xk-l-class-none">{a.assignment ? lt.unassignedHint : lt.waitingHint}</p>
          )}
        </article>
      ))}
    </section>
  );
}
