import { Alert, App, Button, Descriptions, Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../ui/format';
import { errorMessage, PageError } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { ReasonModal } from '../../../ui/ReasonModal';
import { useServerPage } from '../../../ui/server-pagination';
import { useAnswerSatisfaction, useCourseFeedback, useTakeDownCourse } from '../queries';
import { satisfactionTexts as t } from '../texts';
import type { SatisfactionRow } from '../types';
import { Score } from './Score';

type Action = 'answer' | 'take_down';

/**
 * One course's feedback: averages, the published comments, and what the
 * institution did about it. Its institution answers in writing or takes the
 * course down (M22), each confirmed; regulators read the same.
 */
export function CourseFeedbackDrawer({ course, canAct, onClose }: { course: SatisfactionRow | null; canAct: boolean; onClose: () => void }) {
  const paging = useServerPage(5);
  const feedback = useCourseFeedback(course?.courseId ?? null, paging.request);
  const answer = useAnswerSatisfaction();
  const takeDown = useTakeDownCourse();
  const [action, setAction] = useState<Action | null>(null);
  const { message } = App.useApp();

  const submit = (text: string) => {
    if (!course || !action) return;
    const done = () => {
      setAction(null);
      void message.success(action === 'answer' ? t.answered : t.takenDown);
    };
    const fail = (e: unknown) => void message.error(errorMessage(e));
    if (action === 'answer') answer.mutate({ courseId: course.courseId, text }, { onSuccess: done, onError: fail });
    else takeDown.mutate({ courseId: course.courseId, reason: text }, { onSuccess: done, onError: fail });
  };

  const data = feedback.data;
  const threshold = data?.threshold.threshold ?? 0;
  const published = course?.status === 'published';

  return (
    <Drawer
      title={course ? t.drawerTitle(course.title) : ''}
      open={course !== null}
      onClose={onClose}
      width={720}
      destroyOnHidden
      extra={
        canAct && published ? (
          <Space>
            <Button onClick={() => setAction('answer')}>{t.answer}</Button>
            <Button danger onClick={() => setAction('take_down')}>
              {t.takeDown}
            </Button>
          </Space>
        ) : null
      }
    >
      {feedback.isPending ? (
        <PageSkeleton rows={4} cards={1} />
      ) : feedback.isError ? (
        <PageError error={feedback.error} onRetry={() => void feedback.refetch()} />
      ) : data ? (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {data.summary.flagged && published ? <Alert type="error" showIcon message={t.flaggedAlert} /> : null}
          <Descriptions
            bordered
            size="small"
            column={4}
            items={[
              { key: 'content', label: t.content, children: <Score value={data.summary.content} threshold={threshold} /> },
              { key: 'course', label: t.course, children: <Score value={data.summary.course} threshold={threshold} /> },
              { key: 'teacher', label: t.teacher, children: <Score value={data.summary.teacher} threshold={threshold} /> },
              { key: 'count', label: t.count, children: data.summary.count },
            ]}
          />
          <Typography.Text type="secondary">{t.ruleLine(data.threshold.minRatings, data.threshold.threshold)}</Typography.Text>
          <div>
            <h4 className="xk-subheading">{t.comments}</h4>
            <List
              size="small"
              bordered
              dataSource={data.comments}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noComments} /> }}
              pagination={
                data.commentsTotal > paging.request.pageSize
                  ? { current: paging.request.page, pageSize: paging.request.pageSize, total: data.commentsTotal, size: 'small', showTotal: t.commentsTotal, onChange: paging.setPage }
                  : false
              }
              renderItem={(c) => (
                <List.Item extra={<span className="xk-muted">{formatDateTime(c.at)}</span>}>
                  <Space direction="vertical" size={2}>
                    <span className="xk-prewrap">{c.text}</span>
                    <span className="xk-muted">
                      {t.course}：{t.score(c.courseScore)}
                    </span>
                  </Space>
                </List.Item>
              )}
            />
          </div>
          <div>
            <h4 className="xk-subheading">{t.responses}</h4>
            <List
              size="small"
              bordered
              dataSource={data.responses}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noResponses} /> }}
              renderItem={(r) => (
                <List.Item extra={<span className="xk-muted">{formatDateTime(r.at)}</span>}>
                  <Space>
                    <Tag color={r.action === 'take_down' ? 'warning' : 'blue'}>{t.responseNames[r.action] ?? r.action}</Tag>
                    <span className="xk-prewrap">{r.text}</span>
                  </Space>
                </List.Item>
              )}
            />
          </div>
        </Space>
      ) : null}
      <ReasonModal
        request={
          action === 'answer'
            ? { title: t.answerTitle, effect: t.flaggedAlert, label: t.answerLabel, placeholder: t.answerPlaceholder, requiredMessage: t.answerRequired, okText: t.answerOk }
            : action === 'take_down'
              ? { title: t.takeDownTitle, effect: t.takeDownEffect, label: t.takeDownReason, placeholder: t.takeDownPlaceholder, requiredMessage: t.takeDownRequired, okText: t.takeDownOk }
              : null
        }
        onCancel={() => setAction(null)}
        onSubmit={submit}
        submitting={answer.isPending || takeDown.isPending}
      />
    </Drawer>
  );
}
