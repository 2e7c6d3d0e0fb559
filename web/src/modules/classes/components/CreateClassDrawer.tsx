import { Alert, App, Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { applyFieldErrors } from '../../../ui/form-errors';
import { errorMessage } from '../../../ui/PageError';
import { uiTexts } from '../../../ui/texts';
import { useCourses } from '../../catalogue';
import { useCategories } from '../../categories';
import { useMyInstitution, useTeachers } from '../../institutions';
import { CitySelect } from '../../regions';
import { openableRegistrations } from '../open-rules';
import { PLAN_PROBLEM_FIELDS, planProblems, plannedHoursOf, requiredHoursOf, type PlannedHours } from '../plan-check';
import { useCreateClass } from '../queries';
import { createTexts as t, planProblemTexts, trainingTypeNames } from '../texts';
import type { CreateClassBody, TrainingType } from '../types';
import { RequirementPanel } from './RequirementPanel';

interface ClassForm extends PlannedHours {
  name: string;
  cityCode: string;
  categoryId: string;
  trainingType: TrainingType;
  period: [Dayjs, Dayjs];
  courseIds: string[];
  teacherIds: string[];
}

const HOUR_FIELDS: (keyof PlannedHours)[] = ['onlineTheoryHours', 'offlineTheoryHours', 'practicalHours'];

/** Server refusals beside the field they are about (M13, M19, N1.3). */
const FIELD_OF_CODE = {
  ...Object.fromEntries(Object.entries(PLAN_PROBLEM_FIELDS).map(([code, field]) => [code, [field]])),
  CLASS_PERIOD_INVALID: ['period'],
  CLASS_COURSE_NOT_USABLE: ['courseIds'],
  CLASS_TEACHER_NOT_APPROVED: ['teacherIds'],
  CATEGORY_HOURS_NOT_SET: ['categoryId'],
  INSTITUTION_CATEGORY_NOT_REGISTERED: ['categoryId'],
  INSTITUTION_NOT_REGISTERED_IN_CITY: ['cityCode'],
  INSTITUTION_ONLINE_NOT_PUBLISHED: ['cityCode'],
};

/**
 * 开设培训班 (M23): where the institution may train (M13), a category and type
 * whose required hours and M19 online cap are shown live against the plan,
 * published courses of that category and approved teachers (N1.3).
 */
export function CreateClassDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (classId: string) => void }) {
  const [form] = Form.useForm<ClassForm>();
  const create = useCreateClass();
  const { message } = App.useApp();
  const mine = useMyInstitution();
  const courses = useCourses('published');
  const teachers = useTeachers('approved');
  const { items: categories, nameOf } = useCategories();

  const cityCode = Form.useWatch('cityCode', form);
  const categoryId = Form.useWatch('categoryId', form);
  const trainingType = Form.useWatch('trainingType', form) ?? 'initial';
  const plan = plannedHoursOf({
    onlineTheoryHours: Form.useWatch('onlineTheoryHours', form),
    offlineTheoryHours: Form.useWatch('offlineTheoryHours', form),
    practicalHours: Form.useWatch('practicalHours', form),
  });

  const registrations = openableRegistrations(mine.data?.registrations ?? []);
  const scope = registrations.find((r) => r.cityCode === cityCode)?.categories ?? [];
  const category = categories.find((c) => c.id === categoryId);
  const required = requiredHoursOf(category, trainingType);
  const usableCourses = (courses.data ?? []).filter((c) => categoryId && c.categoryIds.includes(categoryId));

  /** M19 live, as a warning: the server checks against the rule in force on the start date and has the last word. */
  const planRule = (field: keyof PlannedHours): Rule => ({
    warningOnly: true,
    validator: async () => {
      if (!required) return;
      const problem = planProblems(plannedHoursOf(form.getFieldsValue(HOUR_FIELDS)), required).find((p) => PLAN_PROBLEM_FIELDS[p] === field);
      if (problem) throw new Error(planProblemTexts[problem](required));
    },
  });

  const send = (values: ClassForm) => {
    const { period, ...rest } = values;
    const body: CreateClassBody = { ...rest, name: rest.name.trim(), onlinePracticalHours: 0, startsOn: period[0].format('YYYY-MM-DD'), endsOn: period[1].format('YYYY-MM-DD'), teacherIds: rest.teacherIds ?? [] };
    return create
      .mutateAsync(body)
      .then(({ classId }) => {
        void message.success(t.created);
        form.resetFields();
        onClose();
        onCreated(classId);
      })
      .catch((error: unknown) => {
        if (!applyFieldErrors(form, error, FIELD_OF_CODE)) void message.error(errorMessage(error));
      });
  };

  const hourItem = (field: keyof PlannedHours, label: string, extra?: string) => (
    <Form.Item
      name={field}
      label={label}
      extra={extra}
      dependencies={[...HOUR_FIELDS.filter((f) => f !== field), 'categoryId', 'trainingType']}
      rules={[{ required: true, type: 'integer', min: 0, max: 1000, message: t.hoursRequired }, planRule(field)]}
    >
      <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} addonAfter="学时" />
    </Form.Item>
  );

  return (
    <Drawer
      title={t.drawerTitle}
      open={open}
      onClose={onClose}
      width={720}
      destroyOnHidden
      footer={
        <div className="xk-drawer-footer">
          <Button onClick={onClose}>{uiTexts.cancel}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} disabled={registrations.length === 0}>
            {t.submit}
          </Button>
        </div>
      }
    >
      <Alert type={mine.data && registrations.length === 0 ? 'warning' : 'info'} showIcon message={mine.data && registrations.length === 0 ? t.noCity : t.drawerHint} style={{ marginBottom: 20 }} />
      <Form<ClassForm> form={form} layout="vertical" onFinish={send} initialValues={{ trainingType: 'initial', courseIds: [], teacherIds: [] }}>
        <Typography.Title level={5} className="xk-form-section">
          {t.sectionBasics}
        </Typography.Title>
        <Form.Item name="name" label={t.name} rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t.nameRequired }]}>
          <Input maxLength={100} placeholder={t.namePlaceholder} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="cityCode" label={t.city} rules={[{ required: true, message: t.cityRequired }]}>
              <CitySelect only={registrations.map((r) => r.cityCode)} onChange={() => form.setFieldsValue({ categoryId: undefined, courseIds: [] })} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="trainingType" label={t.trainingType}>
              <Radio.Group optionType="button" buttonStyle="solid" options={(['initial', 'refresher'] as const).map((v) => ({ value: v, label: trainingTypeNames[v] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="categoryId" label={t.category} rules={[{ required: true, message: t.categoryRequired }]}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t.categoryPlaceholder}
            disabled={!cityCode}
            options={scope.map((id) => ({ value: id, label: nameOf(id) }))}
            onChange={() => form.setFieldValue('courseIds', [])}
          />
        </Form.Item>
        <Form.Item name="period" label={t.period} rules={[{ required: true, message: t.periodRequired }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>

        <Typography.Title level={5} className="xk-form-section">
          {t.sectionHours}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t.hoursHint}</Typography.Paragraph>
        <RequirementPanel required={required} picked={Boolean(categoryId)} unverified={Boolean(category?.hourRule?.unverified)} plan={plan} />
        <Row gutter={16}>
          <Col span={8}>{hourItem('onlineTheoryHours', t.online)}</Col>
          <Col span={8}>{hourItem('offlineTheoryHours', t.offline)}</Col>
          <Col span={8}>{hourItem('practicalHours', t.practical, t.practicalExtra)}</Col>
        </Row>

        <Typography.Title level={5} className="xk-form-section">
          {t.sectionTeaching}
        </Typography.Title>
        <Form.Item
          name="courseIds"
          label={t.courses}
          extra={categoryId && courses.data && usableCourses.length === 0 ? t.noCourses : undefined}
          rules={[{ required: true, type: 'array', min: 1, message: t.coursesRequired }]}
        >
          <Select mode="multiple" loading={courses.isPending} disabled={!categoryId} placeholder={t.coursesPlaceholder} optionFilterProp="label" options={usableCourses.map((c) => ({ value: c.id, label: c.title }))} />
        </Form.Item>
        <Form.Item name="teacherIds" label={t.teachers} extra={teachers.data?.length === 0 ? t.noTeachers : undefined}>
          <Select
            mode="multiple"
            loading={teachers.isPending}
            placeholder={t.teachersPlaceholder}
            optionFilterProp="label"
            options={(teachers.data ?? []).map((teacher) => ({ value: teacher.id, label: `${teacher.name}（${teacher.idNumberMasked}）` }))}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
