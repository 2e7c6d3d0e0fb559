import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Classroom } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.js';
import type { AuditActor, AuditService } from '../audit/index.js';
import type { CategoriesService } from '../categories/index.js';
import { auditActorOf, checkIdNumber, IdentityErrors, type IdentityService } from '../identity/index.js';
import { findRegion } from '../regions/index.js';
import { checkCreditCode } from '../../platform/standards/credit-code.js';
import { InstitutionErrors } from './institutions.errors.js';
import { institutionOf, regulatorDecidesFor, regulatorPrefixes, regulatorSees } from './institutions.policy.js';
import * as repo from './institutions.repository.js';

export interface SignupInput {
  institution: Omit<repo.NewInstitution, 'id'>;
  admin: { username: string; displayName: string; password: string };
}

type ApplicationKind = 'registration' | 'online' | 'scope_change' | 'cancellation';

export function createInstitutionsService(deps: { db: Db; clock: Clock; audit: AuditService; identity: IdentityService; categories: CategoriesService }) {
  const { db, clock, audit } = deps;

  function requireInstitution(actor: Actor): string {
    const id = institutionOf(actor);
    if (!id) throw CommonErrors.FORBIDDEN();
    return id;
  }

  async function validCategories(ids: string[]) {
    const unknown = await deps.categories.unknownIds(ids);
    if (unknown.length) throw InstitutionErrors.CATEGORY_UNKNOWN({ unknown });
  }

  function validCity(code: string) {
    if (findRegion(code)?.level !== 'city') throw CommonErrors.VALIDATION_FAILED({ field: 'cityCode', reason: '应为地级以上市的行政区划代码' });
  }

  /** An institution creates its account and record; nothing is registered until a city verifies it (N1.2). */
  async function signup(input: SignupInput, by: AuditActor) {
    const code = checkCreditCode(input.institution.creditCode);
    if (!code.ok) throw InstitutionErrors.CREDIT_CODE_INVALID({ problem: code.problem, reason: code.message });
    if (!findRegion(input.institution.regionCode)) throw CommonErrors.VALIDATION_FAILED({ field: 'regionCode' });
    return db.transaction().execute(async (tx) => {
      if (await repo.findInstitutionByCreditCode(tx, code.normalized)) throw InstitutionErrors.INSTITUTION_EXISTS();
      const { id } = await repo.insertInstitution(tx, { ...input.institution, creditCode: code.normalized });
      const accountId = await deps.identity.createStaffAccount(
        {
          username: input.admin.username,
          displayName: input.admin.displayName,
          password: input.admin.password,
          roles: [{ role: 'institution_admin', scope: { kind: 'institution', regionCode: input.institution.regionCode, orgId: id, label: input.institution.name } }],
        },
        by,
        tx,
      );
      await audit.record(tx, by, { action: 'institution.signed_up', targetType: 'institution', targetId: id, change: { ...input.institution, creditCode: code.normalized } });
      return { institutionId: id, accountId };
    });
  }

  async function mine(actor: Actor) {
    const id = requireInstitution(actor);
    const institution = await repo.findInstitution(db, id);
    if (!institution) throw InstitutionErrors.INSTITUTION_NOT_FOUND();
    const registrations = await repo.registrationsOf(db, id);
    const applications = await repo.applicationsOf(db, id);
    return {
      applications: applications.map((a) => ({
        id: a.id,
        registrationId: a.registration_id,
        cityCode: a.city_code,
        kind: a.kind,
        status: a.status,
        submittedAt: a.submitted_at.toISOString(),
        decidedAt: a.decided_at?.toISOString() ?? null,
        reason: a.reason,
      })),
      institution: {
        id: institution.id,
        name: institution.name,
        creditCode: institution.credit_code,
        address: institution.address,
        regionCode: institution.region_code,
        legalRepresentative: institution.legal_representative,
        contactName: institution.contact_name,
        contactPhone: institution.contact_phone,
      },
      registrations: registrations.map((r) => ({
        id: r.id,
        cityCode: r.city_code,
        status: r.status,
        onlineStatus: r.online_status,
        categories: r.categories,
        classrooms: r.classrooms,
        offlineReport: r.offline_report,
        submittedAt: r.submitted_at.toISOString(),
        registeredAt: r.registered_at?.toISOString() ?? null,
        onlinePublishedAt: r.online_published_at?.toISOString() ?? null,
        decisionReason: r.decision_reason,
      })),
    };
  }

  /** N1.2: a written report to the city bureau, with categories and classrooms. */
  async function submitRegistration(actor: Actor, input: { cityCode: string; categories: string[]; classrooms: Classroom[]; offlineReport: string }, requestId: string | null) {
    const institutionId = requireInstitution(actor);
    validCity(input.cityCode);
    await validCategories(input.categories);
    return db.transaction().execute(async (tx) => {
      if (await repo.findRegistrationFor(tx, institutionId, input.cityCode)) throw InstitutionErrors.REGISTRATION_EXISTS();
      const now = clock.now();
      const reg = await repo.insertRegistration(tx, { institutionId, ...input, at: now });
      const app = await repo.insertApplication(tx, { registrationId: reg.id, kind: 'registration', payload: { categories: input.categories }, submittedBy: actor.accountId, at: now });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'institution.registration_submitted', targetType: 'institution_registration', targetId: reg.id, change: input });
      return { registrationId: reg.id, applicationId: app.id };
    });
  }

  /** Online declaration (M12), scope change and cancellation (N1.2) go through the same review. */
  async function apply(actor: Actor, registrationId: string, kind: Exclude<ApplicationKind, 'registration'>, payload: Record<string, unknown>, requestId: string | null) {
    const institutionId = requireInstitution(actor);
    if (kind === 'scope_change') await validCategories(payload.categories as string[]);
    return db.transaction().execute(async (tx) => {
      const reg = await repo.findRegistration(tx, registrationId);
      if (!reg || reg.institution_id !== institutionId) throw InstitutionErrors.REGISTRATION_NOT_FOUND();
      if (reg.status !== 'registered') throw InstitutionErrors.REGISTRATION_NOT_ACTIVE();
      if (kind === 'online' && (reg.online_status === 'declared' || reg.online_status === 'published')) throw InstitutionErrors.ONLINE_ALREADY_DECLARED();
      if (await repo.hasPendingApplication(tx, registrationId)) throw InstitutionErrors.APPLICATION_PENDING();
      const app = await repo.insertApplication(tx, { registrationId, kind, payload, submittedBy: actor.accountId, at: clock.now() });
      if (kind === 'online') await repo.updateRegistration(tx, registrationId, { online_status: 'declared' });
      await audit.record(tx, auditActorOf(actor, requestId), { action: `institution.${kind}_applied`, targetType: 'institution_registration', targetId: registrationId, change: payload });
      return { applicationId: app.id };
    });
  }

  async function listApplications(actor: Actor, f: { status?: 'pending' | 'approved' | 'rejected'; cityCode?: string; cursor?: string; limit: number }) {
    const before = f.cursor ? decodeCursor(f.cursor) : undefined;
    const rows = await repo.listApplications(db, { prefixes: regulatorPrefixes(actor), status: f.status, cityCode: f.cityCode, before, limit: f.limit + 1 });
    const page = rows.slice(0, f.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        id: r.id,
        kind: r.kind,
        payload: r.payload,
        status: r.status,
        submittedAt: r.submitted_at.toISOString(),
        decidedAt: r.decided_at?.toISOString() ?? null,
        reason: r.reason,
        canDecide: r.status === 'pending' && regulatorDecidesFor(actor, r.city_code),
        registration: { id: r.registration_id, cityCode: r.city_code, status: r.registration_status, onlineStatus: r.online_status, categories: r.categories, classrooms: r.classrooms, offlineReport: r.offline_report },
        institution: { id: r.institution_id, name: r.institution_name, creditCode: r.credit_code, regionCode: r.institution_region, address: r.address, legalRepresentative: r.legal_representative },
      })),
      nextCursor: rows.length > f.limit && last ? encodeCursor(last.submitted_at, last.id) : null,
    };
  }

  /** The city bureau approves or rejects (with reasons); the registration changes only through an approved application. */
  async function decide(actor: Actor, applicationId: string, input: { approve: boolean; reason?: string | undefined }, requestId: string | null) {
    const reason = input.reason?.trim() || null;
    if (!input.approve && !reason) throw InstitutionErrors.DECISION_REASON_REQUIRED();
    return db.transaction().execute(async (tx) => {
      const app = await repo.findApplication(tx, applicationId);
      if (!app || !regulatorSees(actor, app.city_code, app.institution_region)) throw InstitutionErrors.APPLICATION_NOT_FOUND();
      if (!regulatorDecidesFor(actor, app.city_code)) throw InstitutionErrors.DECISION_CITY_ONLY();
      const now = clock.now();
      if (!(await repo.decideApplication(tx, applicationId, { status: input.approve ? 'approved' : 'rejected', by: actor.accountId, at: now, reason }))) {
        throw InstitutionErrors.APPLICATION_DECIDED();
      }
      await repo.updateRegistration(tx, app.registration_id, registrationPatch(app.kind, input.approve, app.payload, now, reason));
      await audit.record(tx, auditActorOf(actor, requestId), {
        action: `institution.${app.kind}_${input.approve ? 'approved' : 'rejected'}`,
        targetType: 'institution_registration',
        targetId: app.registration_id,
        change: { applicationId, reason },
      });
      return { applicationId, status: input.approve ? 'approved' : 'rejected' };
    });
  }

  /** M11: the public list of a city — by registration date, no ranking, no scores. */
  async function publicList(cityCode: string) {
    validCity(cityCode);
    const names = new Map((await deps.categories.list()).map((c) => [c.id, c.name]));
    const rows = await repo.publishedInCity(db, cityCode);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      creditCode: r.credit_code,
      address: r.address,
      categories: r.categories.map((id) => names.get(id) ?? id),
      registeredAt: r.registered_at!.toISOString(),
      onlinePublishedAt: r.online_published_at!.toISOString(),
    }));
  }

  /** N1.3: only reported (and approved) teachers teach. */
  async function reportTeacher(actor: Actor, input: { cityCode: string; name: string; idNumber: string; qualifications: string; categories: string[] }, requestId: string | null) {
    const institutionId = requireInstitution(actor);
    validCity(input.cityCode);
    await validCategories(input.categories);
    const id = checkIdNumber(input.idNumber, clock.now());
    if (!id.ok) throw IdentityErrors.ID_NUMBER_INVALID({ problem: id.problem, reason: id.message });
    return db.transaction().execute(async (tx) => {
      const protectedId = deps.identity.protectIdNumber(id.normalized);
      const row = await repo.insertTeacher(tx, {
        institutionId,
        cityCode: input.cityCode,
        name: input.name,
        idNumberEnc: protectedId.enc,
        idNumberHmac: protectedId.hmac,
        idNumberMasked: protectedId.masked,
        qualifications: input.qualifications,
        categories: input.categories,
        at: clock.now(),
      });
      if (!row) throw InstitutionErrors.TEACHER_EXISTS();
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'teacher.reported', targetType: 'teacher', targetId: row.id, change: { name: input.name, categories: input.categories, cityCode: input.cityCode } });
      return { teacherId: row.id };
    });
  }

  /** A page of teachers: an institution's own, or those reported in a regulator's region (N1.3). */
  async function listTeachers(actor: Actor, query: { status?: 'pending' | 'approved' | 'rejected' | undefined; name?: string | undefined; page: number; pageSize: number }) {
    const institutionId = institutionOf(actor);
    const filter = { status: query.status, name: query.name?.trim() || undefined, ...(institutionId ? { institutionId } : { prefixes: regulatorPrefixes(actor) }) };
    const { rows, total } = await repo.listTeachers(db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
    const items = rows.map((t) => ({
      id: t.id,
      institutionId: t.institution_id,
      institutionName: t.institution_name,
      cityCode: t.city_code,
      name: t.name,
      idNumberMasked: t.id_number_masked,
      qualifications: t.qualifications,
      categories: t.categories,
      status: t.status,
      reportedAt: t.reported_at.toISOString(),
      decidedAt: t.decided_at?.toISOString() ?? null,
      decisionReason: t.decision_reason,
    }));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async function decideTeacher(actor: Actor, teacherId: string, input: { approve: boolean; reason?: string | undefined }, requestId: string | null) {
    const reason = input.reason?.trim() || null;
    if (!input.approve && !reason) throw InstitutionErrors.DECISION_REASON_REQUIRED();
    return db.transaction().execute(async (tx) => {
      const teacher = await repo.findTeacher(tx, teacherId);
      const institution = teacher ? await repo.findInstitution(tx, teacher.institution_id) : undefined;
      if (!teacher || !institution || !regulatorSees(actor, teacher.city_code, institution.region_code)) throw InstitutionErrors.TEACHER_NOT_FOUND();
      if (!regulatorDecidesFor(actor, teacher.city_code)) throw InstitutionErrors.DECISION_CITY_ONLY();
      if (!(await repo.decideTeacher(tx, teacherId, { status: input.approve ? 'approved' : 'rejected', at: clock.now(), reason }))) throw InstitutionErrors.APPLICATION_DECIDED();
      await audit.record(tx, auditActorOf(actor, requestId), { action: `teacher.${input.approve ? 'approved' : 'rejected'}`, targetType: 'teacher', targetId: teacherId, change: { reason } });
      return { teacherId, status: input.approve ? 'approved' : 'rejected' };
    });
  }

  /**
   * M12, M13: an institution trains only in the cities where it is registered,
   * for the categories registered there, once its online training is published.
   */
  async function assertMayTrain(institutionId: string, cityCode: string, categoryId: string): Promise<void> {
    const reg = await repo.findRegistrationFor(db, institutionId, cityCode);
    if (!reg || reg.status !== 'registered') throw InstitutionErrors.INSTITUTION_NOT_REGISTERED_IN_CITY({ cityCode });
    if (!reg.categories.includes(categoryId)) throw InstitutionErrors.INSTITUTION_CATEGORY_NOT_REGISTERED({ cityCode, categoryId });
    if (reg.online_status !== 'published') throw InstitutionErrors.INSTITUTION_ONLINE_NOT_PUBLISHED({ cityCode });
  }

  /**
   * Carries over an institution the city already registered and published
   * elsewhere (a bureau's existing list, the demo data): audited as an import.
   */
  async function importRegistered(
    input: { institution: repo.NewInstitution; cities: { cityCode: string; categories: string[]; classrooms: Classroom[]; offlineReport: string }[] },
    by: AuditActor,
  ) {
    for (const c of input.cities) {
      validCity(c.cityCode);
      await validCategories(c.categories);
    }
    return db.transaction().execute(async (tx) => {
      const { id } = await repo.insertInstitution(tx, input.institution);
      const now = clock.now();
      for (const c of input.cities) {
        const reg = await repo.insertRegistration(tx, { institutionId: id, ...c, at: now });
        await repo.updateRegistration(tx, reg.id, { status: 'registered', registered_at: now, online_status: 'published', online_published_at: now });
      }
      await audit.record(tx, by, { action: 'institution.imported', targetType: 'institution', targetId: id, change: input });
      return id;
    });
  }

  /** N1.3: only teachers the city approved may be attached to courses and classes. */
  async function isApprovedTeacher(institutionId: string, teacherId: string): Promise<boolean> {
    const teacher = await repo.findTeacher(db, teacherId);
    return teacher?.institution_id === institutionId && teacher.status === 'approved';
  }

  /** Institutions registered in, or located in, the caller's regions (for regulators' queries). */
  async function institutionIdsSeenBy(actor: Actor): Promise<string[]> {
    return repo.institutionIdsIn(db, regulatorPrefixes(actor));
  }

  async function namesOf(ids: string[]): Promise<Map<string, string>> {
    return new Map((await rowsOf(ids)).map((r) => [r.id, r.name]));
  }

  /** Where institutions are (their county or city code), for routing supervision signals. */
  async function locationsOf(ids: string[]): Promise<string[]> {
    return [...new Set((await rowsOf(ids)).map((r) => r.region_code))];
  }

  async function rowsOf(ids: string[]) {
    const rows = [];
    for (const id of new Set(ids)) {
      const row = await repo.findInstitution(db, id);
      if (row) rows.push(row);
    }
    return rows;
  }

  return { importRegistered, isApprovedTeacher, namesOf, locationsOf, institutionIdsSeenBy, signup, mine, submitRegistration, apply, listApplications, decide, publicList, reportTeacher, listTeachers, decideTeacher, assertMayTrain };
}

export type InstitutionsService = ReturnType<typeof createInstitutionsService>;

/** How an approved or rejected application changes the city registration. */
function registrationPatch(kind: ApplicationKind, approve: boolean, payload: Record<string, unknown>, now: Date, reason: string | null): Parameters<typeof repo.updateRegistration>[2] {
  switch (kind) {
    case 'registration':
      return approve ? { status: 'registered', registered_at: now, decision_reason: reason } : { status: 'rejected', decision_reason: reason };
    case 'online':
      return approve ? { online_status: 'published', online_published_at: now } : { online_status: 'rejected', decision_reason: reason };
    case 'scope_change':
      return approve ? { categories: payload.categories as string[] } : { decision_reason: reason };
    case 'cancellation':
      return approve ? { status: 'cancelled', online_status: 'none', decision_reason: reason } : { decision_reason: reason };
  }
}
