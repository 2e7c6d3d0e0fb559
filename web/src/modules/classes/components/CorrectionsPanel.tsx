import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { EmptyState } from '../../../ui/EmptyState';
import { PageError } from '../../../ui/PageError';
import { CORRECTIONS_MAX_PAGE_SIZE, useCorrections } from '../queries';
import { correctionTexts as t } from '../texts';
import type { ClassDetail } from '../types';
import { CorrectionsTable } from './CorrectionsTable';

/** 学时更正 of one class (M16): the newest page of the class's corrections. */
export function CorrectionsPanel({ cls, editable, onRequest }: { cls: ClassDetail; editable: boolean; onRequest: () => void }) {
  const corrections = useCorrections({ classId: cls.id }, 1, CORRECTIONS_MAX_PAGE_SIZE);
  const mine = corrections.data?.items ?? [];
  const requestButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={onRequest} disabled={cls.enrolments.length === 0}>
      {t.request}
    </Button>
  );
  return (
    <Card title={t.title} extra={editable ? requestButton : null}>
      {corrections.isError ? (
        <PageError error={corrections.error} onRetry={() => void corrections.refetch()} />
      ) : (
        <CorrectionsTable
          corrections={mine}
          loading={corrections.isPending}
          pagination={mine.length > 10 ? { pageSize: 10, showSizeChanger: false, showTotal: t.total } : false}
          empty={<EmptyState title={t.emptyTitle} hint={editable ? t.emptyHint : undefined} />}
        />
      )}
    </Card>
  );
}
