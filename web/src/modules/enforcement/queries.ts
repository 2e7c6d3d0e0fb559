import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { CaseDetail, CasePage, Findings, InspectionDetail, InspectionPlan, NewCase, NewInspection, NewMeasure, Orders, SanctionPage, SignalDetail, SignalKind, SignalPage } from './types';

export const PAGE_SIZE = 20;
const all = ['enforcement'] as const;
const key = (...parts: (string | number | boolean | undefined)[]) => [...all, ...parts];
const query = (params: Record<string, string | number | boolean | undefined>) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  return `?${search.toString()}`;
};

/** Any enforcement write can change every enforcement page: refresh them all. */
function useEnforcementMutation<V, R = unknown>(mutationFn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: all }) });
}

export const useSignals = (page: number, kind: SignalKind | undefined) =>
  useQuery({ queryKey: key('signals', page, kind), queryFn: () => apiRequest<SignalPage>(`/api/v1/enforcement/signals${query({ page, pageSize: PAGE_SIZE, kind })}`) });
export const useSignal = (id: string | null) =>
  useQuery({ queryKey: key('signal', id ?? ''), enabled: id !== null, queryFn: () => apiRequest<SignalDetail>(`/api/v1/enforcement/signals/${id}`) });

export const useInspectionPlan = (year: number) => useQuery({ queryKey: key('inspections', year), queryFn: () => apiRequest<InspectionPlan>(`/api/v1/enforcement/inspections?year=${year}`) });
export const useInspection = (id: string | null) =>
  useQuery({ queryKey: key('inspection', id ?? ''), enabled: id !== null, queryFn: () => apiRequest<InspectionDetail>(`/api/v1/enforcement/inspections/${id}`) });
export const useScheduleInspection = () => useEnforcementMutation((body: NewInspection) => apiRequest<{ inspectionId: string }>('/api/v1/enforcement/inspections', { method: 'POST', body }));
export const useRecordFindings = () =>
  useEnforcementMutation(({ id, body }: { id: string; body: Findings }) => apiRequest<{ conclusion: string }>(`/api/v1/enforcement/inspections/${id}/findings`, { method: 'POST', body }));

export const useCases = (page: number, status: 'open' | 'closed' | undefined, overdue: boolean) =>
  useQuery({ queryKey: key('cases', page, status, overdue), queryFn: () => apiRequest<CasePage>(`/api/v1/enforcement/cases${query({ page, pageSize: PAGE_SIZE, status, overdue: overdue || undefined })}`) });
export const useCase = (id: string) => useQuery({ queryKey: key('case', id), queryFn: () => apiRequest<CaseDetail>(`/api/v1/enforcement/cases/${id}`) });
export const useOpenCase = () => useEnforcementMutation((body: NewCase) => apiRequest<{ caseId: string }>('/api/v1/enforcement/cases', { method: 'POST', body }));
export const useAddMeasure = (caseId: string) => useEnforcementMutation((body: NewMeasure) => apiRequest<{ measureId: number }>(`/api/v1/enforcement/cases/${caseId}/measures`, { method: 'POST', body }));
export const useReportCase = (caseId: string) => useEnforcementMutation((body: { toRegion: string; note: string }) => apiRequest(`/api/v1/enforcement/cases/${caseId}/reports`, { method: 'POST', body }));
export const useCloseCase = (caseId: string) => useEnforcementMutation((note: string) => apiRequest(`/api/v1/enforcement/cases/${caseId}/close`, { method: 'POST', body: { note } }));
export const useReviewOrder = () =>
  useEnforcementMutation(({ id, accept, text }: { id: number; accept: boolean; text: string }) => apiRequest(`/api/v1/enforcement/orders/${id}/review`, { method: 'POST', body: { accept, text } }));

export const useOrders = () => useQuery({ queryKey: key('orders'), queryFn: () => apiRequest<Orders>('/api/v1/enforcement/orders') });
export const useReplyOrder = () => useEnforcementMutation(({ id, text }: { id: number; text: string }) => apiRequest(`/api/v1/enforcement/orders/${id}/reply`, { method: 'POST', body: { text } }));

export const usePublicSanctions = (page: number, city: string | undefined) =>
  useQuery({
    queryKey: key('public-sanctions', page, city),
    queryFn: () => apiRequest<SanctionPage>(`/api/v1/public/sanctions${query({ page, pageSize: PAGE_SIZE, city })}`, { allowUnauthenticated: true }),
  });
