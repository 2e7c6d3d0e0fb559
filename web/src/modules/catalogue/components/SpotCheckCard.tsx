import { App, Button, Card, Form, Input, Radio, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { errorMessage, PageError } from '../../../ui/PageError';
import { useRegions } from '../../regions';
import { useRecordSpotCheck, useSpotChecks } from '../queries';
import { spotCheckTexts as t } from '../texts';
import type { CourseDetail, SpotCheck, SpotCheckBody } from '../types';

/**
 * A regulator's spot check of a course it has just played (M17): the finding
 * with its outcome, confirmed before it is kept; a take-down order takes the
 * course down at once. Below, every earlier check of the course.
 */
export function SpotCheckCard({ course }: { course: CourseDetail }) {
  const checks = useSpotChecks(course.id);
  const record = useRecordSpotCheck(course.id);
  const [form] = Form.useForm<SpotCheckBody>();
  const { message, modal } = App.useApp();
  const { nameOf } = useRegions();
  const published = course.status === 'published';

  const submit = (body: SpotCheckBody) => {
    const takeDown = body.outcome === 'take_down';
    modal.confirm({
      title: takeDown ? t.confirmTakeDownTitle : t.confirmPassTitle,
      content: takeDown ? t.confirmTakeDownBody : t.confirmPassBody,
      okText: t.confirmOk,
      okButtonProps: { danger: takeDown },
      onOk: () =>
        record
          .mutateAsync({ outcome: body.outcome, findings: body.findings.trim() })
          .then(() => {
            form.resetFields();
            void checks.refetch();
            void message.success(takeDown ? t.takenDown : t.recorded);
          })
          .catch((e: unknown) => void message.error(errorMessage(e))),
    });
  };

  const columns: ColumnsType<SpotCheck> = [
    { title: t.outcome, dataIndex: 'outcome', key: 'outcome', width: 100, render: (o: string) => <Tag color={o === 'pass' ? 'success' : 'error'}>{t.outcomeNames[o] ?? o}</Tag> },
    { title: t.findings, dataIndex: 'findings', key: 'findings', render: (v: string) => <span className="xk-prewrap">{v}</span> },
    // The server keeps the checking bureau's region prefix (4401 for 广州市); the region tree names full six-digit codes.
    { title: t.region, dataIndex: 'regionCode', key: 'region', width: 110, render: (prefix: string) => nameOf(prefix.padEnd(6, '0')) },
    { title: t.at, dataIndex: 'at', key: 'at', width: 150, className: 'xk-nowrap', render: formatDateTime },
  ];

  return (
    <Card title={t.cardTitle}>
      {published ? (
        <Form form={form} layout="vertical" initialValues={{ outcome: 'pass' }} onFinish={submit} className="xk-spot-check-form">
          <Form.Item name="outcome" label={t.outcome} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'pass', label: t.pass },
                { value: 'take_down', label: t.takeDown },
              ]}
            />
          </Form.Item>
          <Form.Item name="findings" label={t.findings} rules={[{ required: true, whitespace: true, min: 5, message: t.findingsRequired }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t.findingsPlaceholder} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {t.submit}
          </Button>
        </Form>
      ) : (
        <p className="xk-muted">{t.notPublished}</p>
      )}
      <h4 className="xk-subheading">{t.history}</h4>
      {checks.isError ? (
        <PageError error={checks.error} onRetry={() => void checks.refetch()} />
      ) : (
        <Table<SpotCheck>
          rowKey={(r) => `${r.at}-${r.outcome}`}
          size="small"
          columns={columns}
          dataSource={checks.data ?? []}
          loading={checks.isPending}
          pagination={{ pageSize: 5, hideOnSinglePage: true }}
          locale={{ emptyText: checks.isPending ? ' ' : <EmptyState title={t.noHistory} /> }}
        />
      )}
    </Card>
  );
}
