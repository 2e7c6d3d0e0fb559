import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Me, RoleAssignment } from '../api/types';
import { useLogout } from '../modules/identity';
import { pickActiveRole } from './menu';

export interface Auth {
  me: Me;
  /** The role the console is showing now; an account with several roles switches in the header. */
  activeRole: RoleAssignment;
  switchRole: (key: string) => void;
  logout: () => Promise<void>;
  loggingOut: boolean;
}

const AuthContext = createContext<Auth | null>(null);

const storageKey = (accountId: string) => `xk_active_role:${accountId}`;

function remembered(accountId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(accountId));
  } catch {
    return null;
  }
}

function remember(accountId: string, key: string): void {
  try {
    window.localStorage.setItem(storageKey(accountId), key);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

/** The role a fresh page starts in: the one chosen last time on this browser, else the first. */
export function initialRole(me: Me & { roles: [RoleAssignment, ...RoleAssignment[]] }): RoleAssignment {
  return pickActiveRole(me, remembered(me.account.id)) ?? me.roles[0];
}

export function AuthProvider({ me, children }: { me: Me & { roles: [RoleAssignment, ...RoleAssignment[]] }; children: ReactNode }) {
  const [chosen, setChosen] = useState<string | null>(() => remembered(me.account.id));
  const logoutMutation = useLogout();
  const activeRole = pickActiveRole(me, chosen) ?? me.roles[0];

  const switchRole = useCallback(
    (key: string) => {
      remember(me.account.id, key);
      setChosen(key);
    },
    [me.account.id],
  );

  const { mutateAsync, isPending } = logoutMutation;
  const logout = useCallback(async () => {
    await mutateAsync().catch(() => undefined);
  }, [mutateAsync]);

  const value = useMemo<Auth>(() => ({ me, activeRole, switchRole, logout, loggingOut: isPending }), [me, activeRole, switchRole, logout, isPending]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

