import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { Announcement, AnnouncementPage, AnnouncementStatus, CheckResult, DraftBody, PublicAnnouncement, PublicPage, ReviewBody } from './types';

const PAGE_SIZE = 20;
const keys = {
  all: ['announcements'] as const,
  console: (status: AnnouncementStatus | undefined) => ['announcements', 'console', status ?? 'all'] as const,
  publicList: ['announcements', 'public'] as const,
  publicOne: (id: string) => ['announcements', 'public', id] as const,
};

const page = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return `?${search.toString()}`;
};

export function useAnnouncements(status: AnnouncementStatus | undefined) {
  return useInfiniteQuery({
    queryKey: keys.console(status),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => apiRequest<AnnouncementPage>(`/api/v1/announcements${page({ status, cursor: pageParam, limit: PAGE_SIZE })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Every step changes the console list and possibly the public one. */
function useStep<V>(send: (vars: V) => Promise<Announcement>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }) });
}

const at = (id: string, step = '') => `/api/v1/announcements/${encodeURIComponent(id)}${step}`;
export const useCreateAnnouncement = () => useStep((body: DraftBody) => apiRequest<Announcement>('/api/v1/announcements', { method: 'POST', body }));
export const useUpdateAnnouncement = () => useStep(({ id, body }: { id: string; body: DraftBody }) => apiRequest<Announcement>(at(id), { method: 'PUT', body }));
export const useSubmitAnnouncement = () => useStep((id: string) => apiRequest<Announcement>(at(id, '/submit'), { method: 'POST' }));
export const useReviewAnnouncement = () => useStep(({ id, body }: { id: string; body: ReviewBody }) => apiRequest<Announcement>(at(id, '/review'), { method: 'POST', body }));
export const useWithdrawAnnouncement = () => useStep(({ id, note }: { id: string; note: string }) => apiRequest<Announcement>(at(id, '/withdraw'), { method: 'POST', body: { note } }));

export function useModerationCheck() {
  return useMutation({ mutationFn: (fields: Record<string, string>) => apiRequest<CheckResult>('/api/v1/moderation/check', { method: 'POST', body: { fields } }) });
}

export function usePublicAnnouncements() {
  return useInfiniteQuery({
    queryKey: keys.publicList,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => apiRequest<PublicPage>(`/api/v1/public/announcements${page({ cursor: pageParam, limit: PAGE_SIZE })}`, { allowUnauthenticated: true }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function usePublicAnnouncement(id: string) {
  return useQuery({ queryKey: keys.publicOne(id), queryFn: () => apiRequest<PublicAnnouncement>(`/api/v1/public/announcements/${encodeURIComponent(id)}`, { allowUnauthenticated: true }) });
}
