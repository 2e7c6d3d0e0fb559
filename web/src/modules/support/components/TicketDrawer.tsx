import { App, Button, Descriptions, Drawer, Form, Input, Space, Spin, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../ui/format';
import { errorMessage, PageError } from '../../../ui/PageError';
import { ReasonModal } from '../../../ui/ReasonModal';
import { StatusTag } from '../../../ui/StatusTag';
import { useClaim, useReply, useResolve, useTicket } from '../queries';
import { categoryNames, queueTexts, requesterNames, statusLooks, supportTexts as t } from '../texts';
import { AttachmentField, attachmentRule, filesToAttachments } from './AttachmentField';
import { SlaClocks } from './SlaClocks';
import { TicketThread } from './TicketThread';

/** One ticket: its clocks, the conversation and the reply box; agents can also claim and resolve. */
export function TicketDrawer({ id, agent, onClose }: { id: string | null; agent: boolean; onClose: () => void }) {
  const ticket = useTicket(id);
  const reply = useReply();
  const claim = useClaim();
  const resolve = useResolve();
  const [resolving, setResolving] = useState(false);
  const [form] = Form.useForm<{ body: string; files?: UploadFile[] }>();
  const { message } = App.useApp();
  const data = ticket.data;

  const send = async ({ body, files }: { body: string; files?: UploadFile[] }) => {
    if (!data) return;
    try {
      await reply.mutateAsync({ id: data.id, body, attachments: await filesToAttachments(files) });
      form.resetFields();
      void message.success(t.sent);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Drawer open={id !== null} onClose={onClose} width={720} title={data ? `${t.number} ${data.number}：${data.subject}` : queueTexts.detail} destroyOnHidden>
      {ticket.isError ? (
        <PageError error={ticket.error} onRetry={() => void ticket.refetch()} />
      ) : !data ? (
        <Spin />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t.status}>
              <StatusTag look={statusLooks[data.status]} />
            </Descriptions.Item>
            <Descriptions.Item label={t.category}>{categoryNames[data.category]}</Descriptions.Item>
            <Descriptions.Item label={t.requester}>
              {data.requesterName}（{requesterNames[data.requesterKind]}）
            </Descriptions.Item>
            <Descriptions.Item label={t.openedAt}>{formatDateTime(data.openedAt)}</Descriptions.Item>
            <Descriptions.Item label={t.assignee}>{data.assigneeName ?? '—'}</Descriptions.Item>
          </Descriptions>
          <SlaClocks ticket={data} />
          <TicketThread ticket={data} />
          {data.status === 'resolved' ? (
            <Typography.Text type="secondary">{t.resolvedNote}</Typography.Text>
          ) : (
            <Form form={form} layout="vertical" onFinish={(v) => void send(v)}>
              <Form.Item name="body" label={t.reply} rules={[{ required: true, max: 5000 }]}>
                <Input.TextArea rows={4} maxLength={5000} placeholder={t.replyPlaceholder} />
              </Form.Item>
              <Form.Item name="files" valuePropName="value" rules={[attachmentRule]}>
                <AttachmentField />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={reply.isPending}>
                  {t.send}
                </Button>
                {agent ? (
                  <>
                    <Button onClick={() => claim.mutate(data.id, { onSuccess: () => void message.success(t.claimed), onError: (e) => void message.error(errorMessage(e)) })} loading={claim.isPending}>
                      {t.claim}
                    </Button>
                    <Button danger onClick={() => setResolving(true)}>
                      {t.resolve}
                    </Button>
                  </>
                ) : null}
              </Space>
            </Form>
          )}
        </Space>
      )}
      <ReasonModal
        request={resolving ? { title: t.resolveTitle, effect: t.resolveEffect, label: t.resolveLabel, placeholder: t.resolvePlaceholder, requiredMessage: t.resolveRequired, okText: t.resolve } : null}
        onCancel={() => setResolving(false)}
        onSubmit={(body) =>
          data &&
          resolve.mutate(
            { id: data.id, body },
            {
              onSuccess: () => {
                setResolving(false);
                void message.success(t.resolved);
              },
              onError: (e) => void message.error(errorMessage(e)),
            },
          )
        }
        submitting={resolve.isPending}
      />
    </Drawer>
  );
}
