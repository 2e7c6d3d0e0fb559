import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type {
  ApplicationPage,
  ChangeRequest,
  ClassDetail,
  ClassSummary,
  Checklist,
  DrawBundle,
  ExamApplication,
  ExceptionToCheck,
  DrawDetail,
  DrawPage,
  MyDuties,
  NewDocument,
  NewDraw,
  NewApplication,
  NewMeasure,
  NewSession,
  NewSpotCheck,
  NewSite,
  NewStaff,
  NewViolation,
  Sanction,
  SessionDetail,
  SessionPage,
  SessionStaff,
  Site,
  Staff,
  Verification,
  ViolationPage,
} from './types';

export const examKeys = { all: ['exams'] as const };
const key = (...parts: (string | number | boolean | undefined)[]) => [...examKeys.all, ...parts];
const page = (p: number, size: number) => `page=${p}&pageSize=${size}`;

/** Every exam write can change what any exam page shows: refresh them all. */
function useExamMutation<V, R = unknown>(mutationFn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: examKeys.all }) });
}

export const PAGE_SIZE = 20;

export const useDraws = (p: number) => useQuery({ queryKey: key('draws', p), queryFn: () => apiRequest<DrawPage>(`/api/v1/exam-draws?${page(p, PAGE_SIZE)}`) });
export const useDraw = (id: string) => useQuery({ queryKey: key('draw', id), queryFn: () => apiRequest<DrawDetail>(`/api/v1/exam-draws/${id}`) });
export const useCreateDraw = () => useExamMutation((body: NewDraw) => apiRequest<{ drawId: string }>('/api/v1/exam-draws', { method: 'POST', body }));
export const useDrawStep = (id: string) => useExamMutation(({ step, body }: { step: 'freeze' | 'commits' | 'reveals' | 'beacon' | 'run' | 'publish'; body?: object }) => apiRequest(`/api/v1/exam-draws/${id}/${step}`, { method: 'POST', body: body ?? {} }));

export const usePublicDraws = (p: number) =>
  useQuery({ queryKey: key('public-draws', p), queryFn: () => apiRequest<DrawPage>(`/api/v1/public/exam-draws?${page(p, PAGE_SIZE)}`, { allowUnauthenticated: true }) });
export const fetchBundle = (id: string) => apiRequest<DrawBundle>(`/api/v1/public/exam-draws/${id}/bundle`, { allowUnauthenticated: true });
export const useVerify = () => useMutation({ mutationFn: (bundle: DrawBundle) => apiRequest<Verification>('/api/v1/public/exam-draws/verify', { method: 'POST', body: bundle, allowUnauthenticated: true }) });
export const usePublicSanctions = (p: number) =>
  useQuery({ queryKey: key('sanctions', p), queryFn: () => apiRequest<{ items: Sanction[]; total: number }>(`/api/v1/public/exam-sanctions?${page(p, PAGE_SIZE)}`, { allowUnauthenticated: true }) });

export const useSessions = (p: number, upcoming: boolean) =>
  useQuery({ queryKey: key('sessions', p, upcoming), queryFn: () => apiRequest<SessionPage>(`/api/v1/exam-sessions?${page(p, PAGE_SIZE)}${upcoming ? '&upcoming=true' : ''}`) });
export const useSession = (id: string) => useQuery({ queryKey: key('session', id), queryFn: () => apiRequest<SessionDetail>(`/api/v1/exam-sessions/${id}`) });
export const useSessionStaff = (id: string) => useQuery({ queryKey: key('session-staff', id), queryFn: () => apiRequest<{ items: SessionStaff[] }>(`/api/v1/exam-sessions/${id}/staff`) });
export const useCreateSession = () => useExamMutation((body: NewSession) => apiRequest('/api/v1/exam-sessions', { method: 'POST', body }));
export const useSaveChecklist = (id: string) => useExamMutation((body: Checklist) => apiRequest<{ complete: boolean }>(`/api/v1/exam-sessions/${id}/readiness`, { method: 'PUT', body }));
export const useSessionStep = (id: string) => useExamMutation((step: 'readiness/confirm' | 'seal') => apiRequest(`/api/v1/exam-sessions/${id}/${step}`, { method: 'POST', body: {} }));
export const useRequestChange = (id: string) => useExamMutation((body: ChangeRequest) => apiRequest(`/api/v1/exam-sessions/${id}/change-requests`, { method: 'POST', body }));
export const useDecideChange = () => useExamMutation(({ id, approve }: { id: string; approve: boolean }) => apiRequest(`/api/v1/exam-session-changes/${id}/decision`, { method: 'POST', body: { approve } }));
export const useAssignStaff = (sessionId: string) => useExamMutation((body: { staffId: string; duty: string }) => apiRequest(`/api/v1/exam-sessions/${sessionId}/staff`, { method: 'POST', body }));

/** Institutions published in a city (the public list, M11): who a site or staff member may be related to. */
export const useRelatedCandidates = (cityCode: string) =>
  useQuery({ queryKey: key('institutions', cityCode), queryFn: () => apiRequest<{ items: { id: string; name: string }[] }>(`/api/v1/public/institutions?city=${cityCode}`), enabled: Boolean(cityCode) });
export const useSites = () => useQuery({ queryKey: key('sites'), queryFn: () => apiRequest<{ items: Site[] }>('/api/v1/exam-sites') });
export const useCreateSite = () => useExamMutation((body: NewSite) => apiRequest('/api/v1/exam-sites', { method: 'POST', body }));

export const useStaff = (enabled = true) => useQuery({ queryKey: key('staff'), queryFn: () => apiRequest<{ items: Staff[] }>('/api/v1/exam-staff'), enabled });
export const useCreateStaff = () => useExamMutation((body: NewStaff) => apiRequest('/api/v1/exam-staff', { method: 'POST', body }));
export const useAddDocument = (staffId: string) => useExamMutation((body: NewDocument) => apiRequest(`/api/v1/exam-staff/${staffId}/documents`, { method: 'POST', body }));
export const useMyDuties = () => useQuery({ queryKey: key('my-duties'), queryFn: () => apiRequest<MyDuties>('/api/v1/me/exam-duties') });

export const useSubmitApplication = () => useExamMutation((body: NewApplication) => apiRequest('/api/v1/exam-applications', { method: 'POST', body }));
export const useWithdrawApplication = () => useExamMutation((id: string) => apiRequest(`/api/v1/exam-applications/${id}/withdraw`, { method: 'POST', body: {} }));
export const useOwnClasses = (enabled: boolean) => useQuery({ queryKey: key('classes'), queryFn: () => apiRequest<{ items: ClassSummary[] }>('/api/v1/classes'), enabled });
export const useClassLearners = (classId: string | undefined) =>
  useQuery({ queryKey: key('class', classId), queryFn: () => apiRequest<ClassDetail>(`/api/v1/classes/${classId}`), enabled: Boolean(classId) });
export const useMyExams = () => useQuery({ queryKey: key('mine'), queryFn: () => apiRequest<{ items: ExamApplication[] }>('/api/v1/me/exam-applications') });
export const useExamApplications = (p: number) => useQuery({ queryKey: key('applications', p), queryFn: () => apiRequest<ApplicationPage>(`/api/v1/exam-applications?${page(p, PAGE_SIZE)}`) });

export const useViolations = (p: number) => useQuery({ queryKey: key('violations', p), queryFn: () => apiRequest<ViolationPage>(`/api/v1/exam-violations?${page(p, PAGE_SIZE)}`) });
export const useRecordViolation = () => useExamMutation((body: NewViolation) => apiRequest('/api/v1/exam-violations', { method: 'POST', body }));
export const useDecideMeasure = () => useExamMutation(({ violationId, body }: { violationId: string; body: NewMeasure }) => apiRequest(`/api/v1/exam-violations/${violationId}/measures`, { method: 'POST', body }));
export const useExceptions = (enabled: boolean) => useQuery({ queryKey: key('exceptions'), queryFn: () => apiRequest<{ items: ExceptionToCheck[] }>('/api/v1/exam-exceptions'), enabled });
export const useRecordSpotCheck = () => useExamMutation((body: NewSpotCheck) => apiRequest('/api/v1/exam-spot-checks', { method: 'POST', body }));
export const useMarkRectified = () => useExamMutation((measureId: string) => apiRequest(`/api/v1/exam-measures/${measureId}/rectified`, { method: 'POST', body: {} }));
