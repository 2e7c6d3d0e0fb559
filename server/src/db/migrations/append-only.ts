import { type Kysely, sql } from 'kysely';

/** Makes a table append-only (M16): rows are never updated, deleted or truncated; xk_reject_change() raises XK001. */
export async function makeAppendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
    for each row execute function xk_reject_change()`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
    for each statement execute function xk_reject_change()`.execute(db);
}
