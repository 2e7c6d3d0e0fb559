import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { NewTermBody, TermCategory, TermList } from './types';

const keys = { terms: (category: TermCategory | undefined, search: string) => ['moderation', 'terms', category ?? 'all', search] as const };

export function useTerms(category: TermCategory | undefined, search: string) {
  const params = new URLSearchParams();
  if (category) params.set('category', category);
  if (search) params.set('search', search);
  return useQuery({ queryKey: keys.terms(category, search), queryFn: () => apiRequest<TermList>(`/api/v1/moderation/terms?${params.toString()}`) });
}

export function useAddTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTermBody) => apiRequest<{ id: string }>('/api/v1/moderation/terms', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['moderation'] }),
  });
}

export function useSetTermActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => apiRequest(`/api/v1/moderation/terms/${encodeURIComponent(id)}/active`, { method: 'PUT', body: { active } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['moderation'] }),
  });
}
