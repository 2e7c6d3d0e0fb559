import { Alert, App, Button, Col, DatePicker, Drawer, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyFieldErrors } from '../../../ui/form-errors';
import { errorMessage } from '../../../ui/PageError';
import { uiTexts } from '../../../ui/texts';
import type { Teacher } from '../../institutions';
import { absentNames, signInFailureOf, signInRowsOf, signInsToSend, type SignInRow } from '../sign-in';
import { useRecordSession } from '../queries';
import { recordTexts as t, sessionKindNames, sessionTexts } from '../texts';
import type { ClassDetail, RecordSessionBody, SessionKind } from '../types';
import { SignInList } from './SignInList';

interface SessionForm {
  kind: SessionKind;
  courseId?: string;
  teacherId: string;
  topic: string;
  place: string;
  startsAt: Dayjs;
  endsAt: Dayjs;
}

const DATE_TIME = 'YYYY-MM-DD HH:mm';
const FIELD_OF_CODE = { CLASSROOM_TEACHER_NOT_APPROVED: ['teacherId'], CLASSROOM_PERIOD_INVALID: ['endsAt'] };

/** A finished session of the last two hours, as a starting point the institution corrects. */
const defaultPeriod = () => {
  const end = dayjs().startOf('hour');
  return { startsAt: end.subtract(2, 'hour'), endsAt: end };
};

/**
 * 登记面授 (M19, N1.3): kind, approved teacher, topic, place and time of a
 * finished session, and the sign-in list. Asks before sending, since the
 * record is append-only (M16); a face the server refuses is named.
 */
export function RecordSessionDrawer({ cls, teachers, open, onClose }: { cls: ClassDetail; teachers: Teacher[]; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<SessionForm>();
  const record = useRecordSession(cls.id);
  const { modal, message } = App.useApp();
  const [rows, setRows] = useState<SignInRow[]>(() => signInRowsOf(cls.enrolments));
  const [problem, setProblem] = useState<{ learnerId: string | null; text: string } | null>(null);

  const reset = () => {
    form.resetFields();
    setRows(signInRowsOf(cls.enrolments));
    setProblem(null);
  };

  /** A signature taken or redone answers the last refusal: it is cleared until the next submit. */
  const signed = (next: SignInRow[]) => {
    setRows(next);
    setProblem(null);
  };

  const submit = (values: SessionForm) => {
    const signIns = signInsToSend(rows);
    if (signIns.length === 0) {
      setProblem({ learnerId: null, text: t.noSignIn });
      return;
    }
    const absent = absentNames(rows);
    const body: RecordSessionBody = {
      kind: values.kind,
      courseId: values.courseId ?? null,
      teacherId: values.teacherId,
      topic: values.topic.trim(),
      place: values.place.trim(),
      startsAt: values.startsAt.toISOString(),
      endsAt: values.endsAt.toISOString(),
      signIns,
    };
    modal.confirm({
      title: t.confirmTitle,
      content: (
        <>
          <p>{t.confirmSigned(signIns.length)}</p>
          {absent.length > 0 ? <p>{t.confirmAbsent(absent.join('、'))}</p> : null}
          <p>{t.confirmFinal}</p>
        </>
      ),
      okText: t.confirmOk,
      onOk: () =>
        record
          .mutateAsync(body)
          .then((result) => {
            void message.success(t.recorded(result.credited.length));
            reset();
            onClose();
          })
          .catch((error: unknown) => {
            const failure = signInFailureOf(error, rows);
            if (failure) setProblem({ learnerId: failure.learnerId, text: t.signInFailed(failure.name, failure.reason) });
            else if (!applyFieldErrors(form, error, FIELD_OF_CODE)) setProblem({ learnerId: null, text: errorMessage(error) });
          }),
    });
  };

  const endAfterStart = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: async (_: unknown, end: Dayjs | undefined) => {
      const start = getFieldValue('startsAt') as Dayjs | undefined;
      if (start && end && !end.isAfter(start)) throw new Error(t.endAfterStart);
    },
  });

  return (
    <Drawer
      title={t.drawerTitle}
      open={open}
      onClose={onClose}
      width={780}
      afterOpenChange={(opened) => !opened && reset()}
      footer={
        <div className="xk-drawer-footer">
          <Button onClick={onClose}>{uiTexts.cancel}</Button>
          <Button type="primary" loading={record.isPending} onClick={() => form.submit()} disabled={rows.length === 0}>
            {t.submit}
          </Button>
        </div>
      }
    >
      <Alert type="info" showIcon message={t.drawerHint} style={{ marginBottom: 20 }} />
      <Form<SessionForm> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'theory', ...defaultPeriod() }}>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="kind" label={t.kind}>
              <Radio.Group optionType="button" buttonStyle="solid" options={(['theory', 'practical'] as const).map((k) => ({ value: k, label: sessionKindNames[k] }))} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="teacherId" label={t.teacher} rules={[{ required: true, message: t.teacherRequired }]}>
              <Select showSearch optionFilterProp="label" placeholder={t.teacherPlaceholder} options={teachers.map((teacher) => ({ value: teacher.id, label: `${teacher.name}（${teacher.idNumberMasked}）` }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="courseId" label={t.course}>
          <Select allowClear placeholder={t.coursePlaceholder} options={cls.courses.map((c) => ({ value: c.id, label: c.title }))} />
        </Form.Item>
        <Form.Item name="topic" label={t.topic} rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t.topicRequired }]}>
          <Input maxLength={200} placeholder={t.topicPlaceholder} />
        </Form.Item>
        <Form.Item name="place" label={t.place} rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t.placeRequired }]}>
          <Input maxLength={200} placeholder={t.placePlaceholder} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="startsAt" label={t.startsAt} rules={[{ required: true, message: t.timeRequired }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="endsAt" label={t.endsAt} extra={t.periodHint} dependencies={['startsAt']} rules={[{ required: true, message: t.timeRequired }, endAfterStart]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Typography.Title level={5} className="xk-form-section">
        {sessionTexts.signInList}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t.signInHint}</Typography.Paragraph>
      {problem ? <Alert type="error" showIcon message={problem.text} style={{ marginBottom: 12 }} /> : null}
      <SignInList rows={rows} onChange={signed} failedLearnerId={problem?.learnerId ?? null} />
    </Drawer>
  );
}
