import { type Kysely, sql } from 'kysely';

/**
 * The institution registry (N1.2, N1.3, M11–M13): institutions, their
 * registration in each city (current state), the applications that change it
 * (history: registration, online declaration, scope change, cancellation), and
 * reported teachers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('institutions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text', (c) => c.notNull().unique())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull().check(sql`region_code ~ '^44[0-9]{4}$'`))
    .addColumn('legal_representative', 'text', (c) => c.notNull())
    // An institution's own contact (institutions may have contacts; learners may not, M27).
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('institution_registrations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('city_code', 'text', (c) => c.notNull().check(sql`city_code ~ '^44[0-9]{2}00$' and city_code <> '440000'`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('submitted', 'registered', 'rejected', 'cancelled')`))
    .addColumn('online_status', 'text', (c) => c.notNull().defaultTo('none').check(sql`online_status in ('none', 'declared', 'published', 'rejected')`))
    .addColumn('categories', sql`text[]`, (c) => c.notNull())
    .addColumn('classrooms', 'jsonb', (c) => c.notNull())
    .addColumn('offline_report', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('registered_at', 'timestamptz')
    .addColumn('online_published_at', 'timestamptz')
    .addColumn('decision_reason', 'text')
    .addUniqueConstraint('institution_registrations_city', ['institution_id', 'city_code'])
    .execute();
  await db.schema.createIndex('institution_registrations_city_status').on('institution_registrations').columns(['city_code', 'status']).execute();

  await db.schema
    .createTable('institution_applications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('registration_id', 'uuid', (c) => c.notNull().references('institution_registrations.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('registration', 'online', 'scope_change', 'cancellation')`))
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'approved', 'rejected')`))
    .addColumn('submitted_by', 'uuid', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_by', 'uuid')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('reason', 'text')
    .execute();
  // At most one open application per registration at a time.
  await sql`create unique index institution_applications_one_pending on institution_applications (registration_id) where status = 'pending'`.execute(db);

  await db.schema
    .createTable('teachers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('city_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    .addColumn('id_number_hmac', 'text', (c) => c.notNull())
    .addColumn('id_number_masked', 'text', (c) => c.notNull())
    .addColumn('qualifications', 'text', (c) => c.notNull())
    .addColumn('categories', sql`text[]`, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'approved', 'rejected')`))
    .addColumn('reported_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_reason', 'text')
    .addUniqueConstraint('teachers_unique', ['institution_id', 'city_code', 'id_number_hmac'])
    .execute();
}
