import type { SupportAttachment } from '../../platform/db/schema.js';
import { clockState, FIRST_RESPONSE_WARNING_MS, RESOLUTION_WARNING_MS } from './sla.js';
import type { TicketCategory } from './support.policy.js';
import type * as repo from './support.repository.js';

/** A ticket as the API shows it, with both SLA clocks stated at `now` (M10: visible on every ticket). */
export function ticketSummary(t: repo.TicketRow, now: Date) {
  return {
    id: t.id,
    number: t.number,
    category: t.category as TicketCategory,
    subject: t.subject,
    status: t.status,
    requesterKind: t.requester_kind,
    requesterName: t.requester_name,
    assigneeName: t.assignee_name,
    openedAt: t.opened_at.toISOString(),
    escalated: t.escalated_first_response_at !== null || t.escalated_resolution_at !== null,
    sla: {
      firstResponse: {
        due: t.first_response_due.toISOString(),
        at: t.first_responded_at?.toISOString() ?? null,
        state: clockState(t.first_response_due, t.first_responded_at, now, FIRST_RESPONSE_WARNING_MS),
      },
      resolution: {
        due: t.resolution_due.toISOString(),
        at: t.resolved_at?.toISOString() ?? null,
        state: clockState(t.resolution_due, t.resolved_at, now, RESOLUTION_WARNING_MS),
      },
      calendarKnown: t.calendar_known,
    },
  };
}

type MessageRow = Awaited<ReturnType<typeof repo.messagesOf>>[number];

export function ticketDetail(t: repo.TicketRow, messages: MessageRow[], now: Date) {
  return {
    ...ticketSummary(t, now),
    messages: messages.map((m) => ({
      id: m.id,
      side: m.author_side,
      authorName: m.author_side === 'requester' ? t.requester_name : m.author_side === 'system' ? '系统' : `客服 ${m.author_name ?? ''}`.trim(),
      body: m.body,
      attachments: m.attachments as SupportAttachment[],
      createdAt: m.created_at.toISOString(),
    })),
  };
}
