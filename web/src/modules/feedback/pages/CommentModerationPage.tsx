import { App, Button, Card, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, StatusFilter } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage } from '../../../ui/PageError';
import { ReasonModal } from '../../../ui/ReasonModal';
import { useServerPage } from '../../../ui/server-pagination';
import { ServerTable } from '../../../ui/ServerTable';
import { StatusTag } from '../../../ui/StatusTag';
import { HighlightedComment } from '../components/HighlightedComment';
import { useCommentQueue, useDecideComment } from '../queries';
import { moderationQueueTexts as t, queueStatusLooks } from '../texts';
import type { HeldComment, QueueStatus } from '../types';

/** 留言审核 (M9): rating comments the lexicon held back, released or rejected with a reason by a person. */
export function CommentModerationPage() {
  const [status, setStatus] = useState<QueueStatus>('pending');
  const [rejecting, setRejecting] = useState<HeldComment | null>(null);
  const paging = useServerPage();
  const queue = useCommentQueue(status, paging.request);
  const decide = useDecideComment();
  const { message, modal } = App.useApp();

  const release = (comment: HeldComment) =>
    modal.confirm({
      title: t.releaseTitle,
      content: t.releaseBody,
      okText: t.release,
      onOk: () =>
        decide
          .mutateAsync({ id: comment.id, body: { decision: 'release' } })
          .then(() => void message.success(t.released))
          .catch((e: unknown) => void message.error(errorMessage(e))),
    });

  const reject = (reason: string) => {
    if (!rejecting) return;
    decide.mutate(
      { id: rejecting.id, body: { decision: 'reject', reason } },
      {
        onSuccess: () => {
          setRejecting(null);
          void message.success(t.rejected);
        },
        onError: (e) => void message.error(errorMessage(e)),
      },
    );
  };

  const columns: ColumnsType<HeldComment> = [
    { title: t.comment, key: 'comment', render: (_, c) => <HighlightedComment text={c.comment} hits={c.hits} /> },
    {
      title: t.hits,
      key: 'hits',
      width: 160,
      render: (_, c) => (
        <Space size={[4, 4]} wrap>
          {c.hits.map((h) => (
            <Tag key={`${h.term}-${h.index}`} color="red" bordered={false}>
              {h.term}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t.course, dataIndex: 'courseTitle', key: 'course', width: 200 },
    { title: t.scores, key: 'scores', width: 150, className: 'xk-nowrap', render: (_, c) => t.scoresLine(c.scores.content, c.scores.course, c.scores.teacher) },
    { title: t.submittedAt, dataIndex: 'submittedAt', key: 'submittedAt', width: 150, className: 'xk-nowrap', render: formatDateTime },
    {
      title: status === 'pending' ? t.actions : t.decision,
      key: 'actions',
      width: 200,
      render: (_, c) =>
        c.status === 'pending' ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => release(c)}>
              {t.release}
            </Button>
            <Button type="link" size="small" danger onClick={() => setRejecting(c)}>
              {t.reject}
            </Button>
          </Space>
        ) : (
          <Space direction="vertical" size={2}>
            <StatusTag look={queueStatusLooks[c.status]} />
            {c.decision?.reason ? <span>{c.decision.reason}</span> : null}
            {c.decision ? <span className="xk-muted">{t.by(c.decision.by, formatDateTime(c.decision.at))}</span> : null}
          </Space>
        ),
    },
  ];

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <FilterBar>
          <StatusFilter label={t.filterStatus} looks={queueStatusLooks} value={status} onChange={paging.filtered(setStatus)} />
        </FilterBar>
        <ServerTable<HeldComment>
          rowKey="id"
          list={queue}
          paging={paging}
          showTotal={t.total}
          columns={columns}
          scroll={{ x: 1100 }}
          empty={status === 'pending' ? <EmptyState title={t.emptyPending} hint={t.emptyPendingHint} /> : <EmptyState title={t.empty} />}
        />
      </Card>
      <ReasonModal
        request={rejecting ? { title: t.rejectTitle, effect: t.rejectEffect, label: t.rejectReason, placeholder: t.rejectPlaceholder, requiredMessage: t.rejectRequired, okText: t.reject } : null}
        onCancel={() => setRejecting(null)}
        onSubmit={reject}
        submitting={decide.isPending}
      />
    </PageContainer>
  );
}
