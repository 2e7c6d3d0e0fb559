import type { BodyOf, ResponseOf } from '../../api/types';

export type Ticket = ResponseOf<'/api/v1/support/tickets/{id}', 'get'>;
export type TicketPage = ResponseOf<'/api/v1/support/queue', 'get'>;
export type TicketSummary = TicketPage['items'][number];
export type TicketCategory = TicketSummary['category'];
export type TicketStatus = TicketSummary['status'];
export type SlaClock = TicketSummary['sla']['firstResponse'];
export type ClockState = SlaClock['state'];
export type Message = Ticket['messages'][number];
export type OpenTicketBody = BodyOf<'/api/v1/support/tickets', 'post'>;
export type AttachmentInput = NonNullable<OpenTicketBody['attachments']>[number];
export type QueueStatus = 'active' | TicketStatus;

export type Captcha = ResponseOf<'/api/v1/public/support/captcha', 'post'>;
export type PublicTicketBody = BodyOf<'/api/v1/public/support/tickets', 'post'>;
export type PublicOpened = ResponseOf<'/api/v1/public/support/tickets', 'post', 201>;

export type SlaReport = ResponseOf<'/api/v1/support/reports/sla', 'get'>;
export type SlaReportRow = SlaReport['rows'][number];
export type WorkingCalendar = ResponseOf<'/api/v1/support/calendar', 'get'>;
export type CalendarYearBody = BodyOf<'/api/v1/support/calendar/{year}', 'put'>;
