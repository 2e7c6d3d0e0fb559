import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { useOrders, useReplyOrder } from '../queries';
import { caseTexts, measureNames, orderStatusNames, orderTexts as t } from '../texts';
import type { Order } from '../types';

/** 整改通知 (N3.1): what regulators decided about this institution; rectification orders are answered here. */
export function OrdersPage() {
  const orders = useOrders();
  const [replying, setReplying] = useState<Order | null>(null);
  const columns: ColumnsType<Order> = [
    { title: '时间', dataIndex: 'createdAt', key: 'createdAt', className: 'xk-nowrap', render: formatDateTime },
    { title: t.caseTitle, dataIndex: 'caseTitle', key: 'caseTitle' },
    { title: caseTexts.kind, key: 'kind', render: (_, o) => <Tag color="orange">{measureNames[o.kind]}</Tag> },
    { title: caseTexts.decision, dataIndex: 'decision', key: 'decision' },
    {
      title: caseTexts.deadline,
      key: 'deadline',
      className: 'xk-nowrap',
      render: (_, o) =>
        o.deadline ? (
          <Space direction="vertical" size={2}>
            <span>{o.deadline}</span>
            {o.status !== 'accepted' && o.daysLeft !== null ? <Tag color={o.overdue ? 'red' : 'gold'}>{o.overdue ? `${caseTexts.overdue}·${caseTexts.daysLeft(o.daysLeft)}` : caseTexts.daysLeft(o.daysLeft)}</Tag> : null}
            {o.status ? <Tag color={o.status === 'accepted' ? 'green' : 'blue'}>{orderStatusNames[o.status]}</Tag> : null}
          </Space>
        ) : (
          (o.until ?? '—')
        ),
    },
    {
      title: caseTexts.replies,
      key: 'replies',
      render: (_, o) => (
        <Space direction="vertical" size={2}>
          {o.replies.map((r, i) => (
            <span key={i}>
              <Typography.Text type="secondary">{formatDateTime(r.at)} </Typography.Text>
              {r.text}
            </span>
          ))}
          {o.kind === 'rectification' && o.status !== 'accepted' ? (
            <Button size="small" type="primary" onClick={() => setReplying(o)}>
              {t.reply}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <PageContainer title={t.title} description={t.description}>
      {orders.data?.suspended ? <Alert type="error" showIcon message={t.suspended} style={{ marginBottom: 16 }} /> : null}
      <Card>
        {orders.isError ? (
          <PageError error={orders.error} onRetry={() => void orders.refetch()} />
        ) : (
          <Table<Order>
            rowKey="id"
            columns={columns}
            dataSource={orders.data?.items ?? []}
            loading={orders.isPending}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            locale={{ emptyText: orders.isPending ? ' ' : <EmptyState title={t.empty} /> }}
          />
        )}
      </Card>
      <ReplyModal order={replying} onClose={() => setReplying(null)} />
    </PageContainer>
  );
}

function ReplyModal({ order, onClose }: { order: Order | null; onClose: () => void }) {
  const [form] = Form.useForm<{ text: string }>();
  const reply = useReplyOrder();
  const { message } = App.useApp();
  const submit = async () => {
    if (!order) return;
    const v = await form.validateFields();
    try {
      await reply.mutateAsync({ id: order.id, text: v.text });
      message.success(t.sent);
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal title={t.reply} open={order !== null} onCancel={onClose} onOk={() => void submit()} confirmLoading={reply.isPending} destroyOnHidden>
      <Typography.Paragraph>{order?.decision}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="text" label={t.replyText} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
