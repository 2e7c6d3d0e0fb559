import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { Beat } from './heartbeat-buffer';
import type { ChallengeAnswer, ClassLearning, EndAnswer, FaceCheckAnswer, HeartbeatAnswer, MyHours, StartBody, Started } from './types';
import type { LiveFrames } from '../faces';

export const learningKeys = {
  classLearning: (classId: string) => ['learning', 'class', classId] as const,
  hours: ['learning', 'hours'] as const,
};

export function useClassLearning(classId: string) {
  return useQuery({ queryKey: learningKeys.classLearning(classId), queryFn: () => apiRequest<ClassLearning>(`/api/v1/me/classes/${classId}/learning`) });
}

export function useMyHours() {
  return useQuery({ queryKey: learningKeys.hours, queryFn: async () => (await apiRequest<{ items: MyHours[] }>('/api/v1/me/hours')).items });
}

/** The learning protocol's calls (DESIGN §5); the player drives them, so they are plain functions, not cached queries. */
export const learningApi = {
  start: (body: StartBody) => apiRequest<Started>('/api/v1/learning/sessions', { method: 'POST', body }),
  /** A beat resent after a lost answer carries the same key, so the server answers it as before (DESIGN §5.2). */
  heartbeat: (sessionId: string, beat: Beat) =>
    apiRequest<HeartbeatAnswer>(`/api/v1/learning/sessions/${sessionId}/heartbeats`, { method: 'POST', body: beat, headers: { 'idempotency-key': `${sessionId}:${beat.seq}` } }),
  answer: (sessionId: string, challengeId: string, answer: string) =>
    apiRequest<ChallengeAnswer>(`/api/v1/learning/sessions/${sessionId}/challenge`, { method: 'POST', body: { challengeId, answer } }),
  faceCheck: (sessionId: string, frames: LiveFrames) => apiRequest<FaceCheckAnswer>(`/api/v1/learning/sessions/${sessionId}/face-check`, { method: 'POST', body: frames }),
  end: (sessionId: string, frames?: LiveFrames) => apiRequest<EndAnswer>(`/api/v1/learning/sessions/${sessionId}/end`, { method: 'POST', body: frames ?? {} }),
  mediaUrl: (sessionId: string) => `/api/v1/learning/sessions/${sessionId}/media`,
};
