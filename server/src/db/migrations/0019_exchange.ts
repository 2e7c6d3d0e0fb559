import { type Kysely, sql } from 'kysely';
import { makeAppendOnly } from './append-only.js';

/**
 * The provincial data interface (M4; decision 0018): API clients and their keys, a change log that every
 * exchanged source table feeds through a trigger, the access log, and webhook deliveries with their attempts.
 *
 * The change log orders changes by (transaction id, sequence) and readers only see transactions older than
 * the oldest one still running, so a cursor never skips a row committed late by a slower transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Transaction ids restart when a logical backup is restored into a new cluster; cursors already handed out
  // must keep their order, so positions are `xid + xid_offset` and the offset is raised at boot when needed.
  await sql`create table exchange_clock (
    id boolean primary key default true check (id),
    xid_offset bigint not null default 0)`.execute(db);
  await sql`insert into exchange_clock default values`.execute(db);

  await db.schema
    .createTable('exchange_clients')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull().check(sql`region_code ~ '^44[0-9]{4}$'`))
    .addColumn('feeds', sql`text[]`, (c) => c.notNull().check(sql`cardinality(feeds) > 0`))
    .addColumn('webhook_url', 'text', (c) => c.check(sql`webhook_url ~ '^https?://'`))
    // Sealed (AES-256-GCM): the platform must recompute signatures, so a hash would not do.
    .addColumn('webhook_secret_sealed', 'text')
    .addColumn('rate_limit_per_minute', 'integer', (c) => c.notNull().check(sql`rate_limit_per_minute between 1 and 6000`))
    .addColumn('push_tx', 'bigint', (c) => c.notNull())
    .addColumn('push_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'revoked')`))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addCheckConstraint('exchange_clients_webhook', sql`(webhook_url is null) = (webhook_secret_sealed is null)`)
    .execute();

  await db.schema
    .createTable('exchange_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('exchange_clients.id'))
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('exchange_keys_client').on('exchange_keys').column('client_id').execute();

  await db.schema
    .createTable('exchange_changes')
    .addColumn('seq', 'bigserial', (c) => c.primaryKey())
    .addColumn('tx', 'bigint', (c) => c.notNull())
    .addColumn('feed', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) => c.notNull().check(sql`op in ('insert', 'update', 'delete')`))
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('region_codes', sql`text[]`, (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex('exchange_changes_feed').on('exchange_changes').columns(['feed', 'tx', 'seq']).execute();
  await db.schema.createIndex('exchange_changes_order').on('exchange_changes').columns(['tx', 'seq']).execute();
  await makeAppendOnly(db, 'exchange_changes');

  // One trigger function for every source: args (feed, id column, region column[, lookup table, its key column]).
  // The region column may hold one code or an array of codes; with a lookup table it is read from there.
  await sql`create function xk_exchange_log() returns trigger language plpgsql as $$
    declare
      j jsonb := to_jsonb(coalesce(NEW, OLD));
      r jsonb;
      regions text[];
    begin
      if TG_NARGS > 3 then
        execute format('select to_jsonb(%I) from %I where id::text = $1', TG_ARGV[2], TG_ARGV[3]) into r using j ->> TG_ARGV[4];
      else
        r := j -> TG_ARGV[2];
      end if;
      if jsonb_typeof(r) = 'array' then
        regions := array(select jsonb_array_elements_text(r));
      else
        regions := array[coalesce(r #>> '{}', '')];
      end if;
      insert into exchange_changes (tx, feed, source, op, source_id, region_codes)
        values (pg_current_xact_id()::text::bigint + (select xid_offset from exchange_clock), TG_ARGV[0], TG_TABLE_NAME, lower(TG_OP), j ->> TG_ARGV[1], regions);
      return null;
    end $$`.execute(db);

  // Adding a feed is one call here (or in the owning module's later migration) and one registry entry.
  await sql`create function xk_exchange_track(source text, ops text, feed text, id_column text, region_column text, lookup_table text default null, lookup_key text default null)
    returns void language plpgsql as $$
    begin
      execute format('create trigger %I after %s on %I for each row execute function xk_exchange_log(%L, %L, %L%s)',
        source || '_exchange', ops, source, feed, id_column, region_column,
        case when lookup_table is null then '' else format(', %L, %L', lookup_table, lookup_key) end);
    end $$`.execute(db);

  const tracked: [string, string, string, string, string, string?, string?][] = [
    ['institutions', 'insert or update or delete', 'institutions', 'id', 'region_code'],
    ['institution_registrations', 'insert or update or delete', 'institutions', 'institution_id', 'city_code'],
    ['classes', 'insert or update or delete', 'classes', 'id', 'city_code'],
    ['enrolments', 'insert or update or delete', 'enrolments', 'id', 'city_code', 'classes', 'class_id'],
    ['hour_ledger', 'insert', 'hours', 'id', 'city_code', 'classes', 'class_id'],
    ['certificates', 'insert', 'certificates', 'id', 'city_code'],
    ['certificate_revocations', 'insert', 'certificates', 'certificate_id', 'city_code', 'certificates', 'certificate_id'],
    ['integrity_signals', 'insert', 'signals', 'id', 'region_codes'],
  ];
  for (const [source, ops, feed, idColumn, regionColumn, lookupTable, lookupKey] of tracked) {
    await sql`select xk_exchange_track(${source}, ${ops}, ${feed}, ${idColumn}, ${regionColumn}, ${lookupTable ?? null}, ${lookupKey ?? null})`.execute(db);
  }

  await db.schema
    .createTable('exchange_access_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('exchange_clients.id'))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('cursor', 'text')
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exchange_access_log_client').on('exchange_access_log').columns(['client_id', 'id']).execute();
  await makeAppendOnly(db, 'exchange_access_log');

  await db.schema
    .createTable('exchange_deliveries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('exchange_clients.id'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'delivered', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('delivered_at', 'timestamptz')
    .addUniqueConstraint('exchange_deliveries_once', ['client_id', 'change_seq'])
    .execute();
  await db.schema.createIndex('exchange_deliveries_due').on('exchange_deliveries').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('exchange_deliveries_client').on('exchange_deliveries').columns(['client_id', 'created_at']).execute();

  await db.schema
    .createTable('exchange_delivery_attempts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('delivery_id', 'uuid', (c) => c.notNull().references('exchange_deliveries.id'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exchange_delivery_attempts_delivery').on('exchange_delivery_attempts').columns(['delivery_id', 'id']).execute();
  await makeAppendOnly(db, 'exchange_delivery_attempts');
}
