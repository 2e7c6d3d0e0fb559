import { App, Form, Input, Modal, Select } from 'antd';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../ui/PageError';
import { useOpenCase } from '../queries';
import { signalTexts as t } from '../texts';

export interface CaseSource {
  signalId?: string;
  findingId?: number;
  title: string;
  institutions: { id: string; name: string }[];
}

/** 立案 from a signal or an inspection finding (N3.1); opens the new case. */
export function OpenCaseModal({ source, onClose }: { source: CaseSource | null; onClose: () => void }) {
  const [form] = Form.useForm<{ title: string; description: string; institutionId?: string }>();
  const open = useOpenCase();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const submit = async () => {
    if (!source) return;
    const values = await form.validateFields();
    try {
      const { caseId } = await open.mutateAsync({
        ...(source.signalId ? { signalId: source.signalId } : {}),
        ...(source.findingId ? { findingId: source.findingId } : {}),
        ...(values.institutionId ? { institutionId: values.institutionId } : {}),
        title: values.title,
        description: values.description ?? '',
      });
      message.success(t.opened);
      onClose();
      void navigate(`/enforcement/cases/${caseId}`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal title={t.openCase} open={source !== null} onCancel={onClose} onOk={() => void submit()} okText={t.openCase} confirmLoading={open.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ title: source?.title, institutionId: source?.institutions.length === 1 ? source.institutions[0]!.id : undefined }}>
        <Form.Item name="title" label={t.caseTitle} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={200} />
        </Form.Item>
        {source && source.institutions.length > 1 ? (
          <Form.Item name="institutionId" label={t.caseInstitution} rules={[{ required: true }]}>
            <Select options={source.institutions.map((i) => ({ value: i.id, label: i.name }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="description" label={t.caseDescription}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
