import { Alert, App, Button, Drawer, Form, Input } from 'antd';
import { applyFieldErrors } from '../../../ui/form-errors';
import { errorMessage } from '../../../ui/PageError';
import { uiTexts } from '../../../ui/texts';
import { CategorySelect } from '../../categories';
import { CitySelect } from '../../regions';
import { useReportTeacher } from '../queries';
import { teacherTexts as t } from '../texts';
import type { Registration, TeacherBody } from '../types';

const ID_NUMBER_SHAPE = /^\d{17}[\dXx]$/;

/** N1.3: reports a teacher to a city where the institution is registered; only approved teachers teach. */
export function TeacherDrawer({ open, onClose, registrations }: { open: boolean; onClose: () => void; registrations: Registration[] }) {
  const [form] = Form.useForm<TeacherBody>();
  const report = useReportTeacher();
  const { message } = App.useApp();
  const cityCode = Form.useWatch('cityCode', form);
  const cityScope = registrations.find((r) => r.cityCode === cityCode)?.categories;

  const send = (values: TeacherBody) =>
    report
      .mutateAsync({ ...values, idNumber: values.idNumber.toUpperCase() })
      .then(() => {
        void message.success(t.reported);
        form.resetFields();
        onClose();
      })
      .catch((error: unknown) => {
        if (!applyFieldErrors(form, error, { ID_NUMBER_INVALID: ['idNumber'], TEACHER_EXISTS: ['idNumber'], CATEGORY_UNKNOWN: ['categories'] })) void message.error(errorMessage(error));
      });

  return (
    <Drawer
      title={t.drawerTitle}
      open={open}
      onClose={onClose}
      width={560}
      destroyOnHidden
      footer={
        <div className="xk-drawer-footer">
          <Button onClick={onClose}>{uiTexts.cancel}</Button>
          <Button type="primary" loading={report.isPending} onClick={() => form.submit()}>
            {t.submit}
          </Button>
        </div>
      }
    >
      <Alert type="info" showIcon message={t.drawerHint} style={{ marginBottom: 20 }} />
      <Form<TeacherBody> form={form} layout="vertical" onFinish={send}>
        <Form.Item name="cityCode" label={t.city} rules={[{ required: true, message: t.cityRequired }]}>
          <CitySelect only={registrations.map((r) => r.cityCode)} onChange={() => form.setFieldValue('categories', [])} />
        </Form.Item>
        <Form.Item name="name" label={t.name} rules={[{ required: true, whitespace: true, message: t.nameRequired }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t.idNumber}
          normalize={(v: string) => v?.trim().toUpperCase()}
          rules={[
            { required: true, message: t.idNumberRequired },
            { pattern: ID_NUMBER_SHAPE, message: t.idNumberFormat },
          ]}
        >
          <Input maxLength={18} placeholder={t.idNumberPlaceholder} className="xk-mono" autoComplete="off" />
        </Form.Item>
        <Form.Item name="qualifications" label={t.qualifications} rules={[{ required: true, whitespace: true, min: 2, message: t.qualificationsRequired }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t.qualificationsPlaceholder} />
        </Form.Item>
        <Form.Item name="categories" label={t.categories} rules={[{ required: true, type: 'array', min: 1, message: t.categoriesRequired }]}>
          <CategorySelect only={cityScope} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
