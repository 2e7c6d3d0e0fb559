import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import { auditActorOf } from '../identity/index.js';
import { institutionOf } from '../institutions/index.js';
import * as repo from './applications.repository.js';
import type { ExamsDeps } from './exams.deps.js';
import { ExamErrors } from './exams.errors.js';
import { examViewerOf } from './exams.policy.js';
import { applicationPlaceAllowed } from './place-rules.js';
import * as sitesRepo from './sites.repository.js';

export interface NewApplicationInput {
  learnerId: string;
  categoryId: string;
  cityCode: string;
  householdCityCode: string;
  workCityCode?: string | null;
  residenceCityCode?: string | null;
  schoolSiteId?: string | null;
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.findApplication>>>;

export function createApplicationsService(deps: ExamsDeps) {
  const { db, clock, audit } = deps;

  /**
   * An institution submits a learner it trained (eligibility seam: training
   * completed, certificate valid), in a city N2.6 allows.
   */
  async function submit(actor: Actor, input: NewApplicationInput, requestId: string | null) {
    const institutionId = institutionOf(actor);
    if (!institutionId) throw CommonErrors.FORBIDDEN();
    const places = { householdCityCode: input.householdCityCode, workCityCode: input.workCityCode ?? null, residenceCityCode: input.residenceCityCode ?? null };
    if (!applicationPlaceAllowed(input.categoryId, input.cityCode, places)) throw ExamErrors.EXAM_APPLICATION_PLACE_NOT_ALLOWED({ places });
    const trained = await deps.classes.trainingPlacesOf([input.learnerId]);
    if (!trained.institutionIds.includes(institutionId)) throw ExamErrors.EXAM_APPLICATION_NOT_ELIGIBLE({ reason: 'not_trained_here' });
    const eligibility = await deps.eligibility(input.learnerId, input.categoryId);
    if (!eligibility.eligible) throw ExamErrors.EXAM_APPLICATION_NOT_ELIGIBLE({ reason: eligibility.reason ?? null });
    // N2.3: only a school's own site can be declared as a full-time student's school site.
    if (input.schoolSiteId && (await sitesRepo.findSite(db, input.schoolSiteId))?.owner_type !== 'school') throw ExamErrors.EXAM_SITE_NOT_FOUND();
    return db.transaction().execute(async (tx) => {
      const applicationId = await repo.insertApplication(tx, { ...input, ...places, institutionId, schoolSiteId: input.schoolSiteId ?? null, certificateNumber: eligibility.certificateNumber ?? null, at: clock.now() });
      if (!applicationId) throw ExamErrors.EXAM_APPLICATION_EXISTS();
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_application.submitted', targetType: 'exam_application', targetId: applicationId, change: input });
      return { applicationId };
    });
  }

  /** Institutions see their own candidates; exam institutions and regulators their cities. Assignments only once published. */
  async function list(actor: Actor, page: { limit: number; offset: number }) {
    const viewer = examViewerOf(actor);
    const result = await repo.listApplications(db, { institutionId: viewer.institutionId, cityPrefixes: viewer.cityPrefixes, limit: page.limit, offset: page.offset });
    return { total: result.total, items: result.items.map(toView) };
  }

  async function withdraw(actor: Actor, id: string, requestId: string | null) {
    const row = await repo.findApplication(db, id);
    if (!row || row.institution_id !== institutionOf(actor)) throw ExamErrors.EXAM_APPLICATION_NOT_FOUND();
    if (row.status !== 'submitted') throw ExamErrors.EXAM_APPLICATION_LOCKED();
    await db.transaction().execute(async (tx) => {
      await repo.setStatus(tx, id, 'withdrawn');
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_application.withdrawn', targetType: 'exam_application', targetId: id });
    });
  }

  /** The learner's own applications and, once the draw is published, where they sit. */
  async function mine(actor: Actor) {
    const result = await repo.listApplications(db, { institutionId: null, cityPrefixes: [], learnerId: actor.accountId, limit: 100, offset: 0 });
    return result.items.map(toView);
  }

  return { submit, list, withdraw, mine };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;

function toView(r: Row) {
  const published = r.published_at !== null;
  return {
    id: r.id,
    institutionId: r.institution_id,
    learnerId: r.learner_account_id,
    learnerName: r.name,
    idNumberMasked: r.id_number_masked,
    categoryId: r.category_id,
    cityCode: r.city_code,
    householdCityCode: r.household_city_code,
    workCityCode: r.work_city_code,
    residenceCityCode: r.residence_city_code,
    schoolSiteId: r.school_site_id,
    certificateNumber: r.certificate_number,
    status: r.status,
    drawId: r.draw_id,
    assignment: published
      ? {
          sessionId: r.session_id,
          siteName: r.site_name,
          siteAddress: r.site_address,
          room: r.room,
          startsAt: r.starts_at?.toISOString() ?? null,
          endsAt: r.ends_at?.toISOString() ?? null,
          exception: r.exception,
          crossCity: r.cross_city ?? false,
          unassigned: r.unassigned,
          publishedAt: r.published_at!.toISOString(),
        }
      : null,
  };
}
