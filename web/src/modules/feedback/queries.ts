import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { queryString, type PageRequest } from '../../ui/server-pagination';
import { catalogueKeys } from '../catalogue';
import type { CommentDecisionBody, CommentQueue, CourseFeedback, MyRatingAnswer, QueueStatus, RatingAnswer, RatingBody, SatisfactionList, ThresholdBody } from './types';

export interface SatisfactionFilters {
  status?: 'published' | 'taken_down' | undefined;
  title?: string | undefined;
  flagged?: boolean | undefined;
}

const keys = {
  all: ['feedback'] as const,
  list: (filters: SatisfactionFilters, page: PageRequest) => ['feedback', 'courses', filters, page] as const,
  course: (id: string, page: PageRequest) => ['feedback', 'course', id, page] as const,
  comments: (status: QueueStatus, page: PageRequest) => ['feedback', 'comments', status, page] as const,
  myRating: (classId: string, courseId: string) => ['feedback', 'my-rating', classId, courseId] as const,
};
const path = (id: string) => encodeURIComponent(id);

/** 课程满意度: a server page of courses with their averages and flag (M22, M29). */
export function useSatisfactionList(filters: SatisfactionFilters, page: PageRequest) {
  return useQuery({ queryKey: keys.list(filters, page), queryFn: () => apiRequest<SatisfactionList>(`/api/v1/feedback/courses${queryString({ ...filters, ...page })}`), placeholderData: keepPreviousData });
}

/** One course's satisfaction, its published comments (paged) and the institution's responses. */
export function useCourseFeedback(courseId: string | null, page: PageRequest) {
  return useQuery({
    queryKey: keys.course(courseId ?? '', page),
    queryFn: () => apiRequest<CourseFeedback>(`/api/v1/courses/${path(courseId ?? '')}/feedback${queryString({ ...page })}`),
    enabled: courseId !== null,
    placeholderData: keepPreviousData,
  });
}

function useFeedbackMutation<V, R>(mutationFn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.all });
      await queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
    },
  });
}

export function useAnswerSatisfaction() {
  return useFeedbackMutation(({ courseId, text }: { courseId: string; text: string }) => apiRequest<void>(`/api/v1/courses/${path(courseId)}/satisfaction-answer`, { method: 'POST', body: { text } }));
}

export function useTakeDownCourse() {
  return useFeedbackMutation(({ courseId, reason }: { courseId: string; reason: string }) => apiRequest<{ status: 'taken_down' }>(`/api/v1/courses/${path(courseId)}/take-down`, { method: 'POST', body: { reason } }));
}

export function useSetThreshold() {
  return useFeedbackMutation((body: ThresholdBody) => apiRequest('/api/v1/feedback/settings', { method: 'POST', body }));
}

/** 留言审核: held comments (or past decisions) oldest first (M9). */
export function useCommentQueue(status: QueueStatus, page: PageRequest) {
  return useQuery({ queryKey: keys.comments(status, page), queryFn: () => apiRequest<CommentQueue>(`/api/v1/feedback/comments${queryString({ status, ...page })}`), placeholderData: keepPreviousData });
}

export function useDecideComment() {
  return useFeedbackMutation(({ id, body }: { id: string; body: CommentDecisionBody }) =>
    apiRequest<{ status: 'published' | 'rejected' }>(`/api/v1/feedback/comments/${path(id)}/decision`, { method: 'POST', body }),
  );
}

const ratingPath = (classId: string, courseId: string) => `/api/v1/me/classes/${path(classId)}/courses/${path(courseId)}/rating`;

/** The learner's own rating of a course in a class, with where its comment stands (M22, M9). */
export function useMyRating(classId: string, courseId: string) {
  return useQuery({ queryKey: keys.myRating(classId, courseId), queryFn: () => apiRequest<MyRatingAnswer>(ratingPath(classId, courseId)) });
}

/** Rates (or re-rates) a course; the server refuses without confirmed time in it. */
export function useRateCourse(classId: string, courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RatingBody) => apiRequest<RatingAnswer>(ratingPath(classId, courseId), { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.myRating(classId, courseId) }),
  });
}
