import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { applyFieldErrors } from '../../../ui/form-errors';
import { errorMessage } from '../../../ui/PageError';
import { useRequestCorrection } from '../queries';
import { correctionSeconds, MAX_CORRECTION_MINUTES, minutesInStudyHours, type CorrectionDirection } from '../study-hours';
import { correctionTargetNames, correctionTexts as t } from '../texts';
import type { ClassDetail, CorrectionTarget } from '../types';

interface CorrectionForm {
  learnerId: string;
  target: CorrectionTarget;
  direction: CorrectionDirection;
  minutes: number;
  reason: string;
}

const FIELD_OF_CODE = { CLASSROOM_LEARNER_NOT_ENROLLED: ['learnerId'] };

/**
 * 申请更正 (M16): hours are never edited; the institution asks for a new,
 * justified entry, in minutes shown as 学时, that the region's regulator must
 * approve. `learnerId` is the learner it was opened for (undefined: closed).
 */
export function CorrectionModal({ cls, learnerId, onClose }: { cls: ClassDetail; learnerId: string | null | undefined; onClose: () => void }) {
  const [form] = Form.useForm<CorrectionForm>();
  const request = useRequestCorrection(cls.id);
  const { message } = App.useApp();
  const minutes = Form.useWatch('minutes', form);

  const send = (values: CorrectionForm) =>
    request
      .mutateAsync({ learnerId: values.learnerId, target: values.target, seconds: correctionSeconds(values.direction, values.minutes), reason: values.reason.trim() })
      .then(() => {
        void message.success(t.requested);
        onClose();
      })
      .catch((error: unknown) => {
        if (!applyFieldErrors(form, error, FIELD_OF_CODE)) void message.error(errorMessage(error));
      });

  return (
    <Modal
      title={t.modalTitle}
      open={learnerId !== undefined}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.submit}
      confirmLoading={request.isPending}
      width={600}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={t.modalHint} style={{ marginBottom: 16 }} />
      <Form<CorrectionForm> form={form} layout="vertical" preserve={false} onFinish={send} initialValues={{ learnerId: learnerId ?? undefined, target: 'offline', direction: 'add' }}>
        <Form.Item name="learnerId" label={t.learner} rules={[{ required: true, message: t.learnerRequired }]}>
          <Select showSearch optionFilterProp="label" options={cls.enrolments.map((e) => ({ value: e.learnerId, label: `${e.name}（${e.idNumberMasked}）` }))} />
        </Form.Item>
        <Form.Item name="target" label={t.target}>
          <Radio.Group optionType="button" buttonStyle="solid" options={(['offline', 'online'] as const).map((v) => ({ value: v, label: correctionTargetNames[v] }))} />
        </Form.Item>
        <Form.Item name="direction" label={t.direction}>
          <Radio.Group
            options={[
              { value: 'add', label: t.add },
              { value: 'deduct', label: t.deduct },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="minutes"
          label={t.minutes}
          extra={minutes ? t.inHours(minutesInStudyHours(minutes)) : undefined}
          rules={[{ required: true, type: 'integer', min: 1, max: MAX_CORRECTION_MINUTES, message: t.minutesRequired }]}
        >
          <InputNumber min={1} max={MAX_CORRECTION_MINUTES} precision={0} style={{ width: 220 }} addonAfter="分钟" />
        </Form.Item>
        <Form.Item name="reason" label={t.reason} rules={[{ required: true, whitespace: true, min: 5, message: t.reasonRequired }]}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={t.reasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
