import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import { shanghaiDay } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import * as drawsRepo from './draws.repository.js';
import type { ExamsDeps } from './exams.deps.js';
import { ExamErrors } from './exams.errors.js';
import { administersCity, examViewerOf, isProvincial, supervisesCity } from './exams.policy.js';
import { suspensionInRange } from './exams.rules.js';
import * as sitesRepo from './sites.repository.js';
import type { SitesService } from './sites.service.js';
import * as staffRepo from './staff.repository.js';
import type { StaffService } from './staff.service.js';
import { MEASURES, PUBLISHED_MEASURES, VIOLATION_KINDS, type Measure, type SubjectType } from './violations.kinds.js';
import * as repo from './violations.repository.js';

export interface ViolationInput {
  subjectType: SubjectType;
  subjectId: string;
  kind: string;
  description: string;
  evidence: { label: string; uploadId?: string | null }[];
  sessionId?: string | null;
}

export interface MeasureInput {
  measure: Measure;
  note: string;
  deadline?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
}

/** Violations and measures (N3.2–N3.4), recorded by exam institutions and regulators of the subject's region. */
export function createViolationsService(deps: ExamsDeps & { sites: SitesService; staff: StaffService }) {
  const { db, clock, audit } = deps;

  /** The region of a subject, or 404 when the caller cannot see it. */
  async function regionOf(actor: Actor, type: SubjectType, id: string): Promise<{ cityCode: string; name: string }> {
    const viewer = examViewerOf(actor);
    const sees = (code: string) => viewer.cityPrefixes.some((p) => code.startsWith(p));
    if (type === 'site') {
      const site = await sitesRepo.findSite(db, id);
      if (site && sees(site.city_code)) return { cityCode: site.city_code, name: site.name };
    } else if (type === 'exam_institution') {
      const inst = await sitesRepo.findExamInstitution(db, id);
      if (inst && sees(inst.region_code)) return { cityCode: inst.region_code, name: inst.name };
    } else {
      const staff = await staffRepo.findStaff(db, id);
      if (staff && sees(staff.region_code)) return { cityCode: staff.region_code, name: staff.name };
    }
    throw ExamErrors.EXAM_VIOLATION_NOT_FOUND();
  }

  /** An exam institution may not judge itself (N3.3): regulators and the provincial exam institution do. */
  function mayJudge(actor: Actor, type: SubjectType, cityCode: string) {
    const ok = type === 'exam_institution' ? supervisesCity(actor, cityCode) || (isProvincial(actor) && administersCity(actor, cityCode)) : administersCity(actor, cityCode) || supervisesCity(actor, cityCode);
    if (!ok) throw CommonErrors.FORBIDDEN();
  }

  async function record(actor: Actor, input: ViolationInput, requestId: string | null) {
    if (!(input.kind in VIOLATION_KINDS[input.subjectType])) throw CommonErrors.VALIDATION_FAILED({ field: 'kind' });
    const subject = await regionOf(actor, input.subjectType, input.subjectId);
    mayJudge(actor, input.subjectType, subject.cityCode);
    return db.transaction().execute(async (tx) => {
      const violationId = await repo.insertViolation(tx, { ...input, sessionId: input.sessionId ?? null, source: 'manual', recordedBy: actor.accountId, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_violation.recorded', targetType: input.subjectType, targetId: input.subjectId, change: input });
      return { violationId };
    });
  }

  /**
   * N3.2: rectify by a deadline; suspend 3–6 months; revoke only when a
   * rectification is overdue; referral. N3.3: criticism, notice, interview,
   * and — by the province — loss of the right to organise exams.
   */
  async function decide(actor: Actor, violationId: string, input: MeasureInput, requestId: string | null) {
    const violation = await repo.findViolation(db, violationId);
    if (!violation) throw ExamErrors.EXAM_VIOLATION_NOT_FOUND();
    const subject = await regionOf(actor, violation.subject_type, violation.subject_id);
    mayJudge(actor, violation.subject_type, subject.cityCode);
    if (!(MEASURES[violation.subject_type] as readonly string[]).includes(input.measure)) throw ExamErrors.EXAM_MEASURE_INVALID();
    const today = shanghaiDay(clock.now());
    if (input.measure === 'rectify' && !input.deadline) throw CommonErrors.VALIDATION_FAILED({ field: 'deadline' });
    if (input.measure === 'suspend' && !(input.startsOn && input.endsOn && input.startsOn >= today && suspensionInRange(input.startsOn, input.endsOn))) throw ExamErrors.EXAM_SUSPENSION_RANGE();
    if (input.measure === 'revoke' && !(await repo.overdueRectifications(db, violation.subject_id, today)).length) throw ExamErrors.EXAM_REVOKE_NOT_DUE();
    if (input.measure === 'lose_organising_right' && !isProvincial(actor)) throw CommonErrors.FORBIDDEN();
    return db.transaction().execute(async (tx) => {
      const measureId = await repo.insertMeasure(tx, {
        violationId,
        measure: input.measure,
        note: input.note,
        deadline: input.deadline ?? null,
        startsOn: input.measure === 'suspend' ? input.startsOn! : null,
        endsOn: input.measure === 'suspend' ? input.endsOn! : null,
        decidedBy: actor.accountId,
        at: clock.now(),
      });
      if (input.measure === 'suspend') await sitesRepo.setSuspendedUntil(tx, violation.subject_id, input.endsOn!);
      if (input.measure === 'revoke') await sitesRepo.setRevoked(tx, violation.subject_id, clock.now());
      if (input.measure === 'lose_organising_right') await sitesRepo.setMayOrganise(tx, violation.subject_id, false);
      await audit.record(tx, auditActorOf(actor, requestId), { action: `exam_measure.${input.measure}`, targetType: violation.subject_type, targetId: violation.subject_id, change: { violationId, ...input } });
      return { measureId };
    });
  }

  async function markRectified(actor: Actor, measureId: string, requestId: string | null) {
    const measure = await repo.findMeasure(db, measureId);
    if (!measure || measure.measure !== 'rectify') throw ExamErrors.EXAM_MEASURE_NOT_FOUND();
    const subject = await regionOf(actor, measure.subject_type, measure.subject_id);
    mayJudge(actor, measure.subject_type, subject.cityCode);
    await db.transaction().execute(async (tx) => {
      await repo.markRectified(tx, measureId, clock.now());
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_measure.rectified', targetType: measure.subject_type, targetId: measure.subject_id, change: { measureId } });
    });
  }

  async function list(actor: Actor, page: { limit: number; offset: number }) {
    const viewer = examViewerOf(actor);
    const [sites, institutions, staff] = await Promise.all([deps.sites.list(actor), sitesRepo.listExamInstitutions(db, viewer.cityPrefixes), deps.staff.list(actor)]);
    const names = new Map<string, string>([...sites.map((s) => [s.id, s.name] as const), ...institutions.map((i) => [i.id, i.name] as const), ...staff.map((s) => [s.id, s.name] as const)]);
    const result = await repo.listViolations(db, { subjectIds: [...names.keys()], limit: page.limit, offset: page.offset });
    const measures = await repo.measuresOf(db, result.items.map((v) => v.id));
    return {
      total: result.total,
      items: result.items.map((v) => ({
        id: v.id,
        subjectType: v.subject_type,
        subjectId: v.subject_id,
        subjectName: names.get(v.subject_id) ?? '',
        kind: v.kind,
        description: v.description,
        evidence: v.evidence,
        sessionId: v.session_id,
        source: v.source,
        recordedAt: v.recorded_at.toISOString(),
        measures: measures
          .filter((m) => m.violation_id === v.id)
          .map((m) => ({ id: m.id, measure: m.measure, note: m.note, deadline: m.deadline, startsOn: m.starts_on, endsOn: m.ends_on, decidedAt: m.decided_at.toISOString(), rectifiedAt: m.rectified_at?.toISOString() ?? null })),
      })),
    };
  }

  /** N3: sanctions on sites and exam institutions are published. */
  async function publicSanctions(page: { limit: number; offset: number }) {
    const result = await repo.publicSanctions(db, [...PUBLISHED_MEASURES], page.limit, page.offset);
    const siteNames = new Map<string, string>();
    for (const id of new Set(result.items.map((r) => r.subject_id))) {
      const site = await sitesRepo.findSite(db, id);
      const inst = site ? null : await sitesRepo.findExamInstitution(db, id);
      siteNames.set(id, site?.name ?? inst?.name ?? '');
    }
    return {
      total: result.total,
      items: result.items.map((r) => ({ id: r.id, subjectType: r.subject_type, subjectName: siteNames.get(r.subject_id) ?? '', kind: r.kind, measure: r.measure, startsOn: r.starts_on, endsOn: r.ends_on, decidedAt: r.decided_at.toISOString(), note: r.note })),
    };
  }

  /** N2.3: the province spot-checks assignments made under an exception, and video patrol records (N2.1). */
  async function exceptionsToCheck(actor: Actor) {
    if (!isProvincial(actor)) throw ExamErrors.EXAM_SPOT_CHECK_PROVINCE_ONLY();
    const rows = await drawsRepo.exceptions(db, examViewerOf(actor).cityPrefixes, 200);
    return rows.map((r) => ({ applicationId: r.application_id, drawId: r.draw_id, sessionId: r.session_id, exception: r.exception, institutionId: r.institution_id, categoryId: r.category_id, cityCode: r.city_code, siteName: r.site_name, publishedAt: r.published_at.toISOString() }));
  }

  async function spotCheck(actor: Actor, input: { target: 'exception' | 'video_patrol'; applicationId?: string | null; sessionId?: string | null; outcome: 'compliant' | 'problem'; notes: string }, requestId: string | null) {
    if (!isProvincial(actor)) throw ExamErrors.EXAM_SPOT_CHECK_PROVINCE_ONLY();
    if ((input.target === 'exception') !== Boolean(input.applicationId) || (input.target === 'video_patrol' && !input.sessionId)) throw CommonErrors.VALIDATION_FAILED({ field: 'target' });
    return db.transaction().execute(async (tx) => {
      const spotCheckId = await repo.insertSpotCheck(tx, { target: input.target, applicationId: input.applicationId ?? null, sessionId: input.sessionId ?? null, outcome: input.outcome, notes: input.notes, by: actor.accountId, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_spot_check.recorded', targetType: input.target, targetId: input.applicationId ?? input.sessionId ?? null, change: input });
      return { spotCheckId };
    });
  }

  return { record, decide, markRectified, list, publicSanctions, exceptionsToCheck, spotCheck };
}

export type ViolationsService = ReturnType<typeof createViolationsService>;
