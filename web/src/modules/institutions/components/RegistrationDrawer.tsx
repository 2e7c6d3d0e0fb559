import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Drawer, Form, Input, InputNumber, Row } from 'antd';
import { applyFieldErrors } from '../../../ui/form-errors';
import { errorMessage } from '../../../ui/PageError';
import { uiTexts } from '../../../ui/texts';
import { CategorySelect } from '../../categories';
import { CitySelect, useRegions } from '../../regions';
import { useSubmitRegistration } from '../queries';
import { registrationTexts as t } from '../texts';
import type { RegistrationBody } from '../types';

const EMPTY_CLASSROOM = { name: '', address: '', seats: 40 };

/** N1.2: the written report to a city bureau, with scope, classrooms and the offline report's reference. */
export function RegistrationDrawer({ open, onClose, reportedCities }: { open: boolean; onClose: () => void; reportedCities: string[] }) {
  const [form] = Form.useForm<RegistrationBody>();
  const submit = useSubmitRegistration();
  const { message, modal } = App.useApp();
  const { nameOf } = useRegions();

  const send = (values: RegistrationBody) =>
    modal.confirm({
      title: t.confirmReportTitle(nameOf(values.cityCode)),
      content: t.confirmReportBody,
      okText: t.confirmReportOk,
      onOk: () =>
        submit
          .mutateAsync(values)
          .then(() => {
            void message.success(t.reported);
            form.resetFields();
            onClose();
          })
          .catch((error: unknown) => {
            if (!applyFieldErrors(form, error, { REGISTRATION_EXISTS: ['cityCode'], CATEGORY_UNKNOWN: ['categories'] })) void message.error(errorMessage(error));
          }),
    });

  return (
    <Drawer
      title={t.drawerTitle}
      open={open}
      onClose={onClose}
      width={640}
      destroyOnHidden
      footer={
        <div className="xk-drawer-footer">
          <Button onClick={onClose}>{uiTexts.cancel}</Button>
          <Button type="primary" loading={submit.isPending} onClick={() => form.submit()}>
            {t.submitReport}
          </Button>
        </div>
      }
    >
      <Alert type="info" showIcon message={t.drawerHint} style={{ marginBottom: 20 }} />
      <Form<RegistrationBody> form={form} layout="vertical" onFinish={send} initialValues={{ classrooms: [EMPTY_CLASSROOM] }}>
        <Form.Item
          name="cityCode"
          label={t.city}
          rules={[{ required: true, message: t.cityRequired }]}
          extra={reportedCities.length > 0 ? t.cityReported : undefined}
        >
          <CitySelect disabledCodes={reportedCities} />
        </Form.Item>
        <Form.Item name="categories" label={t.categoriesLabel} rules={[{ required: true, type: 'array', min: 1, message: t.categoriesRequired }]}>
          <CategorySelect />
        </Form.Item>

        <Form.Item label={t.classrooms} required style={{ marginBottom: 8 }}>
          <Form.List name="classrooms">
            {(fields, { add, remove }) => (
              <div className="xk-classrooms">
                {fields.map((field, index) => (
                  <Row key={field.key} gutter={8} align="top" className="xk-classroom-row">
                    <Col span={7}>
                      <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: t.classroomNameRequired }]}>
                        <Input placeholder={t.classroomName} aria-label={`${t.classroomName} ${index + 1}`} maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col span={11}>
                      <Form.Item name={[field.name, 'address']} rules={[{ required: true, whitespace: true, message: t.classroomAddressRequired }]}>
                        <Input placeholder={t.classroomAddress} aria-label={`${t.classroomAddress} ${index + 1}`} maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[field.name, 'seats']} rules={[{ required: true, message: t.seatsRequired }]}>
                        <InputNumber min={1} max={2000} precision={0} placeholder={t.seats} aria-label={`${t.seats} ${index + 1}`} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={2}>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t.removeClassroom} disabled={fields.length === 1} onClick={() => remove(field.name)} />
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(EMPTY_CLASSROOM)} disabled={fields.length >= 50}>
                  {t.addClassroom}
                </Button>
              </div>
            )}
          </Form.List>
        </Form.Item>

        <Form.Item name="offlineReport" label={t.offlineReport} rules={[{ required: true, whitespace: true, min: 4, message: t.offlineReportRequired }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t.offlineReportPlaceholder} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
