import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { BlobStore } from '../../platform/blob/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { SupportTicketStatus } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import { SYSTEM_ACTOR, type AuditActor, type AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { firstResponseDue, FIRST_RESPONSE_WARNING_MS, resolutionDue, RESOLUTION_WARNING_MS } from './sla.js';
import { storeAttachments } from './support.attachments.js';
import { captchaAnswerHash, captchaSvg, captchaText, CAPTCHA_TTL_MS } from './support.captcha.js';
import { SupportErrors } from './support.errors.js';
import { canReadTicket, canSeeSlaReport, isAgent, requesterKindOf, TICKET_CATEGORIES, type TicketCategory } from './support.policy.js';
import * as repo from './support.repository.js';
import type { AttachmentInput } from './support.schemas.js';
import { ticketDetail, ticketSummary } from './support.views.js';
import { BUILT_IN_YEARS, workingCalendar } from './working-calendar.js';

export interface TicketInput {
  category: TicketCategory;
  subject: string;
  body: string;
  attachments?: AttachmentInput[] | undefined;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Support desk (M10): tickets from anyone, a queue for agents, SLA clocks, escalation, the monthly report. */
export function createSupportService(deps: { db: Db; clock: Clock; audit: AuditService; blobs: BlobStore; random?: (n: number) => number }) {
  const { db, clock, audit, blobs } = deps;
  const random = deps.random ?? ((n: number) => randomInt(n));

  async function calendar() {
    const years = await repo.calendarYears(db);
    return workingCalendar(years.map((y) => ({ year: y.year, holidays: y.holidays, workdays: y.workdays })));
  }

  async function insertTicket(
    requester: { accountId: string | null; kind: ReturnType<typeof requesterKindOf> | 'public'; name: string; accessKeyHash: string | null },
    input: TicketInput,
    by: AuditActor,
  ) {
    const attachments = await storeAttachments(blobs, input.attachments);
    const cal = await calendar();
    return db.transaction().execute(async (tx) => {
      const now = clock.now();
      const resolution = resolutionDue(now, cal);
      const row = await repo.insertTicket(tx, {
        requester_account_id: requester.accountId,
        requester_kind: requester.kind,
        requester_name: requester.name,
        access_key_hash: requester.accessKeyHash,
        category: input.category,
        subject: input.subject,
        status: 'open',
        opened_at: now,
        first_response_due: firstResponseDue(now),
        resolution_due: resolution.due,
        calendar_known: resolution.calendarKnown,
      });
      await repo.insertMessage(tx, { ticketId: row.id, authorId: requester.accountId, side: 'requester', body: input.body, attachments, at: now });
      await audit.record(tx, by, { action: 'support.ticket_opened', targetType: 'support_ticket', targetId: row.id, change: { number: row.number, category: input.category, attachments: attachments.length } });
      return row;
    });
  }

  async function open(actor: Actor, input: TicketInput, requestId: string) {
    const row = await insertTicket({ accountId: actor.accountId, kind: requesterKindOf(actor), name: actor.displayName, accessKeyHash: null }, input, auditActorOf(actor, requestId));
    return get(actor, row.id);
  }

  async function captcha() {
    const text = captchaText(random);
    const captchaId = await repo.insertCaptcha(db, captchaAnswerHash(text), new Date(clock.now().getTime() + CAPTCHA_TTL_MS));
    return { captchaId, svg: captchaSvg(text) };
  }

  /** The public form: a solved captcha, a name, no contact detail; answers are read with the number and a one-time-shown key. */
  async function openPublic(input: TicketInput & { captchaId: string; captchaAnswer: string; name: string }, requestId: string) {
    const challenge = await repo.takeCaptcha(db, input.captchaId, clock.now());
    if (!challenge || challenge.answer_hash !== captchaAnswerHash(input.captchaAnswer)) throw SupportErrors.CAPTCHA_INVALID();
    const accessKey = randomBytes(18).toString('base64url');
    const row = await insertTicket({ accountId: null, kind: 'public', name: input.name, accessKeyHash: sha256(accessKey) }, input, { accountId: null, role: 'public', scope: null, requestId });
    return { number: row.number, accessKey };
  }

  async function publicTicket(number: number, accessKey: string) {
    const t = await repo.findTicketByNumber(db, number);
    const expected = t?.access_key_hash ? Buffer.from(t.access_key_hash, 'hex') : null;
    if (!t || !expected || !timingSafeEqual(expected, Buffer.from(sha256(accessKey), 'hex'))) throw SupportErrors.TICKET_NOT_FOUND();
    return t;
  }

  async function getPublic(number: number, accessKey: string) {
    const t = await publicTicket(number, accessKey);
    return ticketDetail(t, await repo.messagesOf(db, t.id), clock.now());
  }

  async function readable(actor: Actor, id: string) {
    const t = await repo.findTicket(db, id);
    if (!t || !canReadTicket(actor, t.requester_account_id)) throw SupportErrors.TICKET_NOT_FOUND();
    return t;
  }

  async function get(actor: Actor, id: string) {
    const t = await readable(actor, id);
    return ticketDetail(t, await repo.messagesOf(db, t.id), clock.now());
  }

  async function listMine(actor: Actor, page: { cursor?: string | undefined; limit: number }) {
    const before = page.cursor === undefined ? undefined : Number(page.cursor);
    if (before !== undefined && !Number.isInteger(before)) throw CommonErrors.VALIDATION_FAILED({ field: 'cursor' });
    const rows = await repo.ticketsOf(db, actor.accountId, before, page.limit);
    const items = rows.slice(0, page.limit);
    const now = clock.now();
    return { items: items.map((t) => ticketSummary(t, now)), nextCursor: rows.length > page.limit ? String(items.at(-1)!.number) : null };
  }

  async function queue(f: { status: SupportTicketStatus | 'active'; category?: TicketCategory | undefined; cursor?: string | undefined; limit: number }) {
    const rows = await repo.queue(db, { status: f.status, category: f.category, after: f.cursor ? decodeQueueCursor(f.cursor) : undefined }, f.limit);
    const items = rows.slice(0, f.limit);
    const last = items.at(-1);
    const now = clock.now();
    return { items: items.map((t) => ticketSummary(t, now)), nextCursor: rows.length > f.limit && last ? encodeQueueCursor(last.next_due, last.number) : null };
  }

  /** A reply: the first agent reply stops the first-response clock (M10) and takes the ticket. */
  async function reply(actor: Actor, id: string, input: { body: string; attachments?: AttachmentInput[] | undefined }, requestId: string) {
    await readable(actor, id);
    const attachments = await storeAttachments(blobs, input.attachments);
    const asAgent = isAgent(actor);
    await db.transaction().execute(async (tx) => {
      const t = await repo.lockTicket(tx, id);
      if (!t) throw SupportErrors.TICKET_NOT_FOUND();
      if (t.status === 'resolved') throw SupportErrors.TICKET_RESOLVED();
      const now = clock.now();
      await repo.insertMessage(tx, { ticketId: id, authorId: actor.accountId, side: asAgent ? 'agent' : 'requester', body: input.body, attachments, at: now });
      if (asAgent) {
        await repo.updateTicket(tx, id, {
          status: 'in_progress',
          ...(t.first_responded_at ? {} : { first_responded_at: now }),
          ...(t.assignee_account_id ? {} : { assignee_account_id: actor.accountId }),
        });
      }
      await audit.record(tx, auditActorOf(actor, requestId), { action: asAgent ? 'support.ticket_answered' : 'support.ticket_followed_up', targetType: 'support_ticket', targetId: id, change: { attachments: attachments.length, firstResponse: asAgent && !t.first_responded_at } });
    });
    return get(actor, id);
  }

  async function replyPublic(number: number, accessKey: string, body: string, requestId: string) {
    const t = await publicTicket(number, accessKey);
    await db.transaction().execute(async (tx) => {
      const locked = await repo.lockTicket(tx, t.id);
      if (locked?.status === 'resolved') throw SupportErrors.TICKET_RESOLVED();
      await repo.insertMessage(tx, { ticketId: t.id, authorId: null, side: 'requester', body, attachments: [], at: clock.now() });
      await audit.record(tx, { accountId: null, role: 'public', scope: null, requestId }, { action: 'support.ticket_followed_up', targetType: 'support_ticket', targetId: t.id });
    });
    return getPublic(number, accessKey);
  }

  /** Resolution stops the second clock; the agent's closing answer is part of the record. */
  async function resolve(actor: Actor, id: string, body: string, requestId: string) {
    await db.transaction().execute(async (tx) => {
      const t = await repo.lockTicket(tx, id);
      if (!t) throw SupportErrors.TICKET_NOT_FOUND();
      if (t.status === 'resolved') throw SupportErrors.TICKET_RESOLVED();
      const now = clock.now();
      await repo.insertMessage(tx, { ticketId: id, authorId: actor.accountId, side: 'agent', body, attachments: [], at: now });
      await repo.updateTicket(tx, id, { status: 'resolved', resolved_at: now, ...(t.first_responded_at ? {} : { first_responded_at: now }), ...(t.assignee_account_id ? {} : { assignee_account_id: actor.accountId }) });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'support.ticket_resolved', targetType: 'support_ticket', targetId: id });
    });
    return get(actor, id);
  }

  async function claim(actor: Actor, id: string, requestId: string) {
    await db.transaction().execute(async (tx) => {
      const t = await repo.lockTicket(tx, id);
      if (!t) throw SupportErrors.TICKET_NOT_FOUND();
      if (t.status === 'resolved') throw SupportErrors.TICKET_RESOLVED();
      await repo.updateTicket(tx, id, { assignee_account_id: actor.accountId });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'support.ticket_claimed', targetType: 'support_ticket', targetId: id, change: { from: t.assignee_account_id } });
    });
    return get(actor, id);
  }

  async function attachment(actor: Actor, id: string, blobKey: string): Promise<{ stream: Readable; contentType: string; filename: string }> {
    await readable(actor, id);
    const found = (await repo.messagesOf(db, id)).flatMap((m) => m.attachments).find((a) => a.blobKey === blobKey);
    if (!found) throw SupportErrors.TICKET_NOT_FOUND();
    return { stream: blobs.open(blobKey), contentType: found.contentType, filename: found.filename };
  }

  /** The job: a clock about to run out is escalated once, with a system note on the ticket, audited. */
  async function escalate() {
    const now = clock.now();
    const due = await repo.dueForEscalation(db, new Date(now.getTime() + FIRST_RESPONSE_WARNING_MS), new Date(now.getTime() + RESOLUTION_WARNING_MS));
    const steps = [
      ...due.firstResponse.map((t) => ({ ...t, clock: 'first_response' as const, label: '首次响应' })),
      ...due.resolution.map((t) => ({ ...t, clock: 'resolution' as const, label: '办结' })),
    ];
    for (const step of steps) {
      await db.transaction().execute(async (tx) => {
        const late = step.due.getTime() < now.getTime();
        const when = new Date(step.due.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
        await repo.insertMessage(tx, { ticketId: step.id, authorId: null, side: 'system', body: `${step.label}时限${late ? '已于' : '将于'} ${when} 到期，已升级提醒平台运营与客服主管（M10）`, attachments: [], at: now });
        await repo.updateTicket(tx, step.id, step.clock === 'first_response' ? { escalated_first_response_at: now } : { escalated_resolution_at: now });
        await audit.record(tx, SYSTEM_ACTOR, { action: 'support.ticket_escalated', targetType: 'support_ticket', targetId: step.id, change: { clock: step.clock, due: step.due.toISOString() } });
      });
    }
    await repo.pruneCaptchas(db, now);
    return steps.length;
  }

  /** M10: per category, how many tickets opened in the month met or missed each clock (Asia/Shanghai month). */
  async function slaReport(actor: Actor, month: string) {
    if (!canSeeSlaReport(actor)) throw SupportErrors.SLA_REPORT_SCOPE();
    const [y, m] = month.split('-').map(Number) as [number, number];
    const from = new Date(Date.UTC(y, m - 1, 1) - SHANGHAI_OFFSET_MS);
    const to = new Date(Date.UTC(y, m, 1) - SHANGHAI_OFFSET_MS);
    const rows = await repo.slaByCategory(db, from, to, clock.now());
    return {
      month,
      rows: rows.map((r) => ({
        category: r.category as TicketCategory,
        categoryName: TICKET_CATEGORIES[r.category as TicketCategory] ?? r.category,
        total: r.total,
        firstResponse: { met: r.first_response_met, missed: r.first_response_missed, running: r.total - r.first_response_met - r.first_response_missed },
        resolution: { met: r.resolution_met, missed: r.resolution_missed, running: r.total - r.resolution_met - r.resolution_missed },
      })),
    };
  }

  async function calendarInfo() {
    const years = await repo.calendarYears(db);
    const cal = workingCalendar(years.map((y) => ({ year: y.year, holidays: y.holidays, workdays: y.workdays })));
    const today = new Date(clock.now().getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
    const nextYear = Number(today.slice(0, 4)) + 1;
    // Three working days reach into next year in late December: warn from the autumn on, when the notice appears.
    const warning = cal.isKnown(`${nextYear}-01-01`) ? null : `尚未录入 ${nextYear} 年的法定节假日与调休安排；跨入该年的办结时限将按周一至周五估算。请在国务院办公厅发布通知后录入。`;
    return {
      knownThrough: cal.knownThrough,
      builtInThrough: `${Math.max(...BUILT_IN_YEARS.keys())}-12-31`,
      warning,
      operatorYears: years.map((y) => ({ year: y.year, holidays: y.holidays, workdays: y.workdays, source: y.source, updatedAt: y.updated_at.toISOString() })),
    };
  }

  async function setCalendarYear(actor: Actor, year: number, input: { holidays: string[]; workdays: string[]; source: string }, requestId: string) {
    const inYear = (d: string) => d.startsWith(`${year}-`) && !Number.isNaN(new Date(`${d}T00:00:00Z`).getTime());
    if (![...input.holidays, ...input.workdays].every(inYear) || input.holidays.some((d) => input.workdays.includes(d))) throw SupportErrors.CALENDAR_YEAR_INVALID();
    await db.transaction().execute(async (tx) => {
      await repo.saveCalendarYear(tx, { year, holidays: [...new Set(input.holidays)].sort(), workdays: [...new Set(input.workdays)].sort(), source: input.source, updated_by: actor.accountId, updated_at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'support.calendar_year_saved', targetType: 'calendar_year', targetId: String(year), change: input });
    });
    return calendarInfo();
  }

  return { open, captcha, openPublic, getPublic, replyPublic, get, listMine, queue, reply, resolve, claim, attachment, escalate, slaReport, calendarInfo, setCalendarYear };
}

export type SupportService = ReturnType<typeof createSupportService>;

function encodeQueueCursor(due: Date, number: number): string {
  return Buffer.from(`${new Date(due).toISOString()}|${number}`).toString('base64url');
}

function decodeQueueCursor(cursor: string): { due: Date; number: number } {
  const [at, n] = Buffer.from(cursor, 'base64url').toString().split('|');
  const due = new Date(at ?? '');
  if (Number.isNaN(due.getTime()) || !Number.isInteger(Number(n))) throw CommonErrors.VALIDATION_FAILED({ field: 'cursor' });
  return { due, number: Number(n) };
}
