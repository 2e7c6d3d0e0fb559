import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Modal, Space, Steps, Switch, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { PageError } from '../../../ui/PageError';
import { useImportQuestions } from '../queries';
import { importTexts as t } from '../texts';
import type { ImportReport, ImportRow } from '../types';

const OUTCOME_COLORS: Record<ImportRow['outcome'], string> = { imported: 'green', duplicate: 'orange', invalid: 'red' };

/** The per-row report: Excel row, outcome and, for rows not imported, each problem with its column. */
function ReportTable({ report }: { report: ImportReport }) {
  const [onlyProblems, setOnlyProblems] = useState(true);
  const rows = onlyProblems ? report.rows.filter((r) => r.outcome !== 'imported') : report.rows;
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={onlyProblems} onChange={setOnlyProblems} aria-label={t.onlyProblems} />
        <span>{t.onlyProblems}</span>
      </Space>
      <Table
        rowKey="row"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t.rowColumns.row, dataIndex: 'row', width: 90 },
          {
            title: t.rowColumns.outcome,
            dataIndex: 'outcome',
            width: 100,
            render: (o: ImportRow['outcome']) => <Tag color={OUTCOME_COLORS[o]}>{o === 'imported' && !report.dryRun ? t.importedOutcome : t.outcomes[o]}</Tag>,
          },
          { title: t.rowColumns.problems, key: 'problems', render: (_, r: ImportRow) => r.problems.map((p) => `${p.column}：${p.message}`).join('；') },
        ]}
      />
    </>
  );
}

/** Import in two steps: check the file row by row (nothing written), then confirm to import the good rows. */
export function ImportDrawer({ categoryId, open, onClose }: { categoryId: string; open: boolean; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const importer = useImportQuestions(categoryId);
  const step = !report ? 0 : report.dryRun ? 1 : 2;

  const reset = () => {
    setFile(null);
    setReport(null);
    importer.reset();
  };
  const close = () => {
    reset();
    onClose();
  };
  const check = () => file && importer.mutate({ file, dryRun: true }, { onSuccess: setReport });
  const confirm = () =>
    Modal.confirm({
      title: t.confirmTitle,
      content: t.confirmBody(report?.imported ?? 0),
      okText: t.confirm(report?.imported ?? 0),
      onOk: () => file && importer.mutateAsync({ file, dryRun: false }).then(setReport),
    });

  return (
    <Drawer title={t.title} width={760} open={open} onClose={close} destroyOnHidden>
      <Steps current={step} items={t.steps.map((title) => ({ title }))} style={{ marginBottom: 24 }} />
      {importer.isError ? <PageError error={importer.error} /> : null}
      {step === 0 ? (
        <>
          <Typography.Paragraph type="secondary">{t.pickHint}</Typography.Paragraph>
          <Upload.Dragger
            height={160}
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t.pick}</p>
          </Upload.Dragger>
          <Button type="primary" style={{ marginTop: 16 }} disabled={!file} loading={importer.isPending} onClick={check}>
            {importer.isPending ? t.checking : t.check}
          </Button>
        </>
      ) : null}
      {report ? (
        <>
          <Alert
            type={report.dryRun ? (report.imported ? 'info' : 'warning') : 'success'}
            showIcon
            message={report.dryRun ? t.summary(report.imported, report.duplicates, report.invalid) : t.done(report.imported, report.duplicates, report.invalid)}
            description={report.dryRun && !report.imported ? t.nothingToImport : undefined}
            style={{ marginBottom: 16 }}
          />
          <ReportTable report={report} />
          <Space style={{ marginTop: 16 }}>
            {report.dryRun && report.imported > 0 ? (
              <Button type="primary" loading={importer.isPending} onClick={confirm}>
                {t.confirm(report.imported)}
              </Button>
            ) : null}
            {report.dryRun ? <Button onClick={reset}>{t.again}</Button> : <Button type="primary" onClick={close}>{t.close}</Button>}
          </Space>
        </>
      ) : null}
    </Drawer>
  );
}
