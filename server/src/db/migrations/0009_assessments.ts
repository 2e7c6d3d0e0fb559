import { type Kysely, sql } from 'kysely';

/**
 * Course tests and final tests (M23, M25, M24): question banks sealed at rest,
 * the province's test settings per category, tests defined per class,
 * attempts with the paper drawn for each, and append-only results and events
 * (evidence for the learner's archive, M26, and for certificates).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('bank_questions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('training_categories.id'))
    .addColumn('topic', 'text', (c) => c.notNull().check(sql`length(topic) between 1 and 50`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('single', 'multiple', 'judge')`))
    // Stem, options and answer, sealed (AES-256-GCM): banks are confidential until used (N2.5 spirit).
    .addColumn('content_enc', 'text', (c) => c.notNull().check(sql`content_enc like 'v1.%'`))
    // HMAC of the normalised stem: finds duplicates without unsealing the bank.
    .addColumn('stem_hmac', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'retired')`))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('retired_at', 'timestamptz')
    .addColumn('retired_by', 'uuid', (c) => c.references('accounts.id'))
    .execute();
  await sql`create unique index bank_questions_unique_stem on bank_questions (institution_id, category_id, stem_hmac) where status = 'active'`.execute(db);
  await db.schema.createIndex('bank_questions_list').on('bank_questions').columns(['institution_id', 'category_id', 'status', 'created_at']).execute();
  // Questions are retired, never deleted: papers already drawn keep pointing at them.
  await sql`create trigger bank_questions_no_delete before delete on bank_questions for each row execute function xk_reject_change()`.execute(db);

  await db.schema
    .createTable('test_settings')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('category_id', 'text', (c) => c.notNull().references('training_categories.id'))
    .addColumn('pass_mark', 'integer', (c) => c.notNull().check(sql`pass_mark between 1 and 100`))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().check(sql`max_attempts between 1 and 20`))
    .addColumn('cooldown_minutes', 'integer', (c) => c.notNull().check(sql`cooldown_minutes between 0 and 43200`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('test_settings_category').on('test_settings').columns(['category_id', 'id']).execute();

  await db.schema
    .createTable('class_tests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('class_id', 'uuid', (c) => c.notNull().references('classes.id'))
    // null: the class's final test (结业考试); otherwise the test of one of its courses.
    .addColumn('course_id', 'uuid', (c) => c.references('courses.id'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('training_categories.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('question_count', 'integer', (c) => c.notNull().check(sql`question_count between 5 and 200`))
    .addColumn('duration_minutes', 'integer', (c) => c.notNull().check(sql`duration_minutes between 5 and 240`))
    .addColumn('topic_weights', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create unique index class_tests_one_per_course on class_tests (class_id, course_id) nulls not distinct`.execute(db);

  await db.schema
    .createTable('test_attempts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('test_id', 'uuid', (c) => c.notNull().references('class_tests.id'))
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('class_id', 'uuid', (c) => c.notNull().references('classes.id'))
    .addColumn('attempt_no', 'integer', (c) => c.notNull().check(sql`attempt_no >= 1`))
    .addColumn('paper', 'jsonb', (c) => c.notNull())
    .addColumn('pass_mark', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('deadline_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'finished')`))
    .addColumn('answers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('next_face_check_at', 'timestamptz', (c) => c.notNull())
    .addColumn('face_check_due_at', 'timestamptz')
    .addColumn('left_at', 'timestamptz')
    .addUniqueConstraint('test_attempts_number', ['test_id', 'learner_account_id', 'attempt_no'])
    .execute();
  // One open attempt per learner across all tests and devices.
  await sql`create unique index test_attempts_one_open on test_attempts (learner_account_id) where status = 'open'`.execute(db);
  // The paper, pass mark and time limit are fixed when the attempt starts; a finished attempt is frozen.
  await sql`
    create function xk_test_attempt_frozen() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' or old.status = 'finished'
         or new.paper is distinct from old.paper or new.pass_mark <> old.pass_mark
         or new.started_at <> old.started_at or new.deadline_at <> old.deadline_at
         or new.test_id <> old.test_id or new.learner_account_id <> old.learner_account_id then
        raise exception 'APPEND_ONLY: % on % is not allowed', tg_op, tg_table_name using errcode = 'XK001';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger test_attempts_frozen before update or delete on test_attempts for each row execute function xk_test_attempt_frozen()`.execute(db);

  await db.schema
    .createTable('test_results')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('attempt_id', 'uuid', (c) => c.notNull().unique().references('test_attempts.id'))
    .addColumn('test_id', 'uuid', (c) => c.notNull().references('class_tests.id'))
    .addColumn('class_id', 'uuid', (c) => c.notNull())
    .addColumn('course_id', 'uuid')
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('scored', 'voided')`))
    .addColumn('score', 'integer', (c) => c.notNull().check(sql`score between 0 and 100`))
    .addColumn('pass_mark', 'integer', (c) => c.notNull())
    .addColumn('passed', 'boolean', (c) => c.notNull())
    .addColumn('correct', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('leave_count', 'integer', (c) => c.notNull())
    .addColumn('finished_by', 'text', (c) => c.notNull().check(sql`finished_by in ('submitted', 'timeout', 'face_check')`))
    .addColumn('void_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('test_results_pass', sql`passed = (outcome = 'scored' and score >= pass_mark)`)
    .execute();
  await db.schema.createIndex('test_results_learner').on('test_results').columns(['learner_account_id', 'class_id']).execute();

  await db.schema
    .createTable('test_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('attempt_id', 'uuid', (c) => c.notNull().references('test_attempts.id'))
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('test_events_attempt').on('test_events').columns(['attempt_id', 'id']).execute();

  for (const table of ['test_settings', 'class_tests', 'test_results', 'test_events']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function xk_reject_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function xk_reject_change()`.execute(db);
  }
  for (const table of ['bank_questions', 'test_attempts']) {
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function xk_reject_change()`.execute(db);
  }
}
