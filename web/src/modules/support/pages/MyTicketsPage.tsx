import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Modal } from 'antd';
import { useState } from 'react';
import { FilterBar } from '../../../ui/FilterBar';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage } from '../../../ui/PageError';
import { filesToAttachments } from '../components/AttachmentField';
import { TicketDrawer } from '../components/TicketDrawer';
import { TicketFields, type TicketFormValues } from '../components/TicketForm';
import { TicketTable } from '../components/TicketTable';
import { useMyTickets, useOpenTicket } from '../queries';
import { myTicketsTexts as m, supportTexts as t } from '../texts';

/** 我的工单: institutions, regulators and other staff ask the platform's desk (M10). */
export function MyTicketsPage() {
  const tickets = useMyTickets();
  const open = useOpenTicket();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [form] = Form.useForm<TicketFormValues>();
  const { message } = App.useApp();

  const submit = async ({ files, ...values }: TicketFormValues) => {
    try {
      const ticket = await open.mutateAsync({ ...values, attachments: await filesToAttachments(files) });
      form.resetFields();
      setCreating(false);
      setOpenId(ticket.id);
      void message.success(t.submitted);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <PageContainer title={m.title} description={m.description}>
      <Card>
        <FilterBar
          extra={
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {m.create}
            </Button>
          }
        >
          <span className="xk-muted">{t.slaRule}</span>
        </FilterBar>
        <TicketTable tickets={tickets} onOpen={setOpenId} showRequester={false} empty={{ title: t.noTickets, hint: t.noTicketsHint }} />
      </Card>
      <Modal open={creating} title={m.createTitle} onCancel={() => setCreating(false)} onOk={() => form.submit()} okText={t.submit} confirmLoading={open.isPending} width={640} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <TicketFields />
        </Form>
      </Modal>
      <TicketDrawer id={openId} agent={false} onClose={() => setOpenId(null)} />
    </PageContainer>
  );
}
