import { type Kysely, sql } from 'kysely';

/**
 * Face enrolment and checks (M24) as append-only evidence for the archive
 * (M26), and integrity signals for supervision (a 代学 ring: one face under
 * several ID numbers).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('face_enrolments')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    // The template is personal biometric data: sealed with AES-256-GCM like ID numbers.
    .addColumn('template_enc', 'text', (c) => c.notNull())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('photo_blob_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('face_enrolments_account').on('face_enrolments').columns(['account_id', 'id']).execute();

  await db.schema
    .createTable('face_checks')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('enrolment', 'self_test', 'password_reset', 'lesson_start', 'lesson_random', 'test')`))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('face_count', 'integer', (c) => c.notNull())
    .addColumn('quality', 'real', (c) => c.notNull())
    .addColumn('liveness', 'real', (c) => c.notNull())
    .addColumn('antispoof', 'real', (c) => c.notNull())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('photo_blob_key', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('face_checks_account').on('face_checks').columns(['account_id', 'created_at']).execute();

  await db.schema
    .createTable('integrity_signals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('shared_face')`))
    .addColumn('account_ids', sql`uuid[]`, (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('detail', 'jsonb', (c) => c.notNull())
    // Who must see it: the institutions involved and the regions (cities, their counties) they train or sit in.
    .addColumn('institution_ids', sql`uuid[]`, (c) => c.notNull())
    .addColumn('region_codes', sql`text[]`, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  for (const table of ['face_enrolments', 'face_checks', 'integrity_signals']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function xk_reject_change()`.execute(db);
  }
}
