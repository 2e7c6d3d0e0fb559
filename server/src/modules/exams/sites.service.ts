import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import type { SiteOwnerType } from '../../platform/db/schema.exams.js';
import { shanghaiDay, type AuditActor } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { referenceExamInstitutions } from './exam-institutions.data.js';
import type { ExamsDeps } from './exams.deps.js';
import { ExamErrors } from './exams.errors.js';
import { administersCity, examViewerOf, viewerSeesCity } from './exams.policy.js';
import { TRAINING_INSTITUTION_SITE_CUTOFF } from './exams.rules.js';
import * as repo from './sites.repository.js';

export interface NewSiteInput {
  name: string;
  ownerType: SiteOwnerType;
  ownerName: string;
  legacyApprovedOn?: string | null;
  address: string;
  cityCode: string;
  equipment: string;
  subjects: { categoryId: string; seats: number }[];
  relations: { institutionId: string; relation: string }[];
}

export type SiteStatus = 'active' | 'suspended' | 'revoked';

type SiteRow = NonNullable<Awaited<ReturnType<typeof repo.findSite>>>;

/** N3.2: a suspended site is suspended until the end of `suspended_until`; a revoked one for good. */
export function siteStatus(site: Pick<SiteRow, 'suspended_until' | 'revoked_at'>, day: string): SiteStatus {
  if (site.revoked_at) return 'revoked';
  if (site.suspended_until && site.suspended_until >= day) return 'suspended';
  return 'active';
}

export function createSitesService(deps: ExamsDeps) {
  const { db, clock, audit } = deps;

  async function installReferenceData() {
    await repo.insertExamInstitutions(db, referenceExamInstitutions());
  }

  async function listInstitutions(actor: Actor) {
    const rows = await repo.listExamInstitutions(db, examViewerOf(actor).cityPrefixes);
    return rows.map((r) => ({ id: r.id, name: r.name, level: r.level, regionCode: r.region_code, mayOrganise: r.may_organise }));
  }

  /** N2.2: no new site hosted by a training institution; one approved before the notice is carried with its date. */
  async function create(actor: Actor, input: NewSiteInput, requestId: string | null) {
    if (!administersCity(actor, input.cityCode)) throw CommonErrors.FORBIDDEN();
    const legacy = input.legacyApprovedOn ?? null;
    if (input.ownerType === 'training_institution' && !(legacy && legacy < TRAINING_INSTITUTION_SITE_CUTOFF)) throw ExamErrors.EXAM_SITE_TRAINING_INSTITUTION_BANNED();
    const examInstitution = await repo.examInstitutionOfCity(db, input.cityCode);
    if (!examInstitution) throw ExamErrors.EXAM_INSTITUTION_NOT_FOUND();
    const unknown = await deps.categories.unknownIds(input.subjects.map((s) => s.categoryId));
    if (unknown.length) throw ExamErrors.EXAM_SITE_SUBJECT_MISSING({ categoryIds: unknown });
    const related = input.relations.map((r) => r.institutionId);
    const names = await deps.institutions.namesOf(related);
    if (names.size !== new Set(related).size) throw CommonErrors.NOT_FOUND({ institutionIds: related.filter((id) => !names.has(id)) });
    return db.transaction().execute(async (tx) => {
      const siteId = await repo.insertSite(tx, { ...input, legacyApprovedOn: input.ownerType === 'training_institution' ? legacy : null, examInstitutionId: examInstitution.id, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_site.registered', targetType: 'exam_site', targetId: siteId, change: input });
      return { siteId };
    });
  }

  async function views(rows: SiteRow[]) {
    const ids = rows.map((r) => r.id);
    const [subjects, relations] = await Promise.all([repo.subjectsOf(db, ids), repo.relationsOf(db, ids)]);
    const names = await deps.institutions.namesOf([...new Set(relations.map((r) => r.institution_id))]);
    const day = shanghaiDay(clock.now());
    return rows.map((s) => ({
      id: s.id,
      examInstitutionId: s.exam_institution_id,
      name: s.name,
      ownerType: s.owner_type,
      ownerName: s.owner_name,
      legacyApprovedOn: s.legacy_approved_on,
      address: s.address,
      cityCode: s.city_code,
      equipment: s.equipment,
      status: siteStatus(s, day),
      suspendedUntil: s.suspended_until,
      revokedAt: s.revoked_at?.toISOString() ?? null,
      subjects: subjects.filter((x) => x.site_id === s.id).map((x) => ({ categoryId: x.category_id, seats: x.seats })),
      relations: relations.filter((x) => x.site_id === s.id).map((x) => ({ institutionId: x.institution_id, institutionName: names.get(x.institution_id) ?? '', relation: x.relation })),
    }));
  }

  async function list(actor: Actor) {
    const viewer = examViewerOf(actor);
    return views(await repo.listSites(db, viewer));
  }

  /** A site the caller may see: its city's administrators and regulators, or the site itself. Out of scope is 404. */
  async function visibleSite(actor: Actor, id: string) {
    const site = await repo.findSite(db, id);
    const viewer = examViewerOf(actor);
    if (!site || !(viewerSeesCity(viewer, site.city_code) || viewer.siteId === site.id)) throw ExamErrors.EXAM_SITE_NOT_FOUND();
    return site;
  }

  async function get(actor: Actor, id: string) {
    const [view] = await views([await visibleSite(actor, id)]);
    return view!;
  }

  /** Demo data: the site the demo site admin's scope points at, with a related school site beside it. */
  async function seedDemo(input: NewSiteInput & { id: string }, by: AuditActor) {
    const examInstitution = await repo.examInstitutionOfCity(db, input.cityCode);
    if (!examInstitution) throw ExamErrors.EXAM_INSTITUTION_NOT_FOUND();
    await db.transaction().execute(async (tx) => {
      await repo.insertSite(tx, { ...input, legacyApprovedOn: null, examInstitutionId: examInstitution.id, at: clock.now() });
      await audit.record(tx, by, { action: 'exam_site.registered', targetType: 'exam_site', targetId: input.id, change: input });
    });
  }

  return { installReferenceData, listInstitutions, create, list, get, visibleSite, seedDemo };
}

export type SitesService = ReturnType<typeof createSitesService>;
