import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { Lens } from './archives.policy.js';

type Q = Db | Transaction<Database>;

/** The archive is a read model (DESIGN §4): it reads the records of identity, classes, learning and faces as they are. */
export async function learnerOf(q: Q, learnerId: string) {
  return q
    .selectFrom('learners')
    .select(['account_id', 'name', 'id_number_masked', 'gender', 'birth_date', 'employer_name', 'employer_credit_code', 'job_category', 'created_at'])
    .where('account_id', '=', learnerId)
    .executeTakeFirst();
}

export async function enrolmentsOf(q: Q, learnerId: string) {
  return q
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.class_id')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .leftJoin('training_categories as t', 't.id', 'c.category_id')
    .select(['e.class_id', 'e.status', 'e.joined_at', 'e.joined_via', 'c.name', 'c.institution_id', 'c.city_code', 'c.supervising_region', 'c.training_type', 'c.starts_on', 'c.ends_on', 'i.name as institution_name', 't.name as category_name'])
    .where('e.learner_account_id', '=', learnerId)
    .orderBy('e.joined_at')
    .execute();
}

function sessionsQuery(q: Q, learnerId: string, lens: Lens) {
  let query = q
    .selectFrom('learning_sessions as s')
    .innerJoin('classes as c', 'c.id', 's.class_id')
    .leftJoin('courses as co', 'co.id', 's.course_id')
    .leftJoin('lessons as l', 'l.id', 's.lesson_id')
    .where('s.learner_account_id', '=', learnerId);
  if (lens.kind === 'institution') query = query.where('c.institution_id', '=', lens.institutionId);
  if (lens.kind === 'region') {
    const prefixes = lens.prefixes;
    query = query.where((eb) => eb.or(prefixes.map((p) => eb('c.supervising_region', 'like', `${p}%`))));
  }
  return query;
}

/** Every lesson the lens sees, newest first, with the credit it earned (confirmed ledger seconds). */
export async function sessionsPage(q: Q, learnerId: string, lens: Lens, page: { before?: { at: Date; id: string }; limit: number }) {
  let query = sessionsQuery(q, learnerId, lens).select([
    's.id',
    's.class_id',
    'c.name as class_name',
    'co.title as course_title',
    'l.title as lesson_title',
    's.device_id',
    's.status',
    's.end_reason',
    's.started_at',
    's.ended_at',
    (eb) => eb.selectFrom('hour_ledger as h').select(sql<number>`coalesce(sum(h.seconds), 0)::int8`.as('n')).whereRef('h.session_id', '=', 's.id').as('credited_seconds'),
  ]);
  if (page.before) {
    const { at, id } = page.before;
    query = query.where((eb) => eb.or([eb('s.started_at', '<', at), eb.and([eb('s.started_at', '=', at), eb('s.id', '<', id)])]));
  }
  const rows = await query.orderBy('s.started_at', 'desc').orderBy('s.id', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({ ...r, credited_seconds: Number(r.credited_seconds ?? 0) }));
}

export async function sessionWindows(q: Q, learnerId: string, lens: Lens) {
  return sessionsQuery(q, learnerId, lens).select(['s.started_at', 's.ended_at']).execute();
}

export async function faceChecksOf(q: Q, learnerId: string) {
  return q
    .selectFrom('face_checks')
    .select(['id', 'purpose', 'decision', 'score', 'face_count', 'created_at', 'photo_blob_key'])
    .where('account_id', '=', learnerId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Learners with an enrolment the lens sees, newest registration first, optionally by name. */
export async function learnersSeen(q: Q, lens: Lens, f: { name?: string; before?: { at: Date; id: string }; limit: number }) {
  let query = q
    .selectFrom('learners as l')
    .select(['l.account_id', 'l.name', 'l.id_number_masked', 'l.employer_name', 'l.created_at'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('enrolments as e')
          .innerJoin('classes as c', 'c.id', 'e.class_id')
          .select('e.id')
          .whereRef('e.learner_account_id', '=', 'l.account_id')
          .where((w) => {
            if (lens.kind === 'institution') return w('c.institution_id', '=', lens.institutionId);
            if (lens.kind === 'region') return w.or(lens.prefixes.map((p) => w('c.supervising_region', 'like', `${p}%`)));
            return w.lit(true);
          }),
      ),
    );
  if (f.name) query = query.where('l.name', 'like', `%${f.name.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  if (f.before) {
    const { at, id } = f.before;
    query = query.where((eb) => eb.or([eb('l.created_at', '<', at), eb.and([eb('l.created_at', '=', at), eb('l.account_id', '<', id)])]));
  }
  return query.orderBy('l.created_at', 'desc').orderBy('l.account_id', 'desc').limit(f.limit).execute();
}

export async function allLearnerIds(q: Q) {
  return (await q.selectFrom('learners').select('account_id').orderBy('created_at').execute()).map((r) => r.account_id);
}

export async function insertImported(
  tx: Transaction<Database>,
  a: { bundleHash: string; sourceKeyId: string; sourceLearnerId: string; name: string; idNumberMasked: string; archive: unknown; at: Date },
) {
  return tx
    .insertInto('imported_archives')
    .values({ bundle_hash: a.bundleHash, source_key_id: a.sourceKeyId, source_learner_id: a.sourceLearnerId, name: a.name, id_number_masked: a.idNumberMasked, archive: JSON.stringify(a.archive), imported_at: a.at })
    .onConflict((oc) => oc.constraint('imported_archives_once').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export async function insertImportedFile(tx: Transaction<Database>, f: { archiveId: string; path: string; sha256: string; size: number; blobKey: string }) {
  await tx.insertInto('imported_archive_files').values({ archive_id: f.archiveId, path: f.path, sha256: f.sha256, size: f.size, blob_key: f.blobKey }).execute();
}

export async function importedArchives(q: Q) {
  return q.selectFrom('imported_archives').selectAll().orderBy('imported_at').orderBy('name').execute();
}

export async function importedFiles(q: Q, archiveId: string) {
  return q.selectFrom('imported_archive_files').selectAll().where('archive_id', '=', archiveId).orderBy('path').execute();
}
