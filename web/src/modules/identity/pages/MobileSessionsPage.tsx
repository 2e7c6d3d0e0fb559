import { Button, Dialog, List, Skeleton, Tag, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { MobileError } from '../../../ui/MobileError';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { describeDevice } from '../device';
import { useRevokeSession, useSessions } from '../queries';
import { accountTexts, mobileAccountTexts as t } from '../texts';

/** Where the learner is signed in, with a plain "下线" for any other device. */
export function MobileSessionsPage() {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const navigate = useNavigate();

  const confirmRevoke = async (id: string) => {
    const ok = await Dialog.confirm({ content: t.revokeConfirm, confirmText: t.revokeOk, cancelText: t.cancel });
    if (!ok) return;
    await revoke
      .mutateAsync(id)
      .then(() => Toast.show({ icon: 'success', content: accountTexts.revoked }))
      .catch((error: unknown) => Toast.show({ icon: 'fail', content: errorMessage(error) }));
  };

  return (
    <MobilePage title={t.sessions} onBack={() => navigate('/m/account')}>
      <p className="xk-m-intro">{t.sessionsIntro}</p>
      {sessions.isPending ? (
        <div className="xk-m-card">
          <Skeleton.Paragraph lineCount={4} animated />
        </div>
      ) : sessions.isError ? (
        <MobileError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <List className="xk-m-list">
          {sessions.data.items.map((s) => (
            <List.Item
              key={s.id}
              description={`${accountTexts.lastSeenAt} ${formatDateTime(s.lastSeenAt)}`}
              extra={
                s.current ? (
                  <Tag color="primary" fill="outline">
                    {accountTexts.current}
                  </Tag>
                ) : (
                  <Button size="small" color="danger" fill="outline" onClick={() => void confirmRevoke(s.id)}>
                    {t.revokeOk}
                  </Button>
                )
              }
            >
              {describeDevice(s.userAgent)}
            </List.Item>
          ))}
        </List>
      )}
    </MobilePage>
  );
}
