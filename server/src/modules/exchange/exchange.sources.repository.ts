import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

/**
 * Current state of exchanged rows, read from other modules' tables (decision 0014: read-only, here only).
 * Reads: institutions, institution_registrations, classes, enrolments, accounts (display name),
 * hour_ledger, certificates, certificate_revocations, integrity_signals, enforcement_cases, case_measures, case_reports.
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

/** Enforcement cases (M30, M31) with every measure ordered in them and the regions they were reported to. */
export async function loadCases(q: Q, ids: string[]): Promise<Loaded> {
  if (ids.length === 0) return new Map();
  const [rows, measures, reports] = await Promise.all([
    q
      .selectFrom('enforcement_cases as c')
      .innerJoin('institutions as i', 'i.id', 'c.institution_id')
      .select(['c.id', 'c.title', 'c.description', 'c.institution_id', 'i.name as institution_name', 'c.institution_region', 'c.city_code', 'c.source', 'c.signal_id', 'c.finding_id', 'c.status', 'c.created_at', 'c.updated_at', 'c.closed_at'])
      .where('c.id', 'in', ids)
      .execute(),
    q
      .selectFrom('case_measures')
      .select(['id', 'case_id', 'kind', 'decision', 'deadline', 'until', 'referral_category', 'referral_to', 'published', 'created_at'])
      .where('case_id', 'in', ids)
      .orderBy('id')
      .execute(),
    q.selectFrom('case_reports').select(['case_id', 'to_region', 'created_at']).where('case_id', 'in', ids).orderBy('id').execute(),
  ]);
  return new Map(
    rows.map((c) => [
      c.id,
      {
        id: c.id,
        title: c.title,
        description: c.description,
        institutionId: c.institution_id,
        institutionName: c.institution_name,
        institutionRegion: c.institution_region,
        cityCode: c.city_code,
        source: c.source,
        signalId: c.signal_id,
        findingId: c.finding_id === null ? null : String(c.finding_id),
        status: c.status,
        createdAt: c.created_at.toISOString(),
        updatedAt: c.updated_at.toISOString(),
        closedAt: iso(c.closed_at),
        measures: measures
          .filter((m) => m.case_id === c.id)
          .map((m) => ({ id: String(m.id), kind: m.kind, decision: m.decision, deadline: m.deadline, until: m.until, referralCategory: m.referral_category, referralTo: m.referral_to, published: m.published, createdAt: m.created_at.toISOString() })),
        reportedTo: reports.filter((r) => r.case_id === c.id).map((r) => ({ regionCode: r.to_region, reportedAt: r.created_at.toISOString() })),
      },
    ]),
  );
}

/** Measures published under N3 (the public sanctions page): the institution and the decision, no learner data. */
export async function loadSanctions(q: Q, ids: string[]): Promise<Loaded> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('case_measures as m')
    .innerJoin('enforcement_cases as c', 'c.id', 'm.case_id')
    .innerJoin('institutions as i', 'i.id', 'm.institution_id')
    .select(['m.id', 'm.case_id', 'm.kind', 'm.decision', 'm.deadline', 'm.until', 'm.institution_id', 'i.name as institution_name', 'i.credit_code', 'c.city_code', 'c.institution_region', 'm.created_at'])
    .where('m.id', 'in', ids.map(Number))
    .where('m.published', '=', true)
    .execute();
  return new Map(
    rows.map((m) => [
      String(m.id),
      {
        id: String(m.id),
        caseId: m.case_id,
        kind: m.kind,
        decision: m.decision,
        deadline: m.deadline,
        until: m.until,
        institutionId: m.institution_id,
        institutionName: m.institution_name,
        creditCode: m.credit_code,
        institutionRegion: m.institution_region,
        cityCode: m.city_code,
        publishedAt: m.created_at.toISOString(),
      },
    ]),
  );
}
