import { type Kysely, sql } from 'kysely';

/**
 * Enforcement in the provincial data interface (M4, N3, M30, M31; decision 0018): the `cases` feed
 * (enforcement cases, the measures ordered in them, their reports to other regions) and the `sanctions`
 * feed (measures published under N3, as the public page lists them). Two changes to the tracking:
 * - a case belongs to the city that handles it and to the institution's county (enforcement scopes cases by
 *   `city_code` or `institution_region`), so the region argument may name several columns, comma-separated;
 * - the sanctions feed follows published measures only, so a tracking call may carry a row condition
 *   (a trigger `when` clause), and triggers are named per feed (one table may feed two feeds).
 * Existing triggers are untouched: one region column reads as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create or replace function xk_exchange_log() returns trigger language plpgsql as $$
    declare
      j jsonb := to_jsonb(coalesce(NEW, OLD));
      r jsonb;
      col text;
      regions text[] := '{}';
    begin
      foreach col in array string_to_array(TG_ARGV[2], ',') loop
        if TG_NARGS > 3 then
          execute format('select to_jsonb(%I) from %I where id::text = $1', col, TG_ARGV[3]) into r using j ->> TG_ARGV[4];
        else
          r := j -> col;
        end if;
        if jsonb_typeof(r) = 'array' then
          regions := regions || array(select jsonb_array_elements_text(r));
        else
          regions := regions || coalesce(r #>> '{}', '');
        end if;
      end loop;
      insert into exchange_changes (tx, feed, source, op, source_id, region_codes)
        values (pg_current_xact_id()::text::bigint + (select xid_offset from exchange_clock), TG_ARGV[0], TG_TABLE_NAME, lower(TG_OP), j ->> TG_ARGV[1], regions);
      return null;
    end $$`.execute(db);

  await sql`drop function xk_exchange_track(text, text, text, text, text, text, text)`.execute(db);
  await sql`create function xk_exchange_track(source text, ops text, feed text, id_column text, region_column text,
      lookup_table text default null, lookup_key text default null, condition text default null)
    returns void language plpgsql as $$
    begin
      execute format('create trigger %I after %s on %I for each row %s execute function xk_exchange_log(%L, %L, %L%s)',
        source || '_exchange_' || feed, ops, source, case when condition is null then '' else 'when (' || condition || ')' end,
        feed, id_column, region_column,
        case when lookup_table is null then '' else format(', %L, %L', lookup_table, lookup_key) end);
    end $$`.execute(db);

  // source, operations, feed, id column, region column(s), lookup table, its key, condition.
  const tracked: [string, string, string, string, string, string | null, string | null, string | null][] = [
    ['enforcement_cases', 'insert or update or delete', 'cases', 'id', 'city_code,institution_region', null, null, null],
    ['case_measures', 'insert', 'cases', 'case_id', 'city_code,institution_region', 'enforcement_cases', 'case_id', null],
    // M31: a case reported to another city reaches that city's clients too.
    ['case_reports', 'insert', 'cases', 'case_id', 'to_region', null, null, null],
    ['case_measures', 'insert', 'sanctions', 'id', 'city_code,institution_region', 'enforcement_cases', 'case_id', 'new.published'],
  ];
  for (const [source, ops, feed, idColumn, regionColumn, lookupTable, lookupKey, condition] of tracked) {
    await sql`select xk_exchange_track(${source}, ${ops}, ${feed}, ${idColumn}, ${regionColumn}, ${lookupTable}, ${lookupKey}, ${condition})`.execute(db);
  }
}
