import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { identityKeys } from '../identity';
import type { Joined, JoinBody, MyClass, Registered, RegisterBody } from './types';

export const learnerKeys = {
  classes: ['learners', 'classes'] as const,
};

/** Real-name registration signs the learner in: the answer is the new session's account. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) => apiRequest<Registered>('/api/v1/learners/register', { method: 'POST', body, allowUnauthenticated: true }),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[1] !== 'me' });
      queryClient.setQueryData(identityKeys.me, me);
    },
  });
}

export function useMyClasses() {
  return useQuery({
    queryKey: learnerKeys.classes,
    queryFn: async () => (await apiRequest<{ items: MyClass[] }>('/api/v1/me/classes')).items,
  });
}

export function useJoinClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JoinBody) => apiRequest<Joined>('/api/v1/me/enrolments', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: learnerKeys.classes }),
  });
}
