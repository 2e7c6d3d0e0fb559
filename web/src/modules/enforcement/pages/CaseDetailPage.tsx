import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { useRegions } from '../../regions';
import { MeasureModal } from '../components/MeasureModal';
import { useCase, useCloseCase, useReportCase, useReviewOrder } from '../queries';
import { caseTexts as t, measureNames, orderStatusNames, referralNames } from '../texts';
import type { Measure } from '../types';

/** One case: its measures with deadline countdown and overdue tag, the institution's replies, reports (N3.1, M30, M31). */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const detail = useCase(id);
  const [measuring, setMeasuring] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [reviewing, setReviewing] = useState<{ measure: Measure; accept: boolean } | null>(null);
  const close = useCloseCase(id);
  const { modal, message } = App.useApp();
  const { nameOf } = useRegions();

  if (detail.isError) return <PageError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <PageSkeleton />;
  const c = detail.data;

  const columns: ColumnsType<Measure> = [
    { title: t.kind, key: 'kind', render: (_, m) => <Tag color={m.kind === 'lift_suspension' ? 'green' : 'orange'}>{measureNames[m.kind]}</Tag> },
    {
      title: t.decision,
      key: 'decision',
      render: (_, m) => (
        <Space direction="vertical" size={2}>
          <span>{m.decision}</span>
          {m.referralCategory ? <Typography.Text type="secondary">{`${referralNames[m.referralCategory as keyof typeof referralNames] ?? m.referralCategory} → ${m.referralTo ?? ''}`}</Typography.Text> : null}
          {m.until ? <Typography.Text type="secondary">{`${t.until} ${m.until}`}</Typography.Text> : null}
          {m.published ? <Tag>公示</Tag> : null}
        </Space>
      ),
    },
    {
      title: t.deadline,
      key: 'deadline',
      className: 'xk-nowrap',
      render: (_, m) =>
        m.deadline ? (
          <Space direction="vertical" size={2}>
            <span>{m.deadline}</span>
            {m.status !== 'accepted' && m.daysLeft !== null ? <Tag color={m.overdue ? 'red' : 'gold'}>{m.overdue ? `${t.overdue}·${t.daysLeft(m.daysLeft)}` : t.daysLeft(m.daysLeft)}</Tag> : null}
            {m.status ? <Tag color={m.status === 'accepted' ? 'green' : 'blue'}>{orderStatusNames[m.status]}</Tag> : null}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t.replies,
      key: 'replies',
      render: (_, m) => (
        <Space direction="vertical" size={2}>
          {m.replies.map((r, i) => (
            <span key={i}>
              <Typography.Text type="secondary">{formatDateTime(r.at)} </Typography.Text>
              {r.text}
            </span>
          ))}
          {m.status === 'answered' ? (
            <Space>
              <Button size="small" type="primary" onClick={() => setReviewing({ measure: m, accept: true })}>
                {t.accept}
              </Button>
              <Button size="small" onClick={() => setReviewing({ measure: m, accept: false })}>
                {t.return}
              </Button>
            </Space>
          ) : null}
        </Space>
      ),
    },
    { title: '时间', dataIndex: 'createdAt', key: 'createdAt', className: 'xk-nowrap', render: formatDateTime },
  ];

  const confirmClose = () => {
    let note = '';
    modal.confirm({
      title: t.close,
      content: <Input.TextArea rows={3} placeholder={t.closeNote} onChange={(e) => (note = e.target.value)} />,
      onOk: () => close.mutateAsync(note.trim() || '结案').catch((error: unknown) => void message.error(errorMessage(error))),
    });
  };

  return (
    <PageContainer
      title={c.title}
      description={<Link to="/enforcement/cases">{t.back}</Link>}
      extra={
        c.status === 'open' ? (
          <Space>
            <Button onClick={() => setReporting(true)}>{t.report}</Button>
            <Button onClick={confirmClose}>{t.close}</Button>
            <Button type="primary" onClick={() => setMeasuring(true)}>
              {t.addMeasure}
            </Button>
          </Space>
        ) : null
      }
    >
      {c.suspended ? <Alert type="warning" showIcon message={t.suspended} style={{ marginBottom: 16 }} /> : null}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t.institution}>{c.institution.name}</Descriptions.Item>
          <Descriptions.Item label={t.status}>
            <Tag color={c.status === 'open' ? 'blue' : 'default'}>{t.statusNames[c.status]}</Tag>
            {c.overdue ? <Tag color="red">{t.overdue}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t.source}>
            {t.sourceNames[c.source]}
            {c.signalId ? <Link to="/enforcement/signals"> {t.signal}</Link> : null}
          </Descriptions.Item>
          <Descriptions.Item label="立案时间">{formatDateTime(c.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="案情" span={2}>
            {c.description || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t.measures} style={{ marginBottom: 16 }}>
        <Table<Measure> rowKey="id" columns={columns} dataSource={c.measures} pagination={false} locale={{ emptyText: '尚未采取措施' }} />
      </Card>
      {c.reports.length > 0 ? (
        <Card title={t.reports}>
          {c.reports.map((r, i) => (
            <div key={i}>
              {formatDateTime(r.at)} → {nameOf(r.toRegion) ?? r.toRegion}：{r.note}
            </div>
          ))}
        </Card>
      ) : null}
      <MeasureModal caseId={id} institutionName={c.institution.name} suspended={c.suspended} open={measuring} onClose={() => setMeasuring(false)} />
      <ReportModal caseId={id} open={reporting} onClose={() => setReporting(false)} />
      <ReviewModal target={reviewing} onClose={() => setReviewing(null)} />
    </PageContainer>
  );
}

function ReportModal({ caseId, open, onClose }: { caseId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ toRegion: string; note: string }>();
  const report = useReportCase(caseId);
  const { cities } = useRegions();
  const { message } = App.useApp();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await report.mutateAsync(v);
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal title={t.report} open={open} onCancel={onClose} onOk={() => void submit()} confirmLoading={report.isPending} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="toRegion" label={t.toRegion} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={[{ value: '440000', label: '广东省应急管理厅' }, ...cities.map((c) => ({ value: c.code, label: `${c.name}应急管理局` }))]} />
        </Form.Item>
        <Form.Item name="note" label={t.reportNote} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReviewModal({ target, onClose }: { target: { measure: Measure; accept: boolean } | null; onClose: () => void }) {
  const [form] = Form.useForm<{ text: string }>();
  const review = useReviewOrder();
  const { message } = App.useApp();
  const submit = async () => {
    if (!target) return;
    const v = await form.validateFields();
    try {
      await review.mutateAsync({ id: target.measure.id, accept: target.accept, text: v.text });
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal title={target?.accept ? t.accept : t.return} open={target !== null} onCancel={onClose} onOk={() => void submit()} confirmLoading={review.isPending} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="text" label={t.reviewText} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
