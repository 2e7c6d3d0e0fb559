import { CameraOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Radio, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import type { SignInRow } from '../sign-in';
import { recordTexts as t, sessionTexts, signInMethodNames } from '../texts';
import type { SignInMethod } from '../types';
import { FaceSignInModal } from './FaceSignInModal';
import { SignatureModal } from './SignatureModal';

/**
 * The sign-in list of one classroom session (N1.3): every learner of the class,
 * each signing by hand or by face; a row left unsigned is an absence.
 * `failedLearnerId` marks the learner whose face the server did not accept.
 */
export function SignInList({ rows, onChange, failedLearnerId }: { rows: SignInRow[]; onChange: (rows: SignInRow[]) => void; failedLearnerId: string | null }) {
  const [signing, setSigning] = useState<SignInRow | null>(null);
  const update = (learnerId: string, patch: Partial<SignInRow>) => onChange(rows.map((row) => (row.learnerId === learnerId ? { ...row, ...patch } : row)));
  const done = (image: string) => {
    if (signing) update(signing.learnerId, { image });
    setSigning(null);
  };

  const columns: ColumnsType<SignInRow> = [
    {
      title: sessionTexts.learner,
      key: 'learner',
      render: (_, row) => (
        <span className="xk-cell-stack">
          <strong>{row.name}</strong>
          <span className="xk-mono xk-muted">{row.idNumberMasked}</span>
        </span>
      ),
    },
    {
      title: sessionTexts.method,
      key: 'method',
      width: 230,
      render: (_, row) => (
        <Radio.Group
          size="small"
          value={row.method}
          aria-label={`${row.name} ${sessionTexts.method}`}
          onChange={(e) => update(row.learnerId, { method: e.target.value as SignInMethod, image: null })}
          options={(['signature', 'face'] as const).map((m) => ({ value: m, label: signInMethodNames[m] }))}
        />
      ),
    },
    {
      title: t.signInColumn,
      key: 'sign',
      width: 260,
      render: (_, row) => (
        <span className="xk-sign-cell">
          {row.image ? <Tag color={row.learnerId === failedLearnerId ? 'error' : 'success'}>{t.signed}</Tag> : <Tag>{t.notSigned}</Tag>}
          {row.image && row.method === 'signature' ? <img className="xk-sign-thumb" src={`data:image/png;base64,${row.image}`} alt={t.signatureOf(row.name)} /> : null}
          <Button size="small" icon={row.method === 'face' ? <CameraOutlined /> : <EditOutlined />} onClick={() => setSigning(row)} aria-label={`${row.name} ${row.method === 'face' ? t.face : t.sign}`}>
            {row.image ? t.resign : row.method === 'face' ? t.face : t.sign}
          </Button>
        </span>
      ),
    },
  ];

  return (
    <>
      <Table<SignInRow>
        rowKey="learnerId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowClassName={(row) => (row.learnerId === failedLearnerId ? 'xk-row-failed' : '')}
        locale={{ emptyText: <EmptyState title={t.noLearners} /> }}
      />
      <SignatureModal name={signing?.method === 'signature' ? signing.name : null} onDone={done} onCancel={() => setSigning(null)} />
      <FaceSignInModal name={signing?.method === 'face' ? signing.name : null} onDone={done} onCancel={() => setSigning(null)} />
    </>
  );
}
