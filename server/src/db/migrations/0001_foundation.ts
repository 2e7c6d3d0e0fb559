import { type Kysely, sql } from 'kysely';

/**
 * Foundation: accounts, learners (real-name, no contact fields — M27),
 * role assignments with scopes, server-side sessions, and the audit chain.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One trigger function for every append-only table (M16, audit, hour ledger, certificates, exam logs).
  await sql`
    create function xk_reject_change() returns trigger language plpgsql as $$
    begin
      raise exception 'APPEND_ONLY: % on % is not allowed', tg_op, tg_table_name using errcode = 'XK001';
    end $$`.execute(db);

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('learner', 'staff')`))
    .addColumn('login_key', 'text', (c) => c.notNull().unique())
    .addColumn('username', 'text', (c) => c.unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('oidc_subject', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'disabled')`))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('password_changed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A learner's login is the ID number, which is never stored in clear (see learners).
    .addCheckConstraint('accounts_learner_has_no_username', sql`kind = 'staff' or username is null`)
    .execute();

  await db.schema
    .createTable('learners')
    .addColumn('account_id', 'uuid', (c) => c.primaryKey().references('accounts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    .addColumn('id_number_hmac', 'text', (c) => c.notNull().unique())
    .addColumn('id_number_masked', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull().check(sql`gender in ('male', 'female')`))
    .addColumn('birth_date', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('role_assignments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('learner', 'institution_admin', 'teacher', 'platform_operator', 'regulator',
        'exam_admin', 'exam_site_admin', 'exam_staff', 'support_agent')`),
    )
    .addColumn('scope_kind', 'text', (c) =>
      c.notNull().check(sql`scope_kind in ('self', 'platform', 'province', 'city', 'county', 'institution', 'exam_institution', 'exam_site')`),
    )
    .addColumn('region_code', 'text', (c) => c.check(sql`region_code ~ '^44[0-9]{4}$'`))
    .addColumn('org_id', 'uuid')
    .addColumn('scope_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('role_assignments_unique', ['account_id', 'role', 'scope_kind', 'region_code', 'org_id'], (u) => u.nullsNotDistinct())
    .execute();
  await db.schema.createIndex('role_assignments_account').on('role_assignments').column('account_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('auth_method', 'text', (c) => c.notNull().check(sql`auth_method in ('password', 'oidc')`))
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_account_id', 'uuid')
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('actor_scope', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_type', 'target_id']).execute();

  await db.schema
    .createTable('audit_heads')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('day', 'date', (c) => c.notNull().unique())
    .addColumn('last_audit_id', 'bigint', (c) => c.notNull())
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'timestamptz', (c) => c.notNull())
    .execute();

  for (const table of ['audit_log', 'audit_heads']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function xk_reject_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function xk_reject_change()`.execute(db);
  }
}
