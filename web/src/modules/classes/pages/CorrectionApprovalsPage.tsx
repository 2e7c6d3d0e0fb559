import { App, Button, Card, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, StatusFilter } from '../../../ui/FilterBar';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage, PageError } from '../../../ui/PageError';
import { ReasonModal } from '../../../ui/ReasonModal';
import { useServerPage } from '../../../ui/server-pagination';
import { classPath } from '../class-routes';
import { correctionAmount, CorrectionsTable } from '../components/CorrectionsTable';
import { useClasses, useCorrections, useDecideCorrection } from '../queries';
import { approvalTexts as t, correctionStatusLooks, correctionTexts } from '../texts';
import type { Correction, CorrectionStatus } from '../types';

const PAGE_SIZE = 20;

/**
 * 学时更正审批 (M16): corrections institutions in the region asked for. Approval
 * appends a correction row to the learner's hours; rejection must say why.
 */
export function CorrectionApprovalsPage() {
  const [status, setStatus] = useState<CorrectionStatus | undefined>('pending');
  const paging = useServerPage(PAGE_SIZE);
  const [rejecting, setRejecting] = useState<Correction | null>(null);
  const corrections = useCorrections({ status }, paging.request.page, PAGE_SIZE);
  const classes = useClasses();
  const decide = useDecideCorrection();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const classOf = (id: string) => classes.data?.find((c) => c.id === id);

  const send = (correction: Correction, approve: boolean, note: string | null) =>
    decide
      .mutateAsync({ id: correction.id, body: { approve, note } })
      .then(() => {
        void message.success(approve ? t.approved : t.rejected);
        setRejecting(null);
      })
      .catch((error: unknown) => void message.error(errorMessage(error)));

  const leading: ColumnsType<Correction> = [
    {
      title: t.className,
      key: 'class',
      width: 220,
      render: (_, c) => {
        const cls = classOf(c.classId);
        return (
          <span className="xk-cell-stack">
            <a
              href={classPath('regulator', c.classId)}
              onClick={(e) => {
                e.preventDefault();
                navigate(classPath('regulator', c.classId));
              }}
            >
              {cls?.name ?? '—'}
            </a>
            <span className="xk-muted">{cls?.institutionName}</span>
          </span>
        );
      },
    },
  ];

  const actions = (c: Correction) =>
    c.status === 'pending' ? (
      <Space size={0}>
        <Button
          type="link"
          size="small"
          onClick={() =>
            modal.confirm({ title: t.approveTitle(c.learnerName), content: t.approveBody(correctionAmount(c.seconds)), okText: t.approveOk, onOk: () => send(c, true, null) })
          }
        >
          {t.approve}
        </Button>
        <Button type="link" size="small" danger onClick={() => setRejecting(c)}>
          {t.reject}
        </Button>
      </Space>
    ) : (
      <span className="xk-muted">—</span>
    );

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <FilterBar>
          <StatusFilter label={t.filterStatus} looks={correctionStatusLooks} value={status} onChange={paging.filtered(setStatus)} allLabel={t.allStatuses} />
        </FilterBar>
        {corrections.isError ? (
          <PageError error={corrections.error} onRetry={() => void corrections.refetch()} />
        ) : (
          <CorrectionsTable
            corrections={corrections.data?.items ?? []}
            loading={corrections.isPending}
            leading={leading}
            actions={actions}
            decided={status !== 'pending'}
            pagination={paging.table(corrections.data?.total, correctionTexts.total)}
            empty={<EmptyState title={status === 'pending' ? t.emptyPending : t.empty} />}
          />
        )}
      </Card>
      <ReasonModal
        request={
          rejecting
            ? { title: t.rejectTitle(rejecting.learnerName), effect: t.rejectEffect, label: t.rejectNote, placeholder: t.rejectNotePlaceholder, requiredMessage: t.rejectNoteRequired, okText: t.rejectOk }
            : null
        }
        onCancel={() => setRejecting(null)}
        onSubmit={(note) => rejecting && void send(rejecting, false, note)}
        submitting={decide.isPending}
      />
    </PageContainer>
  );
}
