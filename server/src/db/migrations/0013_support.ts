import { type Kysely, sql } from 'kysely';

/**
 * Operations across replicas, the support desk (M10), announcements with
 * review (M8) and the prohibited-content lexicon (M9).
 *
 * Rate-limit counters and captcha challenges are UNLOGGED: shared by every
 * replica through PostgreSQL, cheap to write, and ephemeral — a crash or a
 * restore empties them, which only resets a minute's counting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unlogged table rate_limit_hits (
    key text primary key,
    hits integer not null,
    window_ends timestamptz not null)`.execute(db);
  await sql`create unlogged table captcha_challenges (
    id uuid primary key default gen_random_uuid(),
    answer_hash text not null,
    expires_at timestamptz not null)`.execute(db);

  // M10: the official working-day calendar past the years the chinese-days package knows; the operator keeps it.
  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey().check(sql`year between 2000 and 2100`))
    .addColumn('holidays', sql`date[]`, (c) => c.notNull())
    .addColumn('workdays', sql`date[]`, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('support_tickets')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'integer', (c) => c.notNull().unique().generatedAlwaysAsIdentity())
    .addColumn('requester_account_id', 'uuid', (c) => c.references('accounts.id'))
    .addColumn('requester_kind', 'text', (c) => c.notNull().check(sql`requester_kind in ('learner', 'institution', 'regulator', 'staff', 'public')`))
    .addColumn('requester_name', 'text', (c) => c.notNull())
    // The public have no account: they read their ticket with the number and a secret shown once (hash kept).
    .addColumn('access_key_hash', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'in_progress', 'resolved')`))
    .addColumn('assignee_account_id', 'uuid', (c) => c.references('accounts.id'))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    .addColumn('first_response_due', 'timestamptz', (c) => c.notNull())
    .addColumn('first_responded_at', 'timestamptz')
    .addColumn('resolution_due', 'timestamptz', (c) => c.notNull())
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('calendar_known', 'boolean', (c) => c.notNull())
    .addColumn('escalated_first_response_at', 'timestamptz')
    .addColumn('escalated_resolution_at', 'timestamptz')
    .addCheckConstraint('support_tickets_requester', sql`(requester_kind = 'public') = (requester_account_id is null and access_key_hash is not null)`)
    .execute();
  await db.schema.createIndex('support_tickets_queue').on('support_tickets').columns(['status', 'first_response_due']).execute();
  await db.schema.createIndex('support_tickets_requester_idx').on('support_tickets').column('requester_account_id').execute();
  await db.schema.createIndex('support_tickets_opened').on('support_tickets').column('opened_at').execute();

  await db.schema
    .createTable('support_messages')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('ticket_id', 'uuid', (c) => c.notNull().references('support_tickets.id'))
    .addColumn('author_account_id', 'uuid', (c) => c.references('accounts.id'))
    .addColumn('author_side', 'text', (c) => c.notNull().check(sql`author_side in ('requester', 'agent', 'system')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('attachments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('support_messages_ticket').on('support_messages').columns(['ticket_id', 'id']).execute();
  await sql`create trigger support_messages_append_only before update or delete on support_messages
    for each row execute function xk_reject_change()`.execute(db);

  // M9: the prohibited-content lexicon; the platform operator edits it in the product.
  await db.schema
    .createTable('moderation_terms')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('term', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_by', 'uuid', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // A starting lexicon for a training platform; the operator extends it (M9, and M16's false advertising).
  const starting: [string, string][] = [
    ['包过', 'false_advertising'],
    ['保过', 'false_advertising'],
    ['不用学习直接发证', 'false_advertising'],
    ['代学', 'fraud'],
    ['代考', 'fraud'],
    ['刷学时', 'fraud'],
    ['办假证', 'fraud'],
    ['网络赌博', 'gambling'],
    ['六合彩', 'gambling'],
    ['色情', 'obscenity'],
  ];
  for (const [term, category] of starting) {
    await sql`insert into moderation_terms (term, category) values (${term}, ${category})`.execute(db);
  }

  // M8: nothing is published without an approver other than its author.
  await db.schema
    .createTable('announcements')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('publisher_kind', 'text', (c) => c.notNull().check(sql`publisher_kind in ('platform', 'regulator')`))
    .addColumn('region_code', 'text')
    .addColumn('publisher_name', 'text', (c) => c.notNull())
    .addColumn('author_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'pending_review', 'published', 'rejected', 'withdrawn')`))
    .addColumn('reviewer_account_id', 'uuid', (c) => c.references('accounts.id'))
    .addColumn('review_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addCheckConstraint('announcements_region', sql`(publisher_kind = 'regulator') = (region_code is not null)`)
    .addCheckConstraint('announcements_approver', sql`status <> 'published' or (reviewer_account_id is not null and reviewer_account_id <> author_account_id)`)
    .execute();
  await db.schema.createIndex('announcements_published').on('announcements').columns(['status', 'published_at']).execute();
}
