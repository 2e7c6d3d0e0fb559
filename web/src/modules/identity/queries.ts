import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../api/client';
import type { Me, SessionList } from '../../api/types';

export const identityKeys = {
  me: ['identity', 'me'] as const,
  sessions: ['identity', 'sessions'] as const,
  /** Why the last session ended in this tab, so the login page can say so. */
  signOutReason: ['identity', 'signOutReason'] as const,
};

/** `logout`: the user left on purpose; `expired`: the server no longer knows the session. */
export type SignOutReason = 'logout' | 'expired';

/** The signed-in account, or null when nobody is signed in (a 401 here is an answer, not an error). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await apiRequest<Me>('/api/v1/me', { allowUnauthenticated: true });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: identityKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}

/** After the session ends anywhere (logout, 401), forget everything cached for that account. */
export function forgetAccount(queryClient: QueryClient, reason: SignOutReason): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[1] !== 'me' });
  queryClient.setQueryData(identityKeys.signOutReason, reason);
  queryClient.setQueryData(identityKeys.me, null);
}

export function signOutReason(queryClient: QueryClient): SignOutReason | undefined {
  return queryClient.getQueryData<SignOutReason>(identityKeys.signOutReason);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      apiRequest<Me>('/api/v1/auth/login', { method: 'POST', body, allowUnauthenticated: true }),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[1] !== 'me' });
      queryClient.setQueryData(identityKeys.me, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/v1/auth/logout', { method: 'POST', allowUnauthenticated: true }),
    // Even if the server is unreachable, the user asked to leave: drop the local state.
    onSettled: () => forgetAccount(queryClient, 'logout'),
  });
}

export function useSessions() {
  return useQuery({ queryKey: identityKeys.sessions, queryFn: () => apiRequest<SessionList>('/api/v1/me/sessions') });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/v1/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.sessions }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => apiRequest<void>('/api/v1/me/password', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.sessions }),
  });
}
