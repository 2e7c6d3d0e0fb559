import fs from 'node:fs';
import path from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type DbKind = 'pglite' | 'postgres';

/** A statement runner for libraries that bring their own SQL (pg-boss). */
export interface RawSql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface DatabaseHandle {
  db: Db;
  kind: DbKind;
  raw: RawSql;
  /** Embedded only: writes the whole data directory to one file (a template or an offline copy). */
  dump?: (file: string) => Promise<void>;
  close(): Promise<void>;
}

const INT8 = 20;
const DATE = 1082;

/**
 * One parser policy for both drivers (DESIGN §10: PGlite returns numbers for
 * int8, pg strings): int8 → number (ids and counts stay far below 2^53),
 * date → 'YYYY-MM-DD' string, never a Date shifted by the server's time zone.
 */
const parseInt8 = (v: string) => Number(v);
const keepString = (v: string) => v;

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** A PGlite data-dir dump (`dumpDataDir`) to start a new embedded database from, instead of an empty one. */
  pgliteTemplate?: string | undefined;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(path.join(options.dataDir, 'pgdata'), options.pgliteTemplate);
}

async function openPostgres(connectionString: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString,
    max: Number(process.env.PG_POOL_SIZE ?? 20),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return parseInt8;
        if (oid === DATE) return keepString;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process; the pool reconnects.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db);
  return {
    db,
    kind: 'postgres',
    raw: { executeSql: (text, values) => pool.query(text, values as unknown[]) },
    close: () => db.destroy(),
  };
}

async function openPglite(dir: string, template: string | undefined): Promise<DatabaseHandle> {
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  fs.mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir, {
    parsers: { [pgliteTypes.INT8]: parseInt8, [pgliteTypes.DATE]: keepString },
    ...(fresh && template ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    dump: async (file: string) => {
      const blob = await pglite.dumpDataDir('gzip');
      fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    },
    raw: {
      // pg-boss sends multi-statement scripts without parameters; PGlite runs those through exec().
      async executeSql(text, values) {
        if (values && values.length > 0) return pglite.query(text, values as unknown[]);
        const results = await pglite.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      },
    },
    close: () => db.destroy(),
  };
}
