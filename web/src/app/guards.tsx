import { useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { setUnauthorizedHandler } from '../api/client';
import type { Me, RoleAssignment } from '../api/types';
import { forgetAccount, LoginPage, signOutReason, useMe } from '../modules/identity';
import { errorMessage } from '../ui/PageError';
import { AuthProvider, initialRole, useAuth } from './auth';
import { canOpen, homePathFor, layoutFor, type LayoutKind, type PageKey } from './menu';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { shellTexts } from './texts';

interface LoginState {
  from?: string;
  expired?: boolean;
  /** Set by a page that sends the user here on purpose, e.g. after institution sign-up. */
  notice?: string;
  username?: string;
}

/** Any call that finds the session gone forgets the account; SignedIn then sends the user to /login. */
export function SessionWatcher() {
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler(() => forgetAccount(queryClient, 'expired'));
  }, [queryClient]);
  return null;
}

export function FullPageLoading() {
  return (
    <div className="xk-fullpage">
      <Spin size="large" tip={shellTexts.loading}>
        <div style={{ width: 160, height: 80 }} />
      </Spin>
    </div>
  );
}

function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="xk-fullpage">
      <Result
        status="error"
        title={shellTexts.loadFailed}
        subTitle={errorMessage(error)}
        extra={
          <Button type="primary" onClick={onRetry}>
            {shellTexts.retry}
          </Button>
        }
      />
    </div>
  );
}

function hasRoles(me: Me): me is Me & { roles: [RoleAssignment, ...RoleAssignment[]] } {
  return me.roles.length > 0;
}

/** Everything but /login: needs a session; provides the account and its active role. */
export function SignedIn() {
  const me = useMe();
  const location = useLocation();
  const queryClient = useQueryClient();
  if (me.isPending) return <FullPageLoading />;
  if (me.isError) return <FullPageError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    // The only redirect to /login: a second navigation elsewhere would race this one.
    const reason = signOutReason(queryClient);
    const state: LoginState = reason === 'logout' ? {} : { from: location.pathname + location.search, expired: reason === 'expired' };
    return <Navigate to="/login" replace state={state} />;
  }
  if (!hasRoles(me.data)) return <ForbiddenPage fullPage />;
  return (
    <AuthProvider key={me.data.account.id} me={me.data}>
      <Outlet />
    </AuthProvider>
  );
}

/** /login, or straight on to where the user was going once signed in. */
export function LoginRoute() {
  const me = useMe();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginState;
  if (me.isPending) return <FullPageLoading />;
  if (me.data && hasRoles(me.data)) {
    const home = homePathFor(initialRole(me.data).role);
    const target = state.from && state.from !== '/login' ? state.from : home;
    return <Navigate to={target} replace />;
  }
  if (state.notice) return <LoginPage notice={state.notice} noticeType="success" initialUsername={state.username} />;
  return <LoginPage notice={state.expired ? shellTexts.sessionExpired : undefined} />;
}

/** A learner role belongs on the phone layout, every other role on the console. */
export function LayoutGate({ layout, children }: { layout: LayoutKind; children: ReactNode }) {
  const { activeRole } = useAuth();
  if (layoutFor(activeRole.role) !== layout) return <Navigate to={homePathFor(activeRole.role)} replace />;
  return children;
}

/** Pages outside the active role's menu, in its scope, are refused even when typed into the address bar. */
export function PageGate({ page, children }: { page: PageKey | readonly PageKey[]; children: ReactNode }) {
  const { activeRole } = useAuth();
  return canOpen(activeRole, page) ? children : <ForbiddenPage />;
}
