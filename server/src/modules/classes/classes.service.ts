import { randomInt } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import { shanghaiDay, SYSTEM_ACTOR, type AuditActor, type AuditService } from '../audit/index.js';
import type { CatalogueService } from '../catalogue/index.js';
import type { CategoriesService } from '../categories/index.js';
import { auditActorOf, type IdentityService } from '../identity/index.js';
import { institutionOf, type InstitutionsService } from '../institutions/index.js';
import { regulatorPrefixes } from '../regions/index.js';
import { SECONDS_PER_STUDY_HOUR } from '../learning/integrity.rules.js';
import { ClassErrors } from './classes.errors.js';
import { parseLearnerSheet } from './classes.import.js';
import { classCode, initialPassword, planProblem, type ClassPlan } from './classes.policy.js';
import * as repo from './classes.repository.js';

export interface NewClassInput extends ClassPlan {
  name: string;
  categoryId: string;
  trainingType: 'initial' | 'refresher';
  cityCode: string;
  startsOn: string;
  endsOn: string;
  courseIds: string[];
  teacherIds: string[];
}

export function createClassesService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  identity: IdentityService;
  categories: CategoriesService;
  institutions: InstitutionsService;
  catalogue: CatalogueService;
  random?: (n: number) => number;
  /** M30: enforcement's answer to "is this institution suspended?" (issue 8 part C). */
  suspended?: (institutionId: string) => Promise<boolean>;
}) {
  const { db, clock, audit } = deps;
  const random = deps.random ?? ((n: number) => randomInt(n));

  function requireInstitution(actor: Actor): string {
    const id = institutionOf(actor);
    if (!id) throw CommonErrors.FORBIDDEN();
    return id;
  }

  /**
   * M23 with M13 and M19: only where the institution is registered, for a
   * category whose hours are set, with a lawful plan, published courses of
   * that category and approved teachers.
   */
  async function create(actor: Actor, input: NewClassInput, requestId: string | null) {
    const institutionId = requireInstitution(actor);
    if (input.endsOn < input.startsOn) throw ClassErrors.CLASS_PERIOD_INVALID();
    if (await deps.suspended?.(institutionId)) throw ClassErrors.CLASS_INSTITUTION_SUSPENDED();
    await deps.institutions.assertMayTrain(institutionId, input.cityCode, input.categoryId);
    const required = await deps.categories.requiredHours(input.categoryId, input.trainingType, input.startsOn);
    const problem = planProblem(input, required);
    if (problem) throw ClassErrors[problem]({ required });
    const usable = await deps.catalogue.usableCourseIds(institutionId, input.categoryId, input.courseIds);
    if (usable.length !== input.courseIds.length) throw ClassErrors.CLASS_COURSE_NOT_USABLE({ courseIds: input.courseIds.filter((id) => !usable.includes(id)) });
    for (const teacherId of input.teacherIds) {
      if (!(await deps.institutions.isApprovedTeacher(institutionId, teacherId))) throw ClassErrors.CLASS_TEACHER_NOT_APPROVED({ teacherId });
    }
    return db.transaction().execute(async (tx) => {
      const row = await repo.insertClass(
        tx,
        {
          institutionId,
          code: classCode(random),
          name: input.name,
          categoryId: input.categoryId,
          trainingType: input.trainingType,
          cityCode: input.cityCode,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          onlineTheoryHours: input.onlineTheoryHours,
          offlineTheoryHours: input.offlineTheoryHours,
          practicalHours: input.practicalHours,
          requiredTheoryHours: required.theoryHours,
          requiredPracticalHours: required.practicalHours,
          maxOnlineHours: required.maxOnlineHours,
          at: clock.now(),
        },
        input.courseIds,
        input.teacherIds,
      );
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'class.created', targetType: 'class', targetId: row.id, change: { ...input, required } });
      return { classId: row.id };
    });
  }

  async function visibleClass(actor: Actor, id: string) {
    const cls = await repo.findClass(db, id);
    if (!cls) throw ClassErrors.CLASS_NOT_FOUND();
    const own = institutionOf(actor) === cls.institution_id;
    const regulator = regulatorPrefixes(actor).some((p) => cls.supervising_region.startsWith(p));
    if (!own && !regulator) throw ClassErrors.CLASS_NOT_FOUND();
    return cls;
  }

  async function list(actor: Actor) {
    const institutionId = institutionOf(actor);
    const rows = institutionId ? await repo.listClasses(db, { institutionId }) : await repo.listClasses(db, { regionPrefixes: regulatorPrefixes(actor) });
    const names = await deps.institutions.namesOf(rows.map((r) => r.institution_id));
    return rows.map((r) => ({ ...toSummary(r), institutionName: names.get(r.institution_id) ?? '', learnerCount: Number(r.learner_count ?? 0) }));
  }

  async function get(actor: Actor, id: string) {
    const cls = await visibleClass(actor, id);
    const [courses, teachers, enrolments] = await Promise.all([repo.coursesOf(db, id), repo.teachersOf(db, id), repo.enrolmentsOf(db, id)]);
    return {
      ...toSummary(cls),
      code: institutionOf(actor) === cls.institution_id ? cls.code : null,
      courses: await deps.catalogue.outlines(courses.map((c) => c.course_id)),
      teacherIds: teachers.map((t) => t.teacher_id),
      enrolments: enrolments.map((e) => ({
        id: e.id,
        learnerId: e.learner_account_id,
        name: e.name,
        idNumberMasked: e.id_number_masked,
        employerName: e.employer_name,
        joinedVia: e.joined_via,
        status: e.status,
        joinedAt: e.joined_at.toISOString(),
      })),
    };
  }

  /** A learner joins with the code the institution handed out. */
  async function joinByCode(actor: Actor, code: string, requestId: string | null) {
    const cls = await repo.findClassByCode(db, code.trim().toUpperCase());
    if (!cls || cls.status !== 'open') throw ClassErrors.CLASS_CODE_INVALID();
    if (cls.ends_on < shanghaiDay(clock.now())) throw ClassErrors.CLASS_CLOSED();
    return db.transaction().execute(async (tx) => {
      const row = await repo.insertEnrolment(tx, { classId: cls.id, learnerId: actor.accountId, via: 'code', at: clock.now() });
      if (!row) throw ClassErrors.ENROLMENT_EXISTS();
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'enrolment.joined', targetType: 'class', targetId: cls.id, change: { via: 'code' } });
      return { classId: cls.id, className: cls.name };
    });
  }

  /**
   * The institution's Excel list: every row is checked first; any error
   * rejects the whole file. New learners get an account with an initial
   * password the institution hands over (no phone to send it to, M27).
   */
  async function importLearners(actor: Actor, classId: string, file: Buffer, requestId: string | null) {
    const cls = await visibleClass(actor, classId);
    if (cls.institution_id !== institutionOf(actor)) throw ClassErrors.CLASS_NOT_FOUND();
    if (cls.status !== 'open') throw ClassErrors.CLASS_CLOSED();
    const parsed = await parseLearnerSheet(file, clock.now());
    if (!parsed) throw ClassErrors.IMPORT_FILE_INVALID();
    if (parsed.errors.length) throw ClassErrors.IMPORT_HAS_ERRORS({ errors: parsed.errors });
    const by = auditActorOf(actor, requestId);
    return db.transaction().execute(async (tx) => {
      const created: { row: number; name: string; idNumberMasked: string; initialPassword: string }[] = [];
      let enrolled = 0;
      let already = 0;
      for (const r of parsed.rows) {
        let learnerId = await deps.identity.findLearnerByIdNumber(r.idNumber, tx);
        if (!learnerId) {
          const password = initialPassword(random);
          learnerId = await deps.identity.createLearnerAccount(
            { idNumber: r.idNumber, name: r.name, password, employerName: r.employerName, employerCreditCode: r.employerCreditCode, jobCategory: r.jobCategory, mustChangePassword: true },
            by,
            tx,
          );
          created.push({ row: r.row, name: r.name, idNumberMasked: `${r.idNumber.slice(0, 4)}${'*'.repeat(10)}${r.idNumber.slice(-4)}`, initialPassword: password });
        }
        if (await repo.insertEnrolment(tx, { classId, learnerId, via: 'import', at: clock.now() })) enrolled++;
        else already++;
      }
      await audit.record(tx, by, { action: 'enrolment.imported', targetType: 'class', targetId: classId, change: { rows: parsed.rows.length, enrolled, already, created: created.length } });
      return { rows: parsed.rows.length, enrolled, alreadyEnrolled: already, newAccounts: created };
    });
  }

  async function myClasses(actor: Actor) {
    const rows = await repo.classesOfLearner(db, actor.accountId);
    const names = await deps.institutions.namesOf(rows.map((r) => r.institution_id));
    const out = [];
    for (const r of rows) {
      const courses = await repo.coursesOf(db, r.id);
      out.push({
        id: r.id,
        name: r.name,
        institutionName: names.get(r.institution_id) ?? '',
        categoryId: r.category_id,
        trainingType: r.training_type,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        plannedOnlineHours: r.planned_online_theory_hours,
        status: r.status,
        courses: await deps.catalogue.outlines(courses.map((c) => c.course_id)),
      });
    }
    return out;
  }

  /** Where these learners train: the institutions and the cities of their classes. */
  async function trainingPlacesOf(learnerIds: string[]) {
    const rows = await repo.trainingPlacesOf(db, learnerIds);
    return { institutionIds: [...new Set(rows.map((r) => r.institution_id))], cityCodes: [...new Set(rows.map((r) => r.city_code))] };
  }

  /** The learner's enrolment in a class with what learning needs: its courses and the online cap (M19). */
  async function enrolmentForLearning(learnerId: string, classId: string) {
    const row = await repo.enrolmentWithClass(db, learnerId, classId);
    if (!row) return null;
    const courses = await repo.coursesOf(db, classId);
    return {
      enrolmentId: row.id,
      className: row.name,
      status: row.status,
      courseIds: courses.map((c) => c.course_id),
      plannedOnlineSeconds: row.planned_online_theory_hours * SECONDS_PER_STUDY_HOUR,
      maxOnlineSeconds: row.max_online_hours * SECONDS_PER_STUDY_HOUR,
    };
  }

  /** The hour certificate is issued: the learner has completed (结业) the class and learns no more hours in it (M25). */
  async function completeEnrolment(learnerId: string, classId: string) {
    const enrolment = await repo.findEnrolment(db, classId, learnerId);
    if (!enrolment || enrolment.status !== 'active') return;
    await db.transaction().execute(async (tx) => {
      await repo.setEnrolmentStatus(tx, enrolment.id, 'completed');
      await audit.record(tx, SYSTEM_ACTOR, { action: 'enrolment.completed', targetType: 'enrolment', targetId: enrolment.id, change: { classId } });
    });
  }

  /** Repeated failed face checks lock the enrolment for the institution's review (DESIGN §5.4). */
  async function lockEnrolment(enrolmentId: string, reason: string, by: AuditActor) {
    await db.transaction().execute(async (tx) => {
      await repo.setEnrolmentStatus(tx, enrolmentId, 'locked');
      await audit.record(tx, by, { action: 'enrolment.locked', targetType: 'enrolment', targetId: enrolmentId, change: { reason } });
    });
  }

  /**
   * Issue 5: without a phone there is no SMS reset (M27); the institution checks the
   * person face to face and sets a one-time password, which the learner must change.
   */
  async function resetLearnerPassword(actor: Actor, classId: string, learnerId: string, requestId: string | null) {
    const cls = await visibleClass(actor, classId);
    if (cls.institution_id !== institutionOf(actor) || !(await repo.findEnrolment(db, classId, learnerId))) throw ClassErrors.CLASS_NOT_FOUND();
    const password = initialPassword(random);
    await deps.identity.resetPassword(learnerId, password, auditActorOf(actor, requestId), { mustChange: true });
    return { initialPassword: password };
  }

  return { create, list, get, joinByCode, importLearners, myClasses, trainingPlacesOf, enrolmentForLearning, lockEnrolment, completeEnrolment, resetLearnerPassword };
}

export type ClassesService = ReturnType<typeof createClassesService>;

type ClassRow = NonNullable<Awaited<ReturnType<typeof repo.findClass>>>;

function toSummary(c: ClassRow) {
  return {
    id: c.id,
    institutionId: c.institution_id,
    name: c.name,
    categoryId: c.category_id,
    trainingType: c.training_type,
    cityCode: c.city_code,
    /** Whose bureau supervises it (M29): the institution's county in its own city, else the city. */
    regionCode: c.supervising_region,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    plan: { onlineTheoryHours: c.planned_online_theory_hours, offlineTheoryHours: c.planned_offline_theory_hours, practicalHours: c.planned_practical_hours },
    required: { theoryHours: c.required_theory_hours, practicalHours: c.required_practical_hours, maxOnlineHours: c.max_online_hours },
    status: c.status,
    createdAt: c.created_at.toISOString(),
  };
}
