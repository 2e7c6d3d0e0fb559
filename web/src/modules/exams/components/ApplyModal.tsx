import { Alert, App, Form, Modal, Select } from 'antd';
import { errorMessage } from '../../../ui/PageError';
import { CitySelect } from '../../regions';
import { useClassLearners, useOwnClasses, useSubmitApplication } from '../queries';
import { applicationTexts as t } from '../texts';

interface ApplyForm {
  classId: string;
  learnerId: string;
  cityCode: string;
  householdCityCode: string;
  workCityCode?: string;
  residenceCityCode?: string;
}

/** An institution submits a learner of one of its classes for that class's subject (N2.6 place declared here). */
export function ApplyModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ApplyForm>();
  const classes = useOwnClasses(true);
  const classId = Form.useWatch('classId', form);
  const detail = useClassLearners(classId);
  const submit = useSubmitApplication();
  const { message } = App.useApp();
  const chosen = classes.data?.items.find((c) => c.id === classId);
  const onFinish = (v: ApplyForm) =>
    submit
      .mutateAsync({ learnerId: v.learnerId, categoryId: chosen!.categoryId, cityCode: v.cityCode, householdCityCode: v.householdCityCode, workCityCode: v.workCityCode ?? null, residenceCityCode: v.residenceCityCode ?? null })
      .then(() => {
        void message.success(t.submitted);
        onClose();
      })
      .catch((error: unknown) => void message.error(errorMessage(error)));
  return (
    <Modal title={t.submitTitle} open onCancel={onClose} onOk={() => form.submit()} confirmLoading={submit.isPending} destroyOnHidden width={560}>
      <Alert type="info" showIcon message={t.placeHint} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={onFinish} onValuesChange={(changed: Partial<ApplyForm>) => changed.classId && form.setFieldsValue({ learnerId: undefined, cityCode: classes.data?.items.find((c) => c.id === changed.classId)?.cityCode })}>
        <Form.Item name="classId" label={t.class} rules={[{ required: true, message: '请选择培训班' }]}>
          <Select loading={classes.isPending} options={(classes.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="learnerId" label={t.learner} rules={[{ required: true, message: '请选择学员' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={detail.isFetching}
            options={(detail.data?.enrolments ?? []).map((e) => ({ value: e.learnerId, label: `${e.name}（${e.idNumberMasked}）` }))}
          />
        </Form.Item>
        <Form.Item name="cityCode" label={t.city} rules={[{ required: true, message: '请选择报考城市' }]}>
          <CitySelect />
        </Form.Item>
        <Form.Item name="householdCityCode" label={t.householdCity} rules={[{ required: true, message: '请选择户籍所在地' }]}>
          <CitySelect />
        </Form.Item>
        <Form.Item name="workCityCode" label={t.workCity}>
          <CitySelect allowClear />
        </Form.Item>
        <Form.Item name="residenceCityCode" label={t.residenceCity}>
          <CitySelect allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
