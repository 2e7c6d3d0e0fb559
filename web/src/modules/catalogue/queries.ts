import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, sendBinary } from '../../api/client';
import { PICKER_PAGE_SIZE, queryString, type PageRequest } from '../../ui/server-pagination';
import type { UploadTransport } from './chunked-upload';
import { anyPending } from './lesson-media';
import type {
  AddLessonBody,
  ChunkReceived,
  CourseDetail,
  CourseList,
  CourseStatus,
  CreateCourseBody,
  PlatformReviewBody,
  SpotCheck,
  SpotCheckBody,
  SpotCheckSample,
  UploadCompleted,
  UploadCreateBody,
  UploadCreated,
  UploadStatus,
} from './types';

export const catalogueKeys = {
  all: ['catalogue'] as const,
  courses: (filters: CourseFilters, page: PageRequest) => ['catalogue', 'courses', filters, page] as const,
  course: (id: string) => ['catalogue', 'course', id] as const,
  spotChecks: (id: string) => ['catalogue', 'spot-checks', id] as const,
};

/** How often a course page asks again while a lesson's quality gates run (M21). */
export const QUALITY_POLL_MS = 3_000;

const path = (id: string) => encodeURIComponent(id);

export interface CourseFilters {
  status?: CourseStatus | undefined;
  title?: string | undefined;
}

/** One server page of courses (the tables of 课程管理, 辖区课程 and 课程审核). */
export function useCoursePage(filters: CourseFilters, page: PageRequest) {
  return useQuery({
    queryKey: catalogueKeys.courses(filters, page),
    queryFn: () => apiRequest<CourseList>(`/api/v1/courses${queryString({ ...filters, ...page })}`),
    placeholderData: keepPreviousData,
  });
}

/** All courses of a status, for pickers (a class's courses). */
export function useCourses(status?: CourseStatus) {
  return useQuery({
    queryKey: catalogueKeys.courses({ status }, { page: 1, pageSize: PICKER_PAGE_SIZE }),
    queryFn: async () => (await apiRequest<CourseList>(`/api/v1/courses${queryString({ status, pageSize: PICKER_PAGE_SIZE })}`)).items,
  });
}

/** A course with its lessons and reviews; polls while any lesson's media is still being inspected. */
export function useCourse(id: string) {
  return useQuery({
    queryKey: catalogueKeys.course(id),
    queryFn: () => apiRequest<CourseDetail>(`/api/v1/courses/${path(id)}`),
    refetchInterval: (query) => (query.state.data && anyPending(query.state.data.lessons) ? QUALITY_POLL_MS : false),
  });
}

function useCatalogueMutation<V, R>(mutationFn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.all }) });
}

export function useCreateCourse() {
  return useCatalogueMutation((body: CreateCourseBody) => apiRequest<{ courseId: string }>('/api/v1/courses', { method: 'POST', body }));
}

export function useAddLesson(courseId: string) {
  return useCatalogueMutation((body: AddLessonBody) => apiRequest<{ lessonId: string }>(`/api/v1/courses/${path(courseId)}/lessons`, { method: 'POST', body }));
}

export function useSubmitCourse(courseId: string) {
  return useCatalogueMutation((comment: string | undefined) =>
    apiRequest<void>(`/api/v1/courses/${path(courseId)}/submit`, { method: 'POST', body: comment ? { comment } : {} }),
  );
}

export function usePlatformReview(courseId: string) {
  return useCatalogueMutation((body: PlatformReviewBody) =>
    apiRequest<{ status: 'published' | 'draft' }>(`/api/v1/courses/${path(courseId)}/platform-review`, { method: 'POST', body }),
  );
}

/** Draws a fresh random sample of the region's published courses (M17); each draw is new, so it is an action, not a cached read. */
export function useDrawSpotCheckSample() {
  return useMutation({ mutationFn: (size: number) => apiRequest<{ items: SpotCheckSample }>(`/api/v1/courses/spot-check-sample${queryString({ size })}`).then((r) => r.items) });
}

export function useSpotChecks(courseId: string) {
  return useQuery({ queryKey: catalogueKeys.spotChecks(courseId), queryFn: async () => (await apiRequest<{ items: SpotCheck[] }>(`/api/v1/courses/${path(courseId)}/spot-checks`)).items });
}

export function useRecordSpotCheck(courseId: string) {
  return useCatalogueMutation((body: SpotCheckBody) => apiRequest<{ status: 'published' | 'taken_down' }>(`/api/v1/courses/${path(courseId)}/spot-checks`, { method: 'POST', body }));
}

export const mediaUrl = (lessonId: string) => `/api/v1/lessons/${path(lessonId)}/media`;

/** The browser side of a chunked upload: JSON calls through the API client, chunks as raw bytes with progress. */
export const browserUploadTransport: UploadTransport = {
  create: (file) => {
    const body: UploadCreateBody = { purpose: 'lesson-media', ...file };
    return apiRequest<UploadCreated>('/api/v1/uploads', { method: 'POST', body });
  },
  status: (uploadId) => apiRequest<UploadStatus>(`/api/v1/uploads/${path(uploadId)}`),
  putChunk: async (uploadId, index, chunk, onBytes) => {
    await sendBinary<ChunkReceived>(`/api/v1/uploads/${path(uploadId)}/chunks/${index}`, chunk, { onProgress: onBytes });
  },
  complete: async (uploadId) => {
    await apiRequest<UploadCompleted>(`/api/v1/uploads/${path(uploadId)}/complete`, { method: 'POST', body: {} });
  },
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
