import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { Enrolled, EnrolmentBody, FaceResetBody, FaceStatus } from './types';

export const faceKeys = {
  status: ['faces', 'status'] as const,
};

export function useFaceStatus() {
  return useQuery({ queryKey: faceKeys.status, queryFn: () => apiRequest<FaceStatus>('/api/v1/me/face') });
}

export function useEnrolFace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EnrolmentBody) => apiRequest<Enrolled>('/api/v1/me/face/enrolment', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: faceKeys.status }),
  });
}

/** Public: the learner is signed out (M27: no phone, so the face stands in for an SMS code). */
export function useResetPasswordByFace() {
  return useMutation({
    mutationFn: (body: FaceResetBody) => apiRequest<void>('/api/v1/auth/password-reset/face', { method: 'POST', body, allowUnauthenticated: true }),
  });
}
