import { App, Checkbox, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../../ui/PageError';
import { useAddMeasure } from '../queries';
import { caseTexts as t, measureConsequences, measureNames, referralNames } from '../texts';
import type { MeasureKind, ReferralCategory } from '../types';

interface MeasureForm {
  kind: MeasureKind;
  decision: string;
  deadline?: Dayjs;
  until?: Dayjs;
  referralCategory?: ReferralCategory;
  referralTo?: string;
  published: boolean;
}

/** 采取措施 (M30, N3.1): every sanction asks for confirmation and says what it will do. */
export function MeasureModal({ caseId, institutionName, suspended, open, onClose }: { caseId: string; institutionName: string; suspended: boolean; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<MeasureForm>();
  const add = useAddMeasure(caseId);
  const { message, modal } = App.useApp();
  const kind = Form.useWatch('kind', form);
  const kinds = (Object.keys(measureNames) as MeasureKind[]).filter((k) => (k === 'lift_suspension' ? suspended : true));

  const submit = async () => {
    const v = await form.validateFields();
    modal.confirm({
      title: t.confirmTitle(measureNames[v.kind]),
      content: (
        <Typography.Paragraph>
          {institutionName}：{measureConsequences[v.kind]}
          {v.published ? ' 本措施将在“处罚公示”中向社会公布。' : ''}
        </Typography.Paragraph>
      ),
      okText: '确认',
      okButtonProps: { danger: v.kind !== 'lift_suspension' && v.kind !== 'rectification' },
      onOk: async () => {
        try {
          await add.mutateAsync({
            kind: v.kind,
            decision: v.decision,
            deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
            until: v.until ? v.until.format('YYYY-MM-DD') : null,
            referralCategory: v.referralCategory ?? null,
            referralTo: v.referralTo ?? null,
            published: v.kind === 'lift_suspension' ? false : v.published,
          });
          form.resetFields();
          onClose();
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });
  };

  return (
    <Modal title={t.addMeasure} open={open} onCancel={onClose} onOk={() => void submit()} okText={t.addMeasure} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ kind: 'rectification', published: false }}>
        <Form.Item name="kind" label={t.kind} rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: measureNames[k] }))} />
        </Form.Item>
        <Form.Item name="decision" label={t.decision} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {kind === 'rectification' ? (
          <Form.Item name="deadline" label={t.deadline} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        ) : null}
        {kind === 'suspension' ? (
          <Form.Item name="until" label={t.until} extra={t.untilHint}>
            <DatePicker />
          </Form.Item>
        ) : null}
        {kind === 'referral' ? (
          <>
            <Form.Item name="referralCategory" label={t.referralCategory} rules={[{ required: true }]}>
              <Select options={Object.entries(referralNames).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item name="referralTo" label={t.referralTo} rules={[{ required: true }]}>
              <Input maxLength={200} />
            </Form.Item>
          </>
        ) : null}
        {kind !== 'lift_suspension' ? (
          <Form.Item name="published" valuePropName="checked">
            <Checkbox>{t.published}</Checkbox>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
