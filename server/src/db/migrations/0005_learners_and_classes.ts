import { type Kysely, sql } from 'kysely';

/**
 * Learners' employer and job (M26 archive fields; still no contact details, M27),
 * and classes (班级, M23) with their courses, teachers and enrolments.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('learners')
    .addColumn('employer_name', 'text')
    .addColumn('employer_credit_code', 'text')
    .addColumn('job_category', 'text')
    .execute();
  // An account created by an institution's import starts with a password the learner must replace.
  await db.schema.alterTable('accounts').addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false)).execute();

  await db.schema
    .createTable('classes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull().references('training_categories.id'))
    .addColumn('training_type', 'text', (c) => c.notNull().check(sql`training_type in ('initial', 'refresher')`))
    .addColumn('city_code', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('planned_online_theory_hours', 'integer', (c) => c.notNull().check(sql`planned_online_theory_hours >= 0`))
    .addColumn('planned_offline_theory_hours', 'integer', (c) => c.notNull().check(sql`planned_offline_theory_hours >= 0`))
    .addColumn('planned_practical_hours', 'integer', (c) => c.notNull().check(sql`planned_practical_hours >= 0`))
    // The requirement in force when the class opened, kept with it (rules are dated and may change).
    .addColumn('required_theory_hours', 'integer', (c) => c.notNull())
    .addColumn('required_practical_hours', 'integer', (c) => c.notNull())
    .addColumn('max_online_hours', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('classes_period', sql`ends_on >= starts_on`)
    // M19 in the schema too: online theory within the cap; the plan covers the requirement.
    .addCheckConstraint('classes_online_cap', sql`planned_online_theory_hours <= max_online_hours`)
    .addCheckConstraint('classes_cover_theory', sql`planned_online_theory_hours + planned_offline_theory_hours >= required_theory_hours`)
    .addCheckConstraint('classes_cover_practical', sql`planned_practical_hours >= required_practical_hours`)
    .execute();
  await db.schema.createIndex('classes_institution').on('classes').column('institution_id').execute();

  await db.schema
    .createTable('class_courses')
    .addColumn('class_id', 'uuid', (c) => c.notNull().references('classes.id'))
    .addColumn('course_id', 'uuid', (c) => c.notNull().references('courses.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('class_courses_pk', ['class_id', 'course_id'])
    .execute();

  await db.schema
    .createTable('class_teachers')
    .addColumn('class_id', 'uuid', (c) => c.notNull().references('classes.id'))
    .addColumn('teacher_id', 'uuid', (c) => c.notNull().references('teachers.id'))
    .addPrimaryKeyConstraint('class_teachers_pk', ['class_id', 'teacher_id'])
    .execute();

  await db.schema
    .createTable('enrolments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('class_id', 'uuid', (c) => c.notNull().references('classes.id'))
    .addColumn('learner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('joined_via', 'text', (c) => c.notNull().check(sql`joined_via in ('code', 'import')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'locked', 'completed', 'withdrawn')`))
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('enrolments_unique', ['class_id', 'learner_account_id'])
    .execute();
  await db.schema.createIndex('enrolments_learner').on('enrolments').column('learner_account_id').execute();
}
