import { type Kysely, sql } from 'kysely';

/**
 * Chunked, resumable uploads (videos up to 2 GB), and the course catalogue
 * (M17, M20–M22): courses of ordered video/audio/text lessons, each lesson's
 * media quality verdict (M21), and the append-only review trail (M8, M17).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('uploads')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull().check(sql`size > 0`))
    .addColumn('chunk_size', 'integer', (c) => c.notNull())
    .addColumn('chunk_count', 'integer', (c) => c.notNull())
    .addColumn('received', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'complete')`))
    .addColumn('blob_key', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('courses')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('category_ids', sql`text[]`, (c) => c.notNull())
    .addColumn('syllabus_topics', sql`text[]`, (c) => c.notNull())
    .addColumn('teacher_id', 'uuid', (c) => c.references('teachers.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'platform_review', 'published', 'taken_down')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('courses_institution').on('courses').column('institution_id').execute();

  await db.schema
    .createTable('lessons')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('course_id', 'uuid', (c) => c.notNull().references('courses.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('video', 'audio', 'text')`))
    .addColumn('blob_key', 'text')
    .addColumn('media_type', 'text')
    .addColumn('text_content', 'text')
    .addColumn('duration_seconds', 'integer')
    .addColumn('quality_status', 'text', (c) => c.notNull().check(sql`quality_status in ('pending', 'passed', 'failed')`))
    .addColumn('quality_checks', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('lessons_position', ['course_id', 'position'])
    .addCheckConstraint('lessons_content', sql`(kind = 'text' and text_content is not null) or (kind <> 'text' and blob_key is not null)`)
    .execute();

  await db.schema
    .createTable('course_reviews')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('course_id', 'uuid', (c) => c.notNull().references('courses.id'))
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('institution', 'platform', 'spot_check', 'take_down')`))
    .addColumn('reviewer_account_id', 'uuid', (c) => c.notNull())
    .addColumn('approved', 'boolean', (c) => c.notNull())
    .addColumn('checklist', 'jsonb', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('region_code', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create trigger course_reviews_append_only before update or delete on course_reviews
    for each row execute function xk_reject_change()`.execute(db);
}
