import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { StatusTag } from '../../../ui/StatusTag';
import { enrolmentStatusLooks, joinedViaNames, learnerTexts as t } from '../texts';
import type { ClassDetail, Enrolment } from '../types';
import { ImportLearnersModal } from './ImportLearnersModal';
import { ResetPasswordButton } from './ResetPasswordButton';

/** The class's learners (ID numbers masked); the institution imports more, resets passwords and asks for hour corrections. */
export function LearnersPanel({ cls, editable, onRequestCorrection }: { cls: ClassDetail; editable: boolean; onRequestCorrection: (learnerId: string) => void }) {
  const [importing, setImporting] = useState(false);
  const [needle, setNeedle] = useState('');
  const query = needle.trim();
  const shown = cls.enrolments.filter((e) => !query || e.name.includes(query) || (e.employerName ?? '').includes(query));

  const columns: ColumnsType<Enrolment> = [
    { title: t.name, dataIndex: 'name', key: 'name', width: 110, className: 'xk-nowrap', render: (name: string) => <strong>{name}</strong> },
    { title: t.idNumber, dataIndex: 'idNumberMasked', key: 'id', width: 190, className: 'xk-nowrap', render: (v: string) => <span className="xk-mono">{v}</span> },
    { title: t.employer, dataIndex: 'employerName', key: 'employer', width: 220, ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: t.joinedVia, dataIndex: 'joinedVia', key: 'via', width: 110, render: (v: Enrolment['joinedVia']) => joinedViaNames[v] },
    { title: t.status, dataIndex: 'status', key: 'status', width: 90, render: (s: Enrolment['status']) => <StatusTag look={enrolmentStatusLooks[s]} /> },
    { title: t.joinedAt, dataIndex: 'joinedAt', key: 'joinedAt', width: 150, className: 'xk-nowrap', render: formatDateTime },
    ...(editable
      ? [
          {
            title: t.actions,
            key: 'actions',
            width: 180,
            fixed: 'right' as const,
            render: (_: unknown, learner: Enrolment) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => onRequestCorrection(learner.learnerId)}>
                  {t.requestCorrection}
                </Button>
                <ResetPasswordButton classId={cls.id} learner={learner} />
              </Space>
            ),
          },
        ]
      : []),
  ];

  const importButton = (
    <Button type="primary" ghost icon={<UploadOutlined />} onClick={() => setImporting(true)} disabled={cls.status !== 'open'}>
      {t.import}
    </Button>
  );

  return (
    <Card>
      <FilterBar extra={editable ? importButton : null}>
        <FilterField label={t.search}>
          <Input.Search allowClear placeholder={t.searchPlaceholder} value={needle} onChange={(e) => setNeedle(e.target.value)} style={{ width: 240 }} />
        </FilterField>
      </FilterBar>
      <Table<Enrolment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        scroll={{ x: editable ? 1050 : 870 }}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: t.total }}
        locale={{ emptyText: query ? <EmptyState title={t.noMatch} /> : <EmptyState title={t.emptyTitle} hint={editable ? t.emptyHint : undefined} action={editable ? importButton : undefined} /> }}
      />
      {editable ? <ImportLearnersModal classId={cls.id} open={importing} onClose={() => setImporting(false)} /> : null}
    </Card>
  );
}
