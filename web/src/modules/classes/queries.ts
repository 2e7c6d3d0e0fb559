import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, sendBinary } from '../../api/client';
import type {
  ClassCreated,
  ClassDetail,
  ClassroomSession,
  ClassSummary,
  CorrectionBody,
  CorrectionDecision,
  CorrectionPage,
  CorrectionStatus,
  CreateClassBody,
  ImportResult,
  PasswordReset,
  RecordSessionBody,
  SessionRecorded,
} from './types';

export const classKeys = {
  all: ['classes'] as const,
  list: ['classes', 'list'] as const,
  detail: (id: string) => ['classes', 'detail', id] as const,
  sessions: (id: string) => ['classes', 'sessions', id] as const,
  corrections: (f: CorrectionFilter, page: number, pageSize: number) => ['classes', 'corrections', f.status ?? 'all', f.classId ?? 'all', page, pageSize] as const,
  correctionsAll: ['classes', 'corrections'] as const,
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const IMPORT_TEMPLATE_URL = '/api/v1/classes/import-template';
/** The API lists at most 100 corrections a page; a class page asks for one full page of its own. */
export const CORRECTIONS_MAX_PAGE_SIZE = 100;

const path = (id: string) => encodeURIComponent(id);

export function useClasses() {
  return useQuery({ queryKey: classKeys.list, queryFn: async () => (await apiRequest<{ items: ClassSummary[] }>('/api/v1/classes')).items });
}

export function useClass(id: string) {
  return useQuery({ queryKey: classKeys.detail(id), queryFn: () => apiRequest<ClassDetail>(`/api/v1/classes/${path(id)}`) });
}

export function useClassroomSessions(classId: string) {
  return useQuery({
    queryKey: classKeys.sessions(classId),
    queryFn: async () => (await apiRequest<{ items: ClassroomSession[] }>(`/api/v1/classes/${path(classId)}/classroom-sessions`)).items,
  });
}

export interface CorrectionFilter {
  status?: CorrectionStatus;
  classId?: string;
}

/** Corrections the caller may see (its institution's, or its region's), of one class if asked, paged by the server. */
export function useCorrections(filter: CorrectionFilter, page: number, pageSize: number) {
  const search = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (filter.status) search.set('status', filter.status);
  if (filter.classId) search.set('classId', filter.classId);
  return useQuery({
    queryKey: classKeys.corrections(filter, page, pageSize),
    queryFn: () => apiRequest<CorrectionPage>(`/api/v1/hour-corrections?${search.toString()}`),
    placeholderData: keepPreviousData,
  });
}

/** Every write here changes what some class page shows: lists, learners, sessions or corrections. */
function useClassesMutation<V, R>(mutationFn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: classKeys.all }) });
}

export function useCreateClass() {
  return useClassesMutation((body: CreateClassBody) => apiRequest<ClassCreated>('/api/v1/classes', { method: 'POST', body }));
}

/** The Excel list goes up as it is; the server checks every row and imports all or nothing. */
export function useImportLearners(classId: string) {
  return useClassesMutation((file: File) => sendBinary<ImportResult>(`/api/v1/classes/${path(classId)}/learners/import`, file, { method: 'POST', contentType: XLSX }));
}

export function useResetPassword(classId: string) {
  return useMutation({
    mutationFn: (learnerId: string) => apiRequest<PasswordReset>(`/api/v1/classes/${path(classId)}/learners/${path(learnerId)}/password-reset`, { method: 'POST', body: {} }),
  });
}

export function useRecordSession(classId: string) {
  return useClassesMutation((body: RecordSessionBody) => apiRequest<SessionRecorded>(`/api/v1/classes/${path(classId)}/classroom-sessions`, { method: 'POST', body }));
}

export function useRequestCorrection(classId: string) {
  return useClassesMutation((body: CorrectionBody) => apiRequest<{ correctionId: string }>(`/api/v1/classes/${path(classId)}/hour-corrections`, { method: 'POST', body }));
}

export function useDecideCorrection() {
  return useClassesMutation(({ id, body }: { id: string; body: CorrectionDecision }) =>
    apiRequest<{ status: 'approved' | 'rejected' }>(`/api/v1/hour-corrections/${path(id)}/decision`, { method: 'POST', body }),
  );
}
