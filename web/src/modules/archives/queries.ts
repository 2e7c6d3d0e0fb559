import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { fetchFile } from '../certificates';
import type { Archive, LearnerPage, SessionPage } from './types';

/** `learnerId` null is the signed-in learner's own archive. */
const base = (learnerId: string | null) => (learnerId ? `/api/v1/learners/${learnerId}/archive` : '/api/v1/me/archive');
export const framePath = (learnerId: string | null, checkId: number) => `${base(learnerId)}/face-checks/${checkId}/frame`;

export function useArchive(learnerId: string | null) {
  return useQuery({ queryKey: ['archives', learnerId ?? 'me'], queryFn: () => apiRequest<Archive>(base(learnerId)) });
}

export function useArchiveSessions(learnerId: string | null) {
  return useInfiniteQuery({
    queryKey: ['archives', learnerId ?? 'me', 'sessions'],
    queryFn: ({ pageParam }) => apiRequest<SessionPage>(`${base(learnerId)}/sessions?limit=20${pageParam ? `&cursor=${pageParam}` : ''}`),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useArchiveLearners(name: string) {
  return useInfiniteQuery({
    queryKey: ['archives', 'list', name],
    queryFn: ({ pageParam }) => apiRequest<LearnerPage>(`/api/v1/archives?limit=20${name ? `&name=${encodeURIComponent(name)}` : ''}${pageParam ? `&cursor=${pageParam}` : ''}`),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useExportArchives() {
  return useMutation({ mutationFn: () => fetchFile('/api/v1/archives/export') });
}
