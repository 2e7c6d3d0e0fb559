import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

/**
 * Current state of exchanged rows, read from other modules' tables (decision 0014: read-only, here only).
 * Reads: institutions, institution_registrations, classes, enrolments, accounts (display name),
 * hour_ledger, certificates, certificate_revocations, integrity_signals.
 * Rows were already region-filtered through the change log; the region prefix trims nested lists
 * (an institution's registrations) to the client's scope as well.
 */
type Q = Kysely<Database> | Transaction<Database>;
export type Loaded = Map<string, Record<string, unknown>>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function loadInstitutions(q: Q, ids: string[], prefix: string): Promise<Loaded> {
  if (ids.length === 0) return new Map();
  const [rows, regs] = await Promise.all([
    q.selectFrom('institutions').select(['id', 'name', 'credit_code', 'region_code', 'created_at']).where('id', 'in', ids).execute(),
    q
      .selectFrom('institution_registrations')
      .select(['institution_id', 'city_code', 'status', 'online_status', 'registered_at', 'online_published_at'])
      .where('institution_id', 'in', ids)
      .where('city_code', 'like', `${prefix}%`)
      .orderBy('city_code')
      .execute(),
  ]);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        creditCode: r.credit_code,
        regionCode: r.region_code,
        createdAt: r.created_at.toISOString(),
        registrations: regs
          .filter((g) => g.institution_id === r.id)
          .map((g) => ({ cityCode: g.city_code, status: g.status, onlineStatus: g.online_status, registeredAt: iso(g.registered_at), onlinePublishedAt: iso(g.online_published_at) })),
      },
    ]),
  );
}

export async function loadClasses(q: Q, ids: string[]): Promise<Loaded> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('classes')
    .select(['id', 'institution_id', 'code', 'name', 'category_id', 'training_type', 'city_code', 'starts_on', 'ends_on', 'status', 'required_theory_hours', 'required_practical_hours', 'created_at'])
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        institutionId: r.institution_id,
        code: r.code,
        name: r.name,
        categoryId: r.category_id,
        trainingType: r.training_type,
        cityCode: r.city_code,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        status: r.status,
        requiredTheoryHours: r.required_theory_hours,
        requiredPracticalHours: r.required_practical_hours,
        createdAt: r.created_at.toISOString(),
      },
    ]),
  );
}

export async function loadEnrolments(q: Q, ids: string[]): Promise<Loaded> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.class_id')
    .innerJoin('accounts as a', 'a.id', 'e.learner_account_id')
    .select(['e.id', 'e.class_id', 'c.institution_id', 'c.city_code', 'e.learner_account_id', 'a.display_name', 'e.joined_via', 'e.status', 'e.joined_at'])
    .where('e.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, classId: r.class_id, institutionId: r.institution_id, cityCode: r.city_code, learnerId: r.learner_account_id, learnerName: r.display_name, joinedVia: r.joined_via, status: r.status, joinedAt: r.joined_at.toISOString() },
    ]),
  );
}

export async function loadHours(q: Q, ids: string[]): Promise<Loaded> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('hour_ledger as h')
    .innerJoin('classes as c', 'c.id', 'h.class_id')
    .select(['h.id', 'h.learner_account_id', 'h.class_id', 'c.institution_id', 'c.city_code', 'h.course_id', 'h.lesson_id', 'h.kind', 'h.seconds', 'h.created_at'])
    .where('h.id', 'in', ids.map(Number))
    .execute();
  return new Map(
    rows.map((r) => [
      String(r.id),
      { id: String(r.id), learnerId: r.learner_account_id, classId: r.class_id, institutionId: r.institution_id, cityCode: r.city_code, courseId: r.course_id, lessonId: r.lesson_id, kind: r.kind, seconds: r.seconds, createdAt: r.created_at.toISOString() },
    ]),
  );
}

export async function loadCertificates(q: Q, ids: string[]): Promise<Loaded> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('certificates as c')
    .leftJoin('certificate_revocations as r', 'r.certificate_id', 'c.id')
    .select(['c.id', 'c.number', 'c.version', 'c.learner_account_id', 'c.class_id', 'c.institution_id', 'c.city_code', 'c.supersedes_id', 'c.content_hash', 'c.issued_at', 'r.reason as revocation_reason', 'r.revoked_at'])
    .select(sql<boolean>`exists (select 1 from certificates n where n.supersedes_id = c.id)`.as('superseded'))
    .where('c.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        number: r.number,
        version: r.version,
        learnerId: r.learner_account_id,
        classId: r.class_id,
        institutionId: r.institution_id,
        cityCode: r.city_code,
        supersedesId: r.supersedes_id,
        contentHash: r.content_hash,
        issuedAt: r.issued_at.toISOString(),
        status: r.revoked_at ? 'revoked' : r.superseded ? 'superseded' : 'valid',
        revokedAt: iso(r.revoked_at),
        revocationReason: r.revocation_reason,
      },
    ]),
  );
}

export async function loadSignals(q: Q, ids: string[]): Promise<Loaded> {
  if (ids.length === 0) return new Map();
  const rows = await q.selectFrom('integrity_signals').select(['id', 'kind', 'score', 'account_ids', 'institution_ids', 'region_codes', 'detail', 'created_at']).where('id', 'in', ids).execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, kind: r.kind, score: r.score, learnerIds: r.account_ids, institutionIds: r.institution_ids, regionCodes: r.region_codes, detail: r.detail, createdAt: r.created_at.toISOString() },
    ]),
  );
}
