import { Alert, App, Button, Descriptions, Drawer, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { formatDateTime } from '../../../ui/format';
import { errorMessage } from '../../../ui/PageError';
import { ReasonModal } from '../../../ui/ReasonModal';
import { StatusTag } from '../../../ui/StatusTag';
import { describeHits, hitsOf } from '../moderation-hits';
import { useCreateAnnouncement, useModerationCheck, useReviewAnnouncement, useSubmitAnnouncement, useUpdateAnnouncement, useWithdrawAnnouncement } from '../queries';
import { announcementTexts as t, statusLooks } from '../texts';
import type { Announcement, CheckResult, DraftBody } from '../types';

type Reason = 'reject' | 'withdraw' | null;

/** Draft, self-check, submit, review and withdraw one announcement; each irreversible step asks first. */
export function AnnouncementDrawer({ target, onClose }: { target: Announcement | 'new' | null; onClose: () => void }) {
  const [form] = Form.useForm<DraftBody>();
  const [current, setCurrent] = useState<Announcement | null>(null);
  const [hits, setHits] = useState<CheckResult['hits'] | null>(null);
  const [reason, setReason] = useState<Reason>(null);
  const create = useCreateAnnouncement();
  const update = useUpdateAnnouncement();
  const submit = useSubmitAnnouncement();
  const review = useReviewAnnouncement();
  const withdraw = useWithdrawAnnouncement();
  const check = useModerationCheck();
  const { message, modal } = App.useApp();

  const a = current ?? (target === 'new' ? null : target);
  // A new draft is editable until it is saved; from then on its status decides.
  const editable = a === null ? target === 'new' : a.mine && (a.status === 'draft' || a.status === 'rejected');
  const fail = (error: unknown) => {
    setHits(isApiError(error, 'CONTENT_PROHIBITED') ? hitsOf(error.details) : null);
    void message.error(errorMessage(error));
  };

  const save = async () => {
    const body = await form.validateFields();
    const saved = a ? await update.mutateAsync({ id: a.id, body }) : await create.mutateAsync(body);
    setCurrent(saved);
    void message.success(t.saved);
    return saved;
  };

  const runCheck = async () => {
    const body = await form.validateFields();
    check.mutate({ title: body.title, body: body.body }, { onSuccess: (r) => setHits(r.hits), onError: fail });
  };

  const askSubmit = () =>
    modal.confirm({
      title: t.submitTitle,
      content: t.submitBody,
      okText: t.submit,
      onOk: async () => {
        try {
          const saved = await save();
          setCurrent(await submit.mutateAsync(saved.id));
          setHits(null);
          void message.success(t.submitted);
        } catch (error) {
          fail(error);
        }
      },
    });

  const askApprove = (x: Announcement) =>
    modal.confirm({
      title: t.approveTitle(x.title),
      content: t.approveBody,
      okText: t.approve,
      onOk: () =>
        review
          .mutateAsync({ id: x.id, body: { decision: 'approve' } })
          .then((r) => {
            setCurrent(r);
            void message.success(t.published);
          })
          .catch(fail),
    });

  const close = () => {
    setCurrent(null);
    setHits(null);
    form.resetFields();
    onClose();
  };

  return (
    <Drawer open={target !== null} onClose={close} width={720} destroyOnHidden title={target === 'new' && !current ? t.create : editable ? t.edit : t.view}>
      {a ? (
        <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t.columns.status}>
            <StatusTag look={statusLooks[a.status]} />
          </Descriptions.Item>
          <Descriptions.Item label={t.columns.publisher}>{a.publisherName}</Descriptions.Item>
          <Descriptions.Item label={t.columns.author}>{a.authorName}</Descriptions.Item>
          <Descriptions.Item label={t.columns.reviewer}>{a.reviewerName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t.columns.updatedAt}>{formatDateTime(a.updatedAt)}</Descriptions.Item>
          {a.reviewNote ? <Descriptions.Item label={t.reviewNote}>{a.reviewNote}</Descriptions.Item> : null}
        </Descriptions>
      ) : null}
      {hits ? (
        hits.length === 0 ? (
          <Alert type="success" showIcon message={t.checkPassed} style={{ marginBottom: 16 }} />
        ) : (
          <Alert type="error" showIcon message={t.checkHits} description={describeHits(hits).join('；')} style={{ marginBottom: 16 }} />
        )
      ) : null}
      {editable ? (
        <Form form={form} layout="vertical" initialValues={a ? { title: a.title, body: a.body } : undefined}>
          <Form.Item name="title" label={t.fieldTitle} rules={[{ required: true, min: 2, max: 100 }]}>
            <Input maxLength={100} showCount />
          </Form.Item>
          <Form.Item name="body" label={t.fieldBody} rules={[{ required: true, max: 20000 }]}>
            <Input.TextArea rows={12} maxLength={20000} showCount />
          </Form.Item>
          <Space>
            <Button onClick={() => void save().catch(fail)} loading={create.isPending || update.isPending}>
              {t.save}
            </Button>
            <Button onClick={() => void runCheck()} loading={check.isPending}>
              {t.check}
            </Button>
            <Button type="primary" onClick={askSubmit} loading={submit.isPending}>
              {t.submit}
            </Button>
          </Space>
        </Form>
      ) : a ? (
        <>
          <Typography.Title level={4}>{a.title}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.body}</Typography.Paragraph>
          <Space>
            {a.canReview ? (
              <>
                <Button type="primary" onClick={() => askApprove(a)} loading={review.isPending}>
                  {t.approve}
                </Button>
                <Button danger onClick={() => setReason('reject')}>
                  {t.reject}
                </Button>
              </>
            ) : a.status === 'pending_review' && a.mine ? (
              <Typography.Text type="secondary">{t.selfReviewHint}</Typography.Text>
            ) : null}
            {a.status === 'published' ? (
              <Button danger onClick={() => setReason('withdraw')}>
                {t.withdraw}
              </Button>
            ) : null}
          </Space>
        </>
      ) : null}
      <ReasonModal
        request={
          reason === 'reject'
            ? { title: t.rejectTitle, effect: t.rejectEffect, label: t.rejectLabel, placeholder: t.rejectPlaceholder, requiredMessage: t.rejectRequired, okText: t.reject }
            : reason === 'withdraw'
              ? { title: t.withdrawTitle, effect: t.withdrawEffect, label: t.withdrawLabel, placeholder: t.withdrawPlaceholder, requiredMessage: t.withdrawRequired, okText: t.withdraw }
              : null
        }
        onCancel={() => setReason(null)}
        onSubmit={(note) => {
          if (!a) return;
          const done = (r: Announcement, text: string) => {
            setCurrent(r);
            setReason(null);
            void message.success(text);
          };
          if (reason === 'reject') review.mutate({ id: a.id, body: { decision: 'reject', note } }, { onSuccess: (r) => done(r, t.rejected), onError: fail });
          else withdraw.mutate({ id: a.id, note }, { onSuccess: (r) => done(r, t.withdrawn), onError: fail });
        }}
        submitting={review.isPending || withdraw.isPending}
      />
    </Drawer>
  );
}
