import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { CertificateSummary, ClassCertificates, ClassSummary, Verification } from './types';

export const certificateKeys = {
  mine: ['certificates', 'mine'] as const,
  verify: (number: string, payload: string | null) => ['certificates', 'verify', number, payload] as const,
  ofClass: (classId: string) => ['certificates', 'class', classId] as const,
  classes: ['certificates', 'classes'] as const,
};

export function useVerification(number: string, payload: string | null) {
  return useQuery({
    queryKey: certificateKeys.verify(number, payload),
    queryFn: () => apiRequest<Verification>(`/api/v1/public/certificates/${encodeURIComponent(number)}${payload ? `?p=${encodeURIComponent(payload)}` : ''}`, { allowUnauthenticated: true }),
    retry: false,
  });
}

export function useMyCertificates() {
  return useQuery({ queryKey: certificateKeys.mine, queryFn: async () => (await apiRequest<{ items: CertificateSummary[] }>('/api/v1/me/certificates')).items });
}

export function useClassesForCertificates() {
  return useQuery({ queryKey: certificateKeys.classes, queryFn: async () => (await apiRequest<{ items: ClassSummary[] }>('/api/v1/classes')).items });
}

export function useClassCertificates(classId: string | undefined) {
  return useQuery({
    queryKey: certificateKeys.ofClass(classId ?? ''),
    queryFn: () => apiRequest<ClassCertificates>(`/api/v1/classes/${classId}/certificates`),
    enabled: Boolean(classId),
  });
}

/** Revoke or reissue: both need a reason and refresh the class's list. */
export function useCertificateChange(kind: 'revoke' | 'reissue') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, reason }: { number: string; reason: string }) =>
      apiRequest<{ number: string }>(`/api/v1/certificates/${encodeURIComponent(number)}/${kind}`, { method: 'POST', body: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['certificates'] }),
  });
}
