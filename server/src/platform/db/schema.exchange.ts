import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the data-interface tables (migration 0019); `Database` in schema.ts extends these. */
type Json<T> = ColumnType<T, string, never>;
/** Change-log positions (xid + offset, bigint) travel as strings, selected with `::text`. */
type Position = ColumnType<string, string, string>;

export interface ExchangeClientsTable {
  id: Generated<string>;
  name: string;
  region_code: string;
  feeds: string[];
  webhook_url: string | null;
  webhook_secret_sealed: string | null;
  rate_limit_per_minute: number;
  push_tx: Position;
  push_seq: ColumnType<string | number, string | number | undefined, string | number>;
  status: 'active' | 'revoked';
  created_by: string;
  created_at: Date;
  revoked_at: Date | null;
}

export interface ExchangeKeysTable {
  id: string;
  client_id: string;
  secret_hash: string;
  created_at: Date;
  expires_at: Date | null;
}

export interface ExchangeChangesTable {
  seq: Generated<number>;
  tx: Position;
  feed: string;
  source: string;
  op: 'insert' | 'update' | 'delete';
  source_id: string;
  region_codes: string[];
  changed_at: Generated<Date>;
}

export interface ExchangeAccessLogTable {
  id: Generated<number>;
  client_id: string;
  key_id: string;
  route: string;
  cursor: string | null;
  rows: number;
  request_id: string;
  at: Date;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface ExchangeDeliveriesTable {
  id: Generated<string>;
  client_id: string;
  event: string;
  change_seq: number;
  payload: Json<Record<string, unknown>>;
  status: DeliveryStatus;
  attempts: Generated<number>;
  next_attempt_at: Date | null;
  created_at: Date;
  delivered_at: Date | null;
}

export interface ExchangeDeliveryAttemptsTable {
  id: Generated<number>;
  delivery_id: string;
  attempt: number;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
  at: Date;
}

export interface ExchangeClockTable {
  id: Generated<boolean>;
  xid_offset: Generated<number>;
}

export interface ExchangeDatabase {
  exchange_clock: ExchangeClockTable;
  exchange_clients: ExchangeClientsTable;
  exchange_keys: ExchangeKeysTable;
  exchange_changes: ExchangeChangesTable;
  exchange_access_log: ExchangeAccessLogTable;
  exchange_deliveries: ExchangeDeliveriesTable;
  exchange_delivery_attempts: ExchangeDeliveryAttemptsTable;
}
