import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Steps, Table, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../ui/PageError';
import { importRowErrors, type ImportRowError } from '../import-errors';
import { IMPORT_TEMPLATE_URL, useImportLearners } from '../queries';
import { importTexts as t, learnerTexts } from '../texts';
import type { ImportResult, NewAccount } from '../types';
import { OneTimePassword } from './OneTimePassword';

type Outcome = { kind: 'errors'; errors: ImportRowError[] } | { kind: 'done'; result: ImportResult } | null;

/**
 * The institution's Excel list (M23): template, upload, and either the rows to
 * fix (nothing imported) or the result with new learners' initial passwords,
 * shown this once.
 */
export function ImportLearnersModal({ classId, open, onClose }: { classId: string; open: boolean; onClose: () => void }) {
  const upload = useImportLearners(classId);
  const { message, modal } = App.useApp();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const send = (file: File) => {
    setOutcome(null);
    upload
      .mutateAsync(file)
      .then((result) => setOutcome({ kind: 'done', result }))
      .catch((error: unknown) => {
        const errors = importRowErrors(error);
        if (errors) setOutcome({ kind: 'errors', errors });
        else void message.error(errorMessage(error));
      });
    return false;
  };

  const close = () => {
    setOutcome(null);
    onClose();
  };

  /** New learners' initial passwords are shown only here: closing asks first. */
  const leave = () => {
    if (outcome?.kind === 'done' && outcome.result.newAccounts.length > 0) modal.confirm({ title: t.leaveTitle, content: t.leaveBody, okText: t.leaveOk, onOk: close });
    else close();
  };

  return (
    <Modal
      title={t.title}
      open={open}
      onCancel={leave}
      width={760}
      maskClosable={outcome?.kind !== 'done'}
      footer={<Button onClick={leave}>{t.close}</Button>}
      destroyOnHidden
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Steps size="small" current={-1} items={t.steps.map((title) => ({ title }))} />
        <Alert type="info" showIcon message={t.allOrNothing} />
        <Button icon={<DownloadOutlined />} href={IMPORT_TEMPLATE_URL} download>
          {t.template}
        </Button>
        <Upload.Dragger accept=".xlsx" multiple={false} showUploadList={false} beforeUpload={send} disabled={upload.isPending}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{upload.isPending ? t.uploading : t.pick}</p>
          <p className="ant-upload-hint">{t.accept}</p>
        </Upload.Dragger>
        {outcome?.kind === 'errors' ? (
          <>
            <Alert type="error" showIcon message={t.errorsTitle(outcome.errors.length)} />
            <Table<ImportRowError>
              rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
              size="small"
              dataSource={outcome.errors}
              pagination={outcome.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              columns={[
                { title: t.row, dataIndex: 'row', key: 'row', width: 70, align: 'center', render: (row: number) => row || '—' },
                { title: t.column, dataIndex: 'column', key: 'column', width: 140, render: (column: string) => column || '—' },
                { title: t.problem, dataIndex: 'message', key: 'message' },
              ]}
            />
          </>
        ) : null}
        {outcome?.kind === 'done' ? <ImportDone result={outcome.result} /> : null}
      </Space>
    </Modal>
  );
}

function ImportDone({ result }: { result: ImportResult }) {
  return (
    <>
      <Alert type="success" showIcon message={t.result(result.rows, result.enrolled, result.alreadyEnrolled)} />
      {result.newAccounts.length > 0 ? (
        <>
          <Alert type="warning" showIcon message={t.newAccountsTitle(result.newAccounts.length)} description={t.newAccountsHint} />
          <Table<NewAccount>
            rowKey="row"
            size="small"
            dataSource={result.newAccounts}
            pagination={false}
            columns={[
              { title: t.row, dataIndex: 'row', key: 'row', width: 70, align: 'center' },
              { title: learnerTexts.name, dataIndex: 'name', key: 'name', width: 120 },
              { title: learnerTexts.idNumber, dataIndex: 'idNumberMasked', key: 'id', render: (v: string) => <span className="xk-mono">{v}</span> },
              { title: t.initialPassword, dataIndex: 'initialPassword', key: 'password', render: (p: string) => <OneTimePassword password={p} /> },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
