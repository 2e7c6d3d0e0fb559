import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage } from '../../../ui/PageError';
import { filesToAttachments } from '../components/AttachmentField';
import { SlaClocks } from '../components/SlaClocks';
import { TicketFields, type TicketFormValues } from '../components/TicketForm';
import { TicketThread } from '../components/TicketThread';
import { useCaptcha, useOpenPublicTicket, usePublicFollowUp, usePublicLookup } from '../queries';
import { publicSupportTexts as t, statusLooks, supportTexts as s } from '../texts';
import type { PublicOpened } from '../types';

interface PublicForm extends TicketFormValues {
  name: string;
  captchaAnswer: string;
}

/** A captcha drawn by this server (no third-party service); a wrong answer uses it up, so get a new one. */
function CaptchaField() {
  const captcha = useCaptcha();
  const queryClient = useQueryClient();
  return (
    <Form.Item label={t.captcha} required>
      <Space align="center">
        <Form.Item name="captchaAnswer" noStyle rules={[{ required: true, message: t.captchaPlaceholder }]}>
          <Input placeholder={t.captchaPlaceholder} maxLength={10} autoComplete="off" style={{ width: 160 }} />
        </Form.Item>
        {captcha.data ? <span className="xk-captcha" role="img" aria-label={t.captcha} dangerouslySetInnerHTML={{ __html: captcha.data.svg }} /> : null}
        <Button icon={<ReloadOutlined />} onClick={() => void queryClient.resetQueries({ queryKey: ['support', 'captcha'] })}>
          {t.refreshCaptcha}
        </Button>
      </Space>
    </Form.Item>
  );
}

function LookupCard({ initial }: { initial: PublicOpened | null }) {
  const lookup = usePublicLookup();
  const follow = usePublicFollowUp();
  const [form] = Form.useForm<{ number: number; accessKey: string }>();
  const [note, setNote] = useState('');
  const { message } = App.useApp();
  const ticket = follow.data ?? lookup.data;
  return (
    <Card title={t.lookupTitle} style={{ marginTop: 16 }}>
      <Form form={form} layout="inline" initialValues={initial ?? undefined} onFinish={(v) => lookup.mutate(v)}>
        <Form.Item name="number" label={s.number} rules={[{ required: true }]}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="accessKey" label={t.accessKey} rules={[{ required: true, min: 10 }]}>
          <Input.Password style={{ width: 260 }} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={lookup.isPending}>
          {t.lookup}
        </Button>
      </Form>
      {lookup.isError ? <Alert type="error" showIcon message={errorMessage(lookup.error)} style={{ marginTop: 12 }} /> : null}
      {ticket ? (
        <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
          <Typography.Title level={5}>
            {ticket.subject}（{statusLooks[ticket.status].label}）
          </Typography.Title>
          <SlaClocks ticket={ticket} />
          <TicketThread ticket={ticket} publicView />
          {ticket.status !== 'resolved' ? (
            <Space.Compact style={{ width: '100%' }}>
              <Input value={note} onChange={(e) => setNote(e.target.value)} placeholder={t.followUp} maxLength={5000} />
              <Button
                disabled={!note.trim()}
                loading={follow.isPending}
                onClick={() =>
                  follow.mutate(
                    { ...form.getFieldsValue(), body: note },
                    { onSuccess: () => setNote(''), onError: (e) => void message.error(errorMessage(e)) },
                  )
                }
              >
                {s.send}
              </Button>
            </Space.Compact>
          ) : null}
        </Space>
      ) : null}
    </Card>
  );
}

/** 在线客服 for the public (M10): a form with a self-hosted captcha, no contact details; answers by number and key. */
export function PublicSupportPage() {
  const open = useOpenPublicTicket();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PublicForm>();
  const [opened, setOpened] = useState<PublicOpened | null>(null);
  const { message } = App.useApp();

  const submit = async ({ files, captchaAnswer, name, ...values }: PublicForm) => {
    const captchaId = queryClient.getQueryData<{ captchaId: string }>(['support', 'captcha'])?.captchaId;
    if (!captchaId) return;
    try {
      setOpened(await open.mutateAsync({ ...values, name, captchaId, captchaAnswer, attachments: await filesToAttachments(files) }));
      form.resetFields();
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      // Each challenge is good for one attempt.
      form.setFieldValue('captchaAnswer', '');
      void queryClient.resetQueries({ queryKey: ['support', 'captcha'] });
    }
  };

  return (
    <PageContainer title={t.title} description={t.intro}>
      <Alert type="info" showIcon message={s.slaRule} style={{ marginBottom: 16 }} />
      {opened ? (
        <Card>
          <Result
            status="success"
            title={t.doneTitle}
            subTitle={t.doneBody}
            extra={
              <Button onClick={() => setOpened(null)} type="primary">
                {t.again}
              </Button>
            }
          >
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label={s.number}>
                <Typography.Text copyable strong>
                  {String(opened.number)}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t.accessKey}>
                <Typography.Text copyable strong code>
                  {opened.accessKey}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </Result>
        </Card>
      ) : (
        <Card>
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 640 }}>
            <Form.Item name="name" label={t.name} rules={[{ required: true, max: 50 }]}>
              <Input placeholder={t.namePlaceholder} maxLength={50} />
            </Form.Item>
            <TicketFields />
            <CaptchaField />
            <Button type="primary" htmlType="submit" size="large" loading={open.isPending}>
              {s.submit}
            </Button>
          </Form>
        </Card>
      )}
      <LookupCard key={opened?.number ?? 0} initial={opened} />
    </PageContainer>
  );
}
