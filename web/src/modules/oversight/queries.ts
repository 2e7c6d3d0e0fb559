import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { fetchFile, saveFile } from '../certificates';
import { exportFilters, listSearch } from './list-query';
import type { ClassSummary, ExportStatus, Filters, InstitutionSummary, ListKind, Page, RegionSummary, RowOf } from './types';

export const oversightKeys = {
  all: ['oversight'] as const,
  list: (kind: ListKind, filters: Filters, page: number, pageSize: number) => ['oversight', 'list', kind, filters, page, pageSize] as const,
  region: (code: string) => ['oversight', 'region', code] as const,
  institution: (id: string) => ['oversight', 'institution', id] as const,
  class: (id: string) => ['oversight', 'class', id] as const,
  export: (id: string) => ['oversight', 'export', id] as const,
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** How often the page asks how far an export has got. */
export const EXPORT_POLL_MS = 1000;

/** One page of a supervision list, filtered and sorted by the server within the caller's region (M29). */
export function useOversightList<K extends ListKind>(kind: K, filters: Filters, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: oversightKeys.list(kind, filters, page, pageSize),
    queryFn: () => apiRequest<Page<RowOf[K]>>(`/api/v1/oversight/${kind}?${listSearch(filters, page, pageSize)}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRegionSummary(code: string) {
  return useQuery({ queryKey: oversightKeys.region(code), queryFn: () => apiRequest<RegionSummary>(`/api/v1/oversight/regions/${encodeURIComponent(code)}`), enabled: code !== '' });
}

export function useInstitutionSummary(id: string) {
  return useQuery({ queryKey: oversightKeys.institution(id), queryFn: () => apiRequest<InstitutionSummary>(`/api/v1/oversight/institutions/${encodeURIComponent(id)}`) });
}

export function useClassSummary(id: string) {
  return useQuery({ queryKey: oversightKeys.class(id), queryFn: () => apiRequest<ClassSummary>(`/api/v1/oversight/classes/${encodeURIComponent(id)}`) });
}

export function useStartExport() {
  return useMutation({
    mutationFn: ({ kind, filters }: { kind: ListKind; filters: Filters }) =>
      apiRequest<ExportStatus>('/api/v1/oversight/exports', { method: 'POST', body: { kind, filters: exportFilters(filters) } }),
  });
}

/** Polls an export until its file is ready or it failed. */
export function useExportStatus(id: string | null) {
  return useQuery({
    queryKey: oversightKeys.export(id ?? ''),
    queryFn: () => apiRequest<ExportStatus>(`/api/v1/oversight/exports/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && (query.state.data.status === 'done' || query.state.data.status === 'failed') ? false : EXPORT_POLL_MS),
  });
}

export async function downloadExport(id: string, filename: string): Promise<void> {
  saveFile(await fetchFile(`/api/v1/oversight/exports/${encodeURIComponent(id)}/file`), filename, XLSX);
}
