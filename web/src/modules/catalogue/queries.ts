import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, sendBinary } from '../../api/client';
import type { UploadTransport } from './chunked-upload';
import { anyPending } from './lesson-media';
import type {
  AddLessonBody,
  ChunkReceived,
  CourseDetail,
  CourseStatus,
  CourseSummary,
  CreateCourseBody,
  PlatformReviewBody,
  UploadCompleted,
  UploadCreateBody,
  UploadCreated,
  UploadStatus,
} from './types';

export const catalogueKeys = {
  all: ['catalogue'] as const,
  courses: (status: CourseStatus | undefined) => ['catalogue', 'courses', status ?? 'all'] as const,
  course: (id: string) => ['catalogue', 'course', id] as const,
};

/** How often a course page asks again while a lesson's quality gates run (M21). */
export const QUALITY_POLL_MS = 3_000;

const path = (id: string) => encodeURIComponent(id);

export function useCourses(status?: CourseStatus) {
  return useQuery({
    queryKey: catalogueKeys.courses(status),
    queryFn: async () => (await apiRequest<{ items: CourseSummary[] }>(`/api/v1/courses${status ? `?status=${status}` : ''}`)).items,
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
