import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { AttachmentInput, CalendarYearBody, Captcha, OpenTicketBody, PublicOpened, PublicTicketBody, QueueStatus, SlaReport, Ticket, TicketCategory, TicketPage, WorkingCalendar } from './types';

export const supportKeys = {
  all: ['support'] as const,
  queue: (status: QueueStatus, category: TicketCategory | undefined) => ['support', 'queue', status, category ?? 'all'] as const,
  mine: ['support', 'mine'] as const,
  ticket: (id: string) => ['support', 'ticket', id] as const,
  report: (month: string) => ['support', 'report', month] as const,
  calendar: ['support', 'calendar'] as const,
};

const PAGE_SIZE = 20;

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  return `?${search.toString()}`;
};

export function useQueue(status: QueueStatus, category: TicketCategory | undefined) {
  return useInfiniteQuery({
    queryKey: supportKeys.queue(status, category),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => apiRequest<TicketPage>(`/api/v1/support/queue${query({ status, category, cursor: pageParam, limit: PAGE_SIZE })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The clocks move: refresh the queue every minute.
    refetchInterval: 60_000,
  });
}

export function useMyTickets() {
  return useInfiniteQuery({
    queryKey: supportKeys.mine,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => apiRequest<TicketPage>(`/api/v1/me/support/tickets${query({ cursor: pageParam, limit: PAGE_SIZE })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useTicket(id: string | null) {
  return useQuery({ queryKey: supportKeys.ticket(id ?? ''), queryFn: () => apiRequest<Ticket>(`/api/v1/support/tickets/${encodeURIComponent(id!)}`), enabled: id !== null });
}

/** Any change to a ticket moves it in the queue and in its requester's list. */
function useTicketMutation<V>(send: (vars: V) => Promise<Ticket>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (ticket) => {
      queryClient.setQueryData(supportKeys.ticket(ticket.id), ticket);
      void queryClient.invalidateQueries({ queryKey: ['support', 'queue'] });
      void queryClient.invalidateQueries({ queryKey: supportKeys.mine });
    },
  });
}

export const useOpenTicket = () => useTicketMutation((body: OpenTicketBody) => apiRequest<Ticket>('/api/v1/support/tickets', { method: 'POST', body }));
export const useReply = () =>
  useTicketMutation(({ id, body, attachments }: { id: string; body: string; attachments?: AttachmentInput[] }) =>
    apiRequest<Ticket>(`/api/v1/support/tickets/${encodeURIComponent(id)}/messages`, { method: 'POST', body: { body, attachments } }),
  );
export const useClaim = () => useTicketMutation((id: string) => apiRequest<Ticket>(`/api/v1/support/tickets/${encodeURIComponent(id)}/claim`, { method: 'POST' }));
export const useResolve = () =>
  useTicketMutation(({ id, body }: { id: string; body: string }) => apiRequest<Ticket>(`/api/v1/support/tickets/${encodeURIComponent(id)}/resolve`, { method: 'POST', body: { body } }));

export function useSlaReport(month: string) {
  return useQuery({ queryKey: supportKeys.report(month), queryFn: () => apiRequest<SlaReport>(`/api/v1/support/reports/sla${query({ month })}`) });
}

export function useWorkingCalendar(enabled: boolean) {
  return useQuery({ queryKey: supportKeys.calendar, queryFn: () => apiRequest<WorkingCalendar>('/api/v1/support/calendar'), enabled });
}

export function useSaveCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: CalendarYearBody }) => apiRequest<WorkingCalendar>(`/api/v1/support/calendar/${year}`, { method: 'PUT', body }),
    onSuccess: (calendar) => queryClient.setQueryData(supportKeys.calendar, calendar),
  });
}

export function useCaptcha() {
  return useQuery({
    queryKey: ['support', 'captcha'],
    queryFn: () => apiRequest<Captcha>('/api/v1/public/support/captcha', { method: 'POST', allowUnauthenticated: true }),
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function useOpenPublicTicket() {
  return useMutation({ mutationFn: (body: PublicTicketBody) => apiRequest<PublicOpened>('/api/v1/public/support/tickets', { method: 'POST', body, allowUnauthenticated: true }) });
}

export function usePublicLookup() {
  return useMutation({
    mutationFn: (body: { number: number; accessKey: string }) => apiRequest<Ticket>('/api/v1/public/support/tickets/lookup', { method: 'POST', body, allowUnauthenticated: true }),
  });
}

export function usePublicFollowUp() {
  return useMutation({
    mutationFn: (body: { number: number; accessKey: string; body: string }) => apiRequest<Ticket>('/api/v1/public/support/tickets/messages', { method: 'POST', body, allowUnauthenticated: true }),
  });
}
