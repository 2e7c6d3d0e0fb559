import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { CertificateContent } from './certificates.content.js';

type Q = Db | Transaction<Database>;

/** The class with what a certificate states about it: institution and category names. */
export async function classForCertificate(q: Q, classId: string) {
  return q
    .selectFrom('classes as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .leftJoin('training_categories as t', 't.id', 'c.category_id')
    .select([
      'c.id',
      'c.name',
      'c.institution_id',
      'c.category_id',
      'c.training_type',
      'c.city_code',
      'c.supervising_region',
      'c.starts_on',
      'c.ends_on',
      'c.required_theory_hours',
      'c.required_practical_hours',
      'c.max_online_hours',
      'i.name as institution_name',
      'i.credit_code',
      't.name as category_name',
    ])
    .where('c.id', '=', classId)
    .executeTakeFirst();
}

export async function learnerForCertificate(q: Q, learnerId: string) {
  return q.selectFrom('learners').select(['name', 'id_number_masked', 'employer_name']).where('account_id', '=', learnerId).executeTakeFirst();
}

/** The ledger of one learner's class, by course and kind, with the first and last entry (M19). */
export async function ledgerOf(q: Q, learnerId: string, classId: string) {
  const rows = await q
    .selectFrom('hour_ledger as h')
    .leftJoin('courses as c', 'c.id', 'h.course_id')
    .select(['h.course_id', 'c.title', 'h.kind', sql<number>`sum(h.seconds)::int8`.as('seconds'), sql<Date>`min(h.created_at)`.as('first_at'), sql<Date>`max(h.created_at)`.as('last_at')])
    .where('h.learner_account_id', '=', learnerId)
    .where('h.class_id', '=', classId)
    .groupBy(['h.course_id', 'c.title', 'h.kind'])
    .execute();
  return rows.map((r) => ({ ...r, seconds: Number(r.seconds), first_at: new Date(r.first_at), last_at: new Date(r.last_at) }));
}

/** The class's courses in plan order, so the certificate lists them as the class did. */
export async function classCourses(q: Q, classId: string) {
  return q.selectFrom('class_courses as cc').innerJoin('courses as c', 'c.id', 'cc.course_id').select(['c.id', 'c.title']).where('cc.class_id', '=', classId).orderBy('cc.position').execute();
}

export async function nextSerial(q: Q): Promise<number> {
  const row = await sql<{ n: string | number }>`select nextval('certificate_serial') as n`.execute(q);
  return Number(row.rows[0]!.n);
}

export interface NewCertificate {
  number: string;
  serial: number;
  version: number;
  learnerId: string;
  classId: string;
  institutionId: string;
  cityCode: string;
  supersedesId: string | null;
  content: CertificateContent;
  contentHash: string;
  signature: string;
  keyId: string;
  reason: string;
  issuedBy: string | null;
  at: Date;
}

/** Inserts a version; a second first version for the same learner and class is ignored (undefined). */
export async function insertCertificate(q: Q, c: NewCertificate) {
  return q
    .insertInto('certificates')
    .values({
      number: c.number,
      serial: c.serial,
      version: c.version,
      learner_account_id: c.learnerId,
      class_id: c.classId,
      institution_id: c.institutionId,
      city_code: c.cityCode,
      supersedes_id: c.supersedesId,
      content: JSON.stringify(c.content),
      content_hash: c.contentHash,
      signature: c.signature,
      key_id: c.keyId,
      issue_reason: c.reason,
      issued_by: c.issuedBy,
      issued_at: c.at,
    })
    .onConflict((oc) => oc.columns(['learner_account_id', 'class_id']).where('version', '=', 1).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/**
 * Certificates with their status facts: the revocation, if any, and the successor's number; and the
 * region whose bureau supervises the class, by which regulators see them (M29).
 */
function withStatus(q: Q) {
  return q
    .selectFrom('certificates as c')
    .innerJoin('classes as k', 'k.id', 'c.class_id')
    .leftJoin('certificate_revocations as r', 'r.certificate_id', 'c.id')
    .leftJoin('certificates as s', 's.supersedes_id', 'c.id')
    .leftJoin('certificates as p', 'p.id', 'c.supersedes_id')
    .selectAll('c')
    .select(['k.supervising_region', 'r.reason as revoked_reason', 'r.revoked_at', 'r.revoked_role', 's.number as superseded_by', 'p.number as supersedes_number']);
}

export type CertificateRow = NonNullable<Awaited<ReturnType<typeof findByNumber>>>;

export async function findByNumber(q: Q, number: string) {
  const row = await withStatus(q).where('c.number', '=', number).executeTakeFirst();
  return row && normalise(row);
}

/** Locks the series while a new version or a revocation is written. */
export async function lockForChange(tx: Transaction<Database>, id: string) {
  await tx.selectFrom('certificates').select('id').where('id', '=', id).forUpdate().execute();
}

export async function firstVersionExists(q: Q, learnerId: string, classId: string): Promise<boolean> {
  const row = await q.selectFrom('certificates').select('id').where('learner_account_id', '=', learnerId).where('class_id', '=', classId).where('version', '=', 1).executeTakeFirst();
  return Boolean(row);
}

export async function ofLearner(q: Q, learnerId: string) {
  const rows = await withStatus(q).where('c.learner_account_id', '=', learnerId).orderBy('c.issued_at', 'desc').execute();
  return rows.map(normalise);
}

export async function ofClass(q: Q, classId: string) {
  const rows = await withStatus(q).where('c.class_id', '=', classId).orderBy('c.serial').orderBy('c.version').execute();
  return rows.map(normalise);
}

export async function insertRevocation(tx: Transaction<Database>, r: { certificateId: string; reason: string; by: string; role: string; at: Date }) {
  await tx.insertInto('certificate_revocations').values({ certificate_id: r.certificateId, reason: r.reason, revoked_by: r.by, revoked_role: r.role, revoked_at: r.at }).execute();
}

/**
 * Enrolments without a certificate whose ledger holds at least the class's
 * required total: candidates for the catch-up job (the service decides).
 */
export async function completionCandidates(q: Q) {
  return q
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.class_id')
    .select(['e.learner_account_id', 'e.class_id'])
    .where((eb) => eb.not(eb.exists(eb.selectFrom('certificates as x').select('x.id').whereRef('x.learner_account_id', '=', 'e.learner_account_id').whereRef('x.class_id', '=', 'e.class_id'))))
    .where(
      (eb) =>
        eb
          .selectFrom('hour_ledger as h')
          .select(sql<number>`coalesce(sum(h.seconds), 0)`.as('s'))
          .whereRef('h.learner_account_id', '=', 'e.learner_account_id')
          .whereRef('h.class_id', '=', 'e.class_id'),
      '>=',
      sql<number>`(c.required_theory_hours + c.required_practical_hours) * 2700`,
    )
    .execute();
}

function normalise<T extends { serial: string | number; content: Record<string, unknown> }>(row: T) {
  return { ...row, serial: Number(row.serial), content: row.content as unknown as CertificateContent };
}
