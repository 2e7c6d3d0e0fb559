import { Button, Form, Input, Selector, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { attachmentProblem, toAttachment } from '../attachments';
import { MobilePhotoPicker } from '../components/MobilePhotoPicker';
import { categoryOptions } from '../components/TicketForm';
import { useOpenTicket } from '../queries';
import { mobileSupportTexts as m, supportTexts as t } from '../texts';
import type { TicketCategory } from '../types';

/** One screen, one task: pick what it is about, say what happened, add a screenshot if there is one. */
export function MobileNewTicketPage() {
  const navigate = useNavigate();
  const open = useOpenTicket();
  const [files, setFiles] = useState<File[]>([]);

  const submit = async (v: { category: TicketCategory[]; subject: string; body: string }) => {
    try {
      const ticket = await open.mutateAsync({ category: v.category[0]!, subject: v.subject, body: v.body, attachments: await Promise.all(files.map(toAttachment)) });
      Toast.show({ icon: 'success', content: t.submitted });
      navigate(`/m/support/${ticket.id}`, { replace: true });
    } catch (error) {
      Toast.show({ icon: 'fail', content: errorMessage(error) });
    }
  };

  return (
    <MobilePage title={m.newTitle} onBack={() => navigate('/m/support')}>
      <Form
        layout="vertical"
        onFinish={(v) => void submit(v)}
        footer={
          <Button block type="submit" color="primary" size="large" loading={open.isPending} disabled={attachmentProblem(files) !== null}>
            {t.submit}
          </Button>
        }
      >
        <Form.Item name="category" label={t.category} rules={[{ required: true, message: m.chooseCategory }]}>
          <Selector columns={2} options={categoryOptions} />
        </Form.Item>
        <Form.Item name="subject" label={t.subject} rules={[{ required: true, min: 2, message: t.subject }]}>
          <Input maxLength={100} clearable />
        </Form.Item>
        <Form.Item name="body" label={t.body} rules={[{ required: true, message: t.body }]}>
          <TextArea rows={5} maxLength={5000} showCount placeholder={t.bodyPlaceholder} />
        </Form.Item>
      </Form>
      <MobilePhotoPicker files={files} onChange={setFiles} />
    </MobilePage>
  );
}
