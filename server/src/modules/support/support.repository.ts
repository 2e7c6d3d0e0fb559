import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database, SupportAttachment, SupportTicketStatus } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;
type Tx = Transaction<Database>;

/** The deadline of the clock still running: first response until answered, then resolution. */
const nextDue = sql<Date>`case when first_responded_at is null then first_response_due else resolution_due end`;

export type NewTicket = Omit<Database['support_tickets'], 'id' | 'number' | 'first_responded_at' | 'resolved_at' | 'assignee_account_id' | 'escalated_first_response_at' | 'escalated_resolution_at'> & { assignee_account_id?: string | null };

export async function insertTicket(tx: Tx, row: NewTicket) {
  return tx.insertInto('support_tickets').values(row).returning(['id', 'number']).executeTakeFirstOrThrow();
}

export async function insertMessage(tx: Tx, m: { ticketId: string; authorId: string | null; side: 'requester' | 'agent' | 'system'; body: string; attachments: SupportAttachment[]; at: Date }) {
  await tx
    .insertInto('support_messages')
    .values({ ticket_id: m.ticketId, author_account_id: m.authorId, author_side: m.side, body: m.body, attachments: JSON.stringify(m.attachments), created_at: m.at })
    .execute();
}

const ticketColumns = (q: Q) =>
  q
    .selectFrom('support_tickets as t')
    .leftJoin('accounts as a', 'a.id', 't.assignee_account_id')
    .selectAll('t')
    .select('a.display_name as assignee_name');

export type TicketRow = NonNullable<Awaited<ReturnType<typeof findTicket>>>;

export async function findTicket(q: Q, id: string) {
  return ticketColumns(q).where('t.id', '=', id).executeTakeFirst();
}

export async function findTicketByNumber(q: Q, number: number) {
  return ticketColumns(q).where('t.number', '=', number).executeTakeFirst();
}

export async function lockTicket(tx: Tx, id: string) {
  return tx.selectFrom('support_tickets').select(['id', 'status', 'first_responded_at', 'assignee_account_id']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateTicket(tx: Tx, id: string, patch: Partial<Omit<Database['support_tickets'], 'id' | 'number'>>) {
  await tx.updateTable('support_tickets').set(patch).where('id', '=', id).execute();
}

export async function messagesOf(q: Q, ticketId: string) {
  return q
    .selectFrom('support_messages as m')
    .leftJoin('accounts as a', 'a.id', 'm.author_account_id')
    .select(['m.id', 'm.author_side', 'm.body', 'm.attachments', 'm.created_at', 'a.display_name as author_name'])
    .where('m.ticket_id', '=', ticketId)
    .orderBy('m.id')
    .execute();
}

/** A requester's own tickets, newest first; `before` is the last number of the previous page. */
export async function ticketsOf(q: Q, accountId: string, before: number | undefined, limit: number) {
  let query = ticketColumns(q).where('t.requester_account_id', '=', accountId);
  if (before !== undefined) query = query.where('t.number', '<', before);
  return query.orderBy('t.number', 'desc').limit(limit + 1).execute();
}

export interface QueueFilter {
  status: SupportTicketStatus | 'active';
  category?: string | undefined;
  after?: { due: Date; number: number } | undefined;
}

/** The agents' queue, the clock nearest to running out first. */
export async function queue(q: Q, f: QueueFilter, limit: number) {
  let query = ticketColumns(q).select(nextDue.as('next_due'));
  query = f.status === 'active' ? query.where('t.status', '<>', 'resolved') : query.where('t.status', '=', f.status);
  if (f.category) query = query.where('t.category', '=', f.category);
  if (f.after) query = query.where(sql<boolean>`(${nextDue}, t.number) > (${f.after.due}, ${f.after.number})`);
  return query.orderBy(nextDue).orderBy('t.number').limit(limit + 1).execute();
}

/** Open clocks that will run out by the given times and have not been escalated yet. */
export async function dueForEscalation(q: Q, firstResponseBy: Date, resolutionBy: Date) {
  const unescalated = (due: 'first_response_due' | 'resolution_due', escalated: 'escalated_first_response_at' | 'escalated_resolution_at', by: Date) =>
    q.selectFrom('support_tickets').select(['id', 'number', `${due} as due`]).where('status', '<>', 'resolved').where(escalated, 'is', null).where(due, '<=', by);
  return {
    firstResponse: await unescalated('first_response_due', 'escalated_first_response_at', firstResponseBy).where('first_responded_at', 'is', null).execute(),
    resolution: await unescalated('resolution_due', 'escalated_resolution_at', resolutionBy).execute(),
  };
}

/** Met / missed / still running per category for tickets opened in [from, to) (M10 report). */
export async function slaByCategory(q: Q, from: Date, to: Date, now: Date) {
  return q
    .selectFrom('support_tickets')
    .select([
      'category',
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) filter (where first_responded_at <= first_response_due))::int`.as('first_response_met'),
      sql<number>`(count(*) filter (where first_responded_at > first_response_due or (first_responded_at is null and first_response_due < ${now})))::int`.as('first_response_missed'),
      sql<number>`(count(*) filter (where resolved_at <= resolution_due))::int`.as('resolution_met'),
      sql<number>`(count(*) filter (where resolved_at > resolution_due or (resolved_at is null and resolution_due < ${now})))::int`.as('resolution_missed'),
    ])
    .where('opened_at', '>=', from)
    .where('opened_at', '<', to)
    .groupBy('category')
    .orderBy('category')
    .execute();
}

/** Days as 'YYYY-MM-DD' text on both drivers (pg would parse a date[] into Date objects). */
export async function calendarYears(q: Q) {
  return q
    .selectFrom('calendar_years')
    .select(['year', 'source', 'updated_at', sql<string[]>`holidays::text[]`.as('holidays'), sql<string[]>`workdays::text[]`.as('workdays')])
    .orderBy('year')
    .execute();
}

export async function saveCalendarYear(tx: Tx, row: Database['calendar_years']) {
  await tx
    .insertInto('calendar_years')
    .values(row)
    .onConflict((oc) => oc.column('year').doUpdateSet({ holidays: row.holidays, workdays: row.workdays, source: row.source, updated_by: row.updated_by, updated_at: row.updated_at }))
    .execute();
}

export async function insertCaptcha(q: Q, answerHash: string, expiresAt: Date) {
  return (await q.insertInto('captcha_challenges').values({ answer_hash: answerHash, expires_at: expiresAt }).returning('id').executeTakeFirstOrThrow()).id;
}

/** Removes the challenge whatever the answer: one attempt each. */
export async function takeCaptcha(q: Q, id: string, now: Date) {
  return q.deleteFrom('captcha_challenges').where('id', '=', id).where('expires_at', '>', now).returning('answer_hash').executeTakeFirst();
}

export async function pruneCaptchas(q: Q, now: Date) {
  await q.deleteFrom('captcha_challenges').where('expires_at', '<=', now).execute();
}
