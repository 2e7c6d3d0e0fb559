import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, sendBinary } from '../../api/client';
import type { Attempt, AttemptState, BankSummary, FaceCheckResult, ImportReport, MyTests, QuestionPage, TestResult } from './types';
import type { LiveFrames } from '../faces';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const bankPath = (categoryId: string) => `/api/v1/assessments/banks/${encodeURIComponent(categoryId)}`;

export const assessmentKeys = {
  banks: ['assessments', 'banks'] as const,
  questions: (categoryId: string, topic: string | null) => ['assessments', 'questions', categoryId, topic] as const,
  myTests: (classId: string) => ['assessments', 'my-tests', classId] as const,
  attempt: (attemptId: string) => ['assessments', 'attempt', attemptId] as const,
};

export const TEMPLATE_URL = '/api/v1/assessments/import-template';

export function useBanks() {
  return useQuery({ queryKey: assessmentKeys.banks, queryFn: async () => (await apiRequest<{ items: BankSummary[] }>('/api/v1/assessments/banks')).items });
}

/** Questions a page at a time (each page read is audited on the server). */
export function useQuestions(categoryId: string | null, topic: string | null) {
  return useInfiniteQuery({
    queryKey: assessmentKeys.questions(categoryId ?? '', topic),
    enabled: Boolean(categoryId),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: '20' });
      if (topic) query.set('topic', topic);
      if (pageParam) query.set('cursor', pageParam);
      return apiRequest<QuestionPage>(`${bankPath(categoryId!)}/questions?${query}`);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useRetireQuestion(categoryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (questionId: string) => apiRequest<void>(`${bankPath(categoryId)}/questions/${questionId}/retire`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['assessments'] }),
  });
}

export function useImportQuestions(categoryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => sendBinary<ImportReport>(`${bankPath(categoryId)}/import?dryRun=${dryRun}`, file, { method: 'POST', contentType: XLSX }),
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries({ queryKey: ['assessments'] });
    },
  });
}

export function useMyTests(classId: string) {
  return useQuery({ queryKey: assessmentKeys.myTests(classId), queryFn: () => apiRequest<MyTests>(`/api/v1/me/classes/${classId}/tests`) });
}

export function useStartAttempt() {
  return useMutation({ mutationFn: ({ testId, frames }: { testId: string; frames: LiveFrames }) => apiRequest<Attempt>(`/api/v1/me/tests/${testId}/attempts`, { method: 'POST', body: frames }) });
}

export function useAttempt(attemptId: string) {
  return useQuery({ queryKey: assessmentKeys.attempt(attemptId), queryFn: () => apiRequest<Attempt>(`/api/v1/me/test-attempts/${attemptId}`), staleTime: Infinity, retry: false });
}

const attemptPath = (attemptId: string, action: string) => `/api/v1/me/test-attempts/${attemptId}/${action}`;

export const attemptApi = {
  state: (attemptId: string) => apiRequest<AttemptState>(attemptPath(attemptId, 'state')),
  answer: (attemptId: string, questionId: string, choice: number[]) => apiRequest<AttemptState>(attemptPath(attemptId, 'answers'), { method: 'POST', body: { questionId, choice } }),
  faceCheck: (attemptId: string, frames: LiveFrames) => apiRequest<FaceCheckResult>(attemptPath(attemptId, 'face-check'), { method: 'POST', body: frames }),
  pageEvent: (attemptId: string, kind: 'hidden' | 'visible') => apiRequest<AttemptState>(attemptPath(attemptId, 'page-events'), { method: 'POST', body: { kind } }),
  submit: (attemptId: string) => apiRequest<TestResult>(attemptPath(attemptId, 'submit'), { method: 'POST' }),
};
