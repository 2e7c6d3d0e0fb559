import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Space } from 'antd';
import { errorMessage } from '../../../ui/PageError';
import { useSaveChecklist } from '../queries';
import { sessionTexts as t } from '../texts';
import type { Checklist } from '../types';

const CHECKS = Object.keys(t.checks) as (keyof typeof t.checks)[];
const EMPTY: Checklist = { network: false, server: false, monitoring: false, computers: false, recorder: false, devices: [], notes: '' };

/** The site's readiness checklist (N2.4): five checks and the exam devices with their IP addresses. */
export function ChecklistForm({ sessionId, value, disabled }: { sessionId: string; value: Checklist | null; disabled: boolean }) {
  const [form] = Form.useForm<Checklist>();
  const save = useSaveChecklist(sessionId);
  const { message } = App.useApp();
  const submit = (v: Checklist) =>
    save
      .mutateAsync({ ...EMPTY, ...v, devices: v.devices ?? [], notes: v.notes ?? '' })
      .then((r) => void message.success(r.complete ? t.saved : `${t.saved}（${t.readinessStates.incomplete}）`))
      .catch((error: unknown) => void message.error(errorMessage(error)));
  return (
    <Form form={form} layout="vertical" initialValues={value ?? EMPTY} onFinish={submit} disabled={disabled}>
      <Space wrap size={[24, 8]}>
        {CHECKS.map((c) => (
          <Form.Item key={c} name={c} valuePropName="checked" noStyle>
            <Checkbox>{t.checks[c]}</Checkbox>
          </Form.Item>
        ))}
      </Space>
      <Form.Item label={t.devices} style={{ marginTop: 16 }}>
        <Form.List name="devices">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: t.deviceName }]}>
                    <Input placeholder={t.deviceName} aria-label={t.deviceName} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'ip']} rules={[{ required: true, pattern: /^[0-9a-fA-F.:]{3,45}$/, message: t.deviceIp }]}>
                    <Input placeholder={t.deviceIp} aria-label={t.deviceIp} className="xk-mono" />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ name: '', ip: '' })} icon={<PlusOutlined />}>
                {t.addDevice}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="notes" label={t.notes}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t.save}
      </Button>
    </Form>
  );
}
