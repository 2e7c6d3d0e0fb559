import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the oversight tables (migration 0016); `Database` in schema.ts extends these. */
export interface OversightExportsTable {
  id: Generated<string>;
  requested_by: string;
  kind: string;
  filters: ColumnType<Record<string, unknown>, string, string>;
  prefixes: string[];
  status: 'queued' | 'running' | 'done' | 'failed';
  rows_total: number;
  rows_done: Generated<number>;
  blob_key: string | null;
  /** int8: a string from the drivers, converted in oversight.repository. */
  size: ColumnType<string | number | null, number | null, number | null>;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

export interface OversightDatabase {
  oversight_exports: OversightExportsTable;
}
