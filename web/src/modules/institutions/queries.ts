import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { PICKER_PAGE_SIZE, queryString, type PageRequest } from '../../ui/server-pagination';
import type {
  ApplicationPage,
  ApplicationStatus,
  DecisionBody,
  MyInstitution,
  PublicList,
  RegistrationBody,
  SignupBody,
  SignupResult,
  TeacherBody,
  TeacherList,
  TeacherStatus,
} from './types';

export const institutionKeys = {
  all: ['institutions'] as const,
  mine: ['institutions', 'mine'] as const,
  publicList: (city: string) => ['institutions', 'public', city] as const,
  applications: (filters: ApplicationFilters) => ['institutions', 'applications', filters] as const,
  applicationsAll: ['institutions', 'applications'] as const,
  teachers: (filters: { status?: TeacherStatus | undefined; name?: string | undefined }, page: PageRequest) => ['institutions', 'teachers', filters, page] as const,
  teachersAll: ['institutions', 'teachers'] as const,
};

const APPLICATIONS_PAGE_SIZE = 20;

export interface ApplicationFilters {
  status?: ApplicationStatus;
  cityCode?: string;
}

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** M11: a city's published list, as the server orders it (by registration date). */
export function usePublicInstitutions(city: string | undefined) {
  return useQuery({
    queryKey: institutionKeys.publicList(city ?? ''),
    queryFn: () => apiRequest<PublicList>(`/api/v1/public/institutions${query({ city })}`, { allowUnauthenticated: true }),
    enabled: Boolean(city),
  });
}

export function useSignup() {
  return useMutation({
    mutationFn: (body: SignupBody) => apiRequest<SignupResult>('/api/v1/institutions/signup', { method: 'POST', body, allowUnauthenticated: true }),
  });
}

export function useMyInstitution() {
  return useQuery({ queryKey: institutionKeys.mine, queryFn: () => apiRequest<MyInstitution>('/api/v1/institutions/mine') });
}

/** Every institution-side request changes the registrations shown on 机构备案. */
function useInstitutionMutation<V>(mutationFn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionKeys.mine }) });
}

export function useSubmitRegistration() {
  return useInstitutionMutation((body: RegistrationBody) => apiRequest('/api/v1/institutions/mine/registrations', { method: 'POST', body }));
}

export function useDeclareOnline() {
  return useInstitutionMutation((registrationId: string) =>
    apiRequest(`/api/v1/institutions/mine/registrations/${encodeURIComponent(registrationId)}/online-declaration`, { method: 'POST', body: {} }),
  );
}

export function useChangeScope() {
  return useInstitutionMutation(({ registrationId, categories }: { registrationId: string; categories: string[] }) =>
    apiRequest(`/api/v1/institutions/mine/registrations/${encodeURIComponent(registrationId)}/scope-change`, { method: 'POST', body: { categories } }),
  );
}

export function useRequestCancellation() {
  return useInstitutionMutation(({ registrationId, reason }: { registrationId: string; reason: string }) =>
    apiRequest(`/api/v1/institutions/mine/registrations/${encodeURIComponent(registrationId)}/cancellation`, { method: 'POST', body: { reason } }),
  );
}

/** The regulator's queue, newest first, paged by cursor ("加载更多"). */
export function useApplications(filters: ApplicationFilters) {
  return useInfiniteQuery({
    queryKey: institutionKeys.applications(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      apiRequest<ApplicationPage>(`/api/v1/institution-applications${query({ ...filters, cursor: pageParam, limit: APPLICATIONS_PAGE_SIZE })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useDecideApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DecisionBody }) =>
      apiRequest(`/api/v1/institution-applications/${encodeURIComponent(id)}/decision`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionKeys.applicationsAll }),
  });
}

/** All teachers of a status, for pickers and name look-ups. */
export function useTeachers(status?: TeacherStatus) {
  return useQuery({
    queryKey: institutionKeys.teachers({ status }, { page: 1, pageSize: PICKER_PAGE_SIZE }),
    queryFn: async () => (await apiRequest<TeacherList>(`/api/v1/teachers${queryString({ status, pageSize: PICKER_PAGE_SIZE })}`)).items,
  });
}

/** One server page of teachers (教师管理, 教师核准), found by teacher or institution name. */
export function useTeacherPage(filters: { status?: TeacherStatus | undefined; name?: string | undefined }, page: PageRequest) {
  return useQuery({
    queryKey: institutionKeys.teachers(filters, page),
    queryFn: () => apiRequest<TeacherList>(`/api/v1/teachers${queryString({ ...filters, ...page })}`),
    placeholderData: keepPreviousData,
  });
}

export function useReportTeacher() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TeacherBody) => apiRequest('/api/v1/institutions/mine/teachers', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionKeys.teachersAll }),
  });
}

export function useDecideTeacher() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DecisionBody }) => apiRequest(`/api/v1/teachers/${encodeURIComponent(id)}/decision`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionKeys.teachersAll }),
  });
}
