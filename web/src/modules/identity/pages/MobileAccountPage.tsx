import { LockOutlined, LogoutOutlined, MobileOutlined } from '@ant-design/icons';
import { Button, Dialog, List, Skeleton } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { MobilePage } from '../../../ui/MobilePage';
import { useLogout, useMe } from '../queries';
import { mobileAccountTexts as t } from '../texts';

const MOBILE_ACCOUNT_PATHS = { password: '/m/account/password', sessions: '/m/account/sessions' } as const;

/** 我的: who is signed in, and the few things a learner may do with the account. */
export function MobileAccountPage() {
  const me = useMe().data;
  const logout = useLogout();
  const navigate = useNavigate();

  const confirmLogout = async () => {
    const ok = await Dialog.confirm({ content: t.logoutConfirm, confirmText: t.logoutOk, cancelText: t.cancel });
    if (ok) logout.mutate();
  };

  return (
    <MobilePage title={t.title}>
      <section className="xk-m-profile">
        {me ? (
          <>
            <div className="xk-m-avatar" aria-hidden="true">
              {me.account.displayName.slice(0, 1)}
            </div>
            <div>
              <div className="xk-m-profile-name">{me.account.displayName}</div>
              <div className="xk-m-profile-id">
                {t.idNumber} {me.account.username}
              </div>
            </div>
          </>
        ) : (
          <Skeleton.Paragraph lineCount={2} animated />
        )}
      </section>

      <List className="xk-m-list">
        <List.Item prefix={<LockOutlined />} description={t.changePasswordDesc} onClick={() => navigate(MOBILE_ACCOUNT_PATHS.password)}>
          {t.changePassword}
        </List.Item>
        <List.Item prefix={<MobileOutlined />} description={t.sessionsDesc} onClick={() => navigate(MOBILE_ACCOUNT_PATHS.sessions)}>
          {t.sessions}
        </List.Item>
      </List>

      <div className="xk-m-actions">
        <Button block size="large" className="xk-m-logout" loading={logout.isPending} onClick={() => void confirmLogout()}>
          <LogoutOutlined /> {t.logout}
        </Button>
      </div>
    </MobilePage>
  );
}
