import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { errorMessage, PageError } from '../../../ui/PageError';
import { parseDays } from '../sla-report';
import { useSaveCalendarYear, useWorkingCalendar } from '../queries';
import { reportTexts as t } from '../texts';

interface YearForm {
  year: number;
  holidays: string;
  workdays: string;
  source: string;
}

/** The working-day calendar behind the resolution clock: its reach, the warning, and (operator) a year's entry. */
export function CalendarCard({ canEdit }: { canEdit: boolean }) {
  const calendar = useWorkingCalendar(true);
  const save = useSaveCalendarYear();
  const [form] = Form.useForm<YearForm>();
  const { message, modal } = App.useApp();
  if (calendar.isError) return <PageError error={calendar.error} onRetry={() => void calendar.refetch()} />;
  const data = calendar.data;

  const submit = (v: YearForm) =>
    modal.confirm({
      title: t.saveConfirm(v.year),
      content: t.saveEffect,
      okText: t.saveYear,
      onOk: () =>
        save
          .mutateAsync({ year: v.year, body: { holidays: parseDays(v.holidays), workdays: parseDays(v.workdays ?? ''), source: v.source } })
          .then(() => void message.success(t.savedYear))
          .catch((e: unknown) => void message.error(errorMessage(e))),
    });

  return (
    <Card title={t.calendarTitle} loading={calendar.isPending} style={{ marginTop: 16 }}>
      {data ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {t.knownThrough(data.knownThrough)}
            <Typography.Text type="secondary">{t.builtIn(data.builtInThrough)}</Typography.Text>
          </Typography.Text>
          {data.warning ? <Alert type="warning" showIcon message={data.warning} /> : null}
          {data.operatorYears.length > 0 ? (
            <Typography.Text type="secondary">
              {t.operatorYears}：{data.operatorYears.map((y) => `${y.year}（${y.source}）`).join('；')}
            </Typography.Text>
          ) : null}
          {canEdit ? (
            <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year: Number(data.knownThrough.slice(0, 4)) + 1 }} style={{ maxWidth: 560 }}>
              <Form.Item name="year" label={t.year} rules={[{ required: true }]}>
                <InputNumber min={2000} max={2100} />
              </Form.Item>
              <Form.Item name="holidays" label={t.holidays} extra={t.holidaysHint} rules={[{ required: true }]}>
                <Input.TextArea rows={4} />
              </Form.Item>
              <Form.Item name="workdays" label={t.workdays} extra={t.workdaysHint}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Form.Item name="source" label={t.source} rules={[{ required: true, min: 4 }]}>
                <Input placeholder={t.sourcePlaceholder} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t.enterYear}
              </Button>
            </Form>
          ) : null}
        </Space>
      ) : null}
    </Card>
  );
}
