import { type Kysely, sql } from 'kysely';

/**
 * The region whose bureau supervises a class (M29, N1.2): the institution's county when the class
 * runs in the institution's own city, otherwise the city where it runs. Kept on the class by a
 * trigger, so every way a class is written agrees, and county bureaus (440106) find the classes,
 * archives and corrections of the institutions in their county by a prefix test, as cities do.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table classes add column supervising_region text`.execute(db);
  await sql`create function xk_class_supervising_region() returns trigger language plpgsql as $$
    begin
      select case when left(i.region_code, 4) = left(new.city_code, 4) then i.region_code else new.city_code end
        into new.supervising_region from institutions i where i.id = new.institution_id;
      return new;
    end $$`.execute(db);
  await sql`create trigger classes_supervising_region before insert or update of city_code, institution_id on classes
    for each row execute function xk_class_supervising_region()`.execute(db);
  await sql`update classes c set supervising_region = case when left(i.region_code, 4) = left(c.city_code, 4) then i.region_code else c.city_code end
    from institutions i where i.id = c.institution_id`.execute(db);
  await sql`alter table classes alter column supervising_region set not null`.execute(db);
  await sql`create index classes_supervising_region on classes (supervising_region text_pattern_ops)`.execute(db);
}
