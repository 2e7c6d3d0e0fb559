import { Alert, App, Button, Drawer, Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router';
import { applyFieldErrors } from '../../../ui/form-errors';
import { errorMessage } from '../../../ui/PageError';
import { uiTexts } from '../../../ui/texts';
import { CategorySelect } from '../../categories';
import { useTeachers } from '../../institutions';
import { useCreateCourse } from '../queries';
import { courseTexts as t } from '../texts';
import type { CreateCourseBody } from '../types';

/** A new draft course: title, syllabus categories and topics (M14, M18), and an approved teacher (N1.3). */
export function CreateCourseDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CreateCourseBody>();
  const create = useCreateCourse();
  const teachers = useTeachers('approved');
  const navigate = useNavigate();
  const { message } = App.useApp();

  const send = (values: CreateCourseBody) =>
    create
      .mutateAsync({ ...values, syllabusTopics: values.syllabusTopics.map((s) => s.trim()).filter(Boolean) })
      .then(({ courseId }) => {
        void message.success(t.created);
        form.resetFields();
        onClose();
        navigate(`/courses/${courseId}`);
      })
      .catch((error: unknown) => {
        if (!applyFieldErrors(form, error, { TEACHER_NOT_APPROVED: ['teacherId'] })) void message.error(errorMessage(error));
      });

  return (
    <Drawer
      title={t.drawerTitle}
      open={open}
      onClose={onClose}
      width={600}
      destroyOnHidden
      footer={
        <div className="xk-drawer-footer">
          <Button onClick={onClose}>{uiTexts.cancel}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t.submitCreate}
          </Button>
        </div>
      }
    >
      <Alert type="info" showIcon message={t.drawerHint} style={{ marginBottom: 20 }} />
      <Form<CreateCourseBody> form={form} layout="vertical" onFinish={send}>
        <Form.Item name="title" label={t.titleLabel} rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t.titleRequired }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t.descriptionLabel} rules={[{ required: true, whitespace: true, message: t.descriptionRequired }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t.descriptionPlaceholder} />
        </Form.Item>
        <Form.Item name="categoryIds" label={t.categories} rules={[{ required: true, type: 'array', min: 1, message: t.categoriesRequired }]}>
          <CategorySelect />
        </Form.Item>
        <Form.Item name="syllabusTopics" label={t.topicsLabel} extra={t.topicsHint} rules={[{ required: true, type: 'array', min: 1, message: t.topicsRequired }]}>
          <Select mode="tags" open={false} tokenSeparators={['；', ';']} suffixIcon={null} placeholder={t.topicsHint} />
        </Form.Item>
        <Form.Item name="teacherId" label={t.teacherLabel} extra={teachers.data?.length === 0 ? t.teacherNone : undefined}>
          <Select
            allowClear
            loading={teachers.isPending}
            placeholder={t.teacherPlaceholder}
            options={(teachers.data ?? []).map((teacher) => ({ value: teacher.id, label: `${teacher.name}（${teacher.idNumberMasked}）` }))}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
