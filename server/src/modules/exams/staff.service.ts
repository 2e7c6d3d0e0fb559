import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import type { StaffDocumentKind, StaffDuty } from '../../platform/db/schema.exams.js';
import { shanghaiDay, type AuditActor } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import type { ExamsDeps } from './exams.deps.js';
import { ExamErrors } from './exams.errors.js';
import { administersCity, examInstitutionOf, examViewerOf } from './exams.policy.js';
import { agreementsInForce, expiringAgreements } from './exams.rules.js';
import type { SessionsService } from './sessions.service.js';
import * as repo from './staff.repository.js';

export interface NewStaffInput {
  name: string;
  duties: StaffDuty[];
  relations: { institutionId: string; relation: string }[];
}

export interface NewDocumentInput {
  kind: StaffDocumentKind;
  title: string;
  datedOn: string;
  expiresOn?: string | null;
  result?: string | null;
  uploadId?: string | null;
}

/** Scans of signed letters and agreements are attached through the uploads module under this purpose. */
export const STAFF_DOCUMENT_UPLOAD_PURPOSE = 'exam-document';

type StaffRow = NonNullable<Awaited<ReturnType<typeof repo.findStaff>>>;

export function createStaffService(deps: ExamsDeps & { sessions: SessionsService }) {
  const { db, clock, audit } = deps;

  async function views(rows: StaffRow[]) {
    const ids = rows.map((r) => r.id);
    const [relations, documents] = await Promise.all([repo.relationsOf(db, ids), repo.documentsOf(db, ids)]);
    const names = await deps.institutions.namesOf([...new Set(relations.map((r) => r.institution_id))]);
    const day = shanghaiDay(clock.now());
    return rows.map((s) => {
      const docs = documents.filter((d) => d.staff_id === s.id).map((d) => ({ id: d.id, kind: d.kind, title: d.title, datedOn: d.dated_on, expiresOn: d.expires_on, result: d.result, uploadId: d.upload_id }));
      return {
        id: s.id,
        name: s.name,
        duties: s.duties,
        regionCode: s.region_code,
        hasAccount: s.account_id !== null,
        relations: relations.filter((r) => r.staff_id === s.id).map((r) => ({ institutionId: r.institution_id, institutionName: names.get(r.institution_id) ?? '', relation: r.relation })),
        documents: docs,
        agreementsInForce: agreementsInForce(docs, day),
        expiringAgreements: expiringAgreements(docs, day).map((d) => d.id),
      };
    });
  }

  async function list(actor: Actor) {
    return views(await repo.listStaff(db, examViewerOf(actor).cityPrefixes));
  }

  async function visibleStaff(actor: Actor, id: string) {
    const staff = await repo.findStaff(db, id);
    if (!staff || !examViewerOf(actor).cityPrefixes.some((p) => staff.region_code.startsWith(p))) throw ExamErrors.EXAM_STAFF_NOT_FOUND();
    return staff;
  }

  /** N2.5: the exam staff database of the caller's exam institution. */
  async function create(actor: Actor, input: NewStaffInput, requestId: string | null, accountId: string | null = null) {
    const exam = examInstitutionOf(actor);
    if (!exam) throw CommonErrors.FORBIDDEN();
    return db.transaction().execute(async (tx) => {
      const staffId = await repo.insertStaff(tx, { ...input, examInstitutionId: exam.id, accountId, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_staff.registered', targetType: 'exam_staff', targetId: staffId, change: input });
      return { staffId };
    });
  }

  /** N2.5: training, annual evaluation, responsibility letter, confidentiality agreement, with the signed scan. */
  async function addDocument(actor: Actor, staffId: string, input: NewDocumentInput, requestId: string | null) {
    const staff = await visibleStaff(actor, staffId);
    if (!administersCity(actor, staff.region_code)) throw CommonErrors.FORBIDDEN();
    if (input.expiresOn && input.expiresOn < input.datedOn) throw CommonErrors.VALIDATION_FAILED({ field: 'expiresOn' });
    if (input.uploadId) await deps.uploads.claim(actor, input.uploadId, STAFF_DOCUMENT_UPLOAD_PURPOSE);
    return db.transaction().execute(async (tx) => {
      const documentId = await repo.insertDocument(tx, { staffId, kind: input.kind, title: input.title, datedOn: input.datedOn, expiresOn: input.expiresOn ?? null, result: input.result ?? null, uploadId: input.uploadId ?? null, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_staff.document_added', targetType: 'exam_staff', targetId: staffId, change: input });
      return { documentId };
    });
  }

  /**
   * N2.4, N2.5: nobody related to a training institution whose candidates sit
   * the session, and nobody without a responsibility letter and a
   * confidentiality agreement in force on the exam day.
   */
  async function assign(actor: Actor, sessionId: string, input: { staffId: string; duty: StaffDuty }, requestId: string | null) {
    const session = await deps.sessions.visibleSession(actor, sessionId);
    if (!administersCity(actor, session.city_code)) throw CommonErrors.FORBIDDEN();
    const staff = await visibleStaff(actor, input.staffId);
    const [relations, candidates, documents] = await Promise.all([repo.relationsOf(db, [staff.id]), repo.candidateInstitutionsOf(db, sessionId), repo.documentsOf(db, [staff.id])]);
    const conflicts = relations.filter((r) => candidates.includes(r.institution_id)).map((r) => r.institution_id);
    if (conflicts.length) throw ExamErrors.EXAM_STAFF_AVOIDANCE({ institutionIds: conflicts });
    const docs = documents.map((d) => ({ kind: d.kind, datedOn: d.dated_on, expiresOn: d.expires_on }));
    if (!agreementsInForce(docs, shanghaiDay(session.starts_at))) throw ExamErrors.EXAM_STAFF_AGREEMENTS_MISSING();
    await db.transaction().execute(async (tx) => {
      await repo.insertAssignment(tx, { sessionId, staffId: staff.id, duty: input.duty, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_staff.assigned', targetType: 'exam_session', targetId: sessionId, change: input });
    });
  }

  async function sessionStaff(actor: Actor, sessionId: string) {
    await deps.sessions.visibleSession(actor, sessionId);
    const rows = await repo.assignmentsOfSession(db, sessionId);
    return rows.map((r) => ({ staffId: r.staff_id, name: r.name, duty: r.duty, assignedAt: r.assigned_at.toISOString() }));
  }

  /** An exam staff member's own record: agreements and the sessions they are assigned to. */
  async function mine(actor: Actor) {
    const staff = await repo.staffOfAccount(db, actor.accountId);
    if (!staff) return { staff: null, sessions: [] };
    const [view] = await views([staff]);
    const sessions = await deps.sessions.list(actor, { limit: 100, offset: 0 });
    return { staff: view!, sessions: sessions.items };
  }

  /** Demo data: the demo proctor's record with signed agreements. */
  async function seedDemo(s: { examInstitutionId: string; accountId: string; name: string; documents: NewDocumentInput[] }, by: AuditActor) {
    await db.transaction().execute(async (tx) => {
      const staffId = await repo.insertStaff(tx, { examInstitutionId: s.examInstitutionId, accountId: s.accountId, name: s.name, duties: ['proctor'], relations: [], at: clock.now() });
      for (const d of s.documents) await repo.insertDocument(tx, { staffId, kind: d.kind, title: d.title, datedOn: d.datedOn, expiresOn: d.expiresOn ?? null, result: d.result ?? null, uploadId: null, at: clock.now() });
      await audit.record(tx, by, { action: 'exam_staff.registered', targetType: 'exam_staff', targetId: staffId, change: { name: s.name } });
    });
  }

  return { list, create, addDocument, assign, sessionStaff, mine, seedDemo };
}

export type StaffService = ReturnType<typeof createStaffService>;
