import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../ui/PageError';
import { useSubmitCourse } from '../queries';
import { detailTexts as t, qualityLooks } from '../texts';
import type { QualityStatus } from '../types';

interface NotPassed {
  id: string;
  title: string;
  status: QualityStatus;
}

/** The lessons COURSE_MEDIA_NOT_PASSED names in its details, read defensively. */
function notPassedLessons(details: Record<string, unknown> | null): NotPassed[] {
  const lessons = details?.lessons;
  if (!Array.isArray(lessons)) return [];
  return lessons.filter((l): l is NotPassed => typeof l === 'object' && l !== null && typeof (l as NotPassed).title === 'string');
}

/** M17 first responsibility: the institution approves its course and hands it to the platform. */
export function SubmitCourseButton({ courseId }: { courseId: string }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ comment?: string }>();
  const submit = useSubmitCourse(courseId);
  const { message, modal } = App.useApp();

  const send = ({ comment }: { comment?: string }) =>
    submit
      .mutateAsync(comment?.trim() || undefined)
      .then(() => {
        void message.success(t.submitted);
        setOpen(false);
      })
      .catch((error: unknown) => {
        setOpen(false);
        if (isApiError(error, 'COURSE_MEDIA_NOT_PASSED')) {
          modal.error({
            title: t.mediaNotPassedTitle,
            width: 520,
            content: (
              <div className="xk-not-passed">
                <p>{t.mediaNotPassedIntro}</p>
                <ul>
                  {notPassedLessons(error.details).map((lesson) => (
                    <li key={lesson.id}>{t.lessonStatus(lesson.title, qualityLooks[lesson.status]?.label ?? lesson.status)}</li>
                  ))}
                </ul>
              </div>
            ),
          });
        } else void message.error(errorMessage(error));
      });

  return (
    <>
      <Button type="primary" icon={<SendOutlined />} onClick={() => setOpen(true)}>
        {t.submit}
      </Button>
      <Modal title={t.submitTitle} open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t.submitOk} confirmLoading={submit.isPending} destroyOnHidden width={560}>
        <Alert type="warning" showIcon message={t.submitBody} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical" onFinish={send} preserve={false}>
          <Form.Item name="comment" label={t.submitComment}>
            <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t.submitCommentPlaceholder} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
