import { type Kysely, sql } from 'kysely';

/**
 * Hour certificates (M25) and archives received in a hand-over (M26). Both are
 * append-only (M16): a reissue is a new version that names the one it
 * supersedes, a revocation is a new row with its reason and actor, an import
 * is kept as received.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One serial per certificate series (a learner's class); versions share it.
  await sql`create sequence certificate_serial`.execute(db);

  await db.schema
    .createTable('certificates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('serial', 'bigint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('class_id', 'uuid', (c) => c.notNull().references('classes.id'))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('city_code', 'text', (c) => c.notNull())
    .addColumn('supersedes_id', 'uuid', (c) => c.unique().references('certificates.id'))
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('issue_reason', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'uuid')
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('certificates_series_version', ['serial', 'version'])
    .addCheckConstraint('certificates_first_or_successor', sql`(version = 1) = (supersedes_id is null)`)
    .execute();
  // Real-time issuance and the catch-up job may race: the first version exists once per learner and class.
  await sql`create unique index certificates_first_version on certificates (learner_account_id, class_id) where version = 1`.execute(db);
  await db.schema.createIndex('certificates_class').on('certificates').columns(['class_id', 'learner_account_id']).execute();

  await db.schema
    .createTable('certificate_revocations')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('certificate_id', 'uuid', (c) => c.notNull().unique().references('certificates.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('revoked_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('revoked_role', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('imported_archives')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('bundle_hash', 'text', (c) => c.notNull())
    .addColumn('source_key_id', 'text', (c) => c.notNull())
    .addColumn('source_learner_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_number_masked', 'text', (c) => c.notNull())
    .addColumn('archive', 'jsonb', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('imported_archives_once', ['bundle_hash', 'source_learner_id'])
    .execute();

  await db.schema
    .createTable('imported_archive_files')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('archive_id', 'uuid', (c) => c.notNull().references('imported_archives.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('blob_key', 'text', (c) => c.notNull())
    .execute();

  for (const table of ['certificates', 'certificate_revocations', 'imported_archives', 'imported_archive_files']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function xk_reject_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function xk_reject_change()`.execute(db);
  }
}
