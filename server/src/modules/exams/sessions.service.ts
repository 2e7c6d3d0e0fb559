import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import { canonicalJson } from '../../platform/crypto/canonical-json.js';
import type { ReadinessChecklist } from '../../platform/db/schema.exams.js';
import { shanghaiDay } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import type { ExamsDeps } from './exams.deps.js';
import { ExamErrors } from './exams.errors.js';
import { administersCity, examViewerOf, viewerSeesCity } from './exams.policy.js';
import { cameraProblems, readinessInTime } from './exams.rules.js';
import { isCrossCityCategory } from './place-rules.js';
import * as repo from './sessions.repository.js';
import * as sitesRepo from './sites.repository.js';
import * as staffRepo from './staff.repository.js';
import { siteStatus, type SitesService } from './sites.service.js';
import * as violations from './violations.repository.js';

export interface NewSessionInput {
  siteId: string;
  categoryId: string;
  room: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  openToOtherCities?: boolean;
}

export interface ChangeInput {
  startsAt: string;
  endsAt: string;
  siteId: string;
  room: string;
  reason: string;
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof repo.findSession>>>;

const CHECKS = ['network', 'server', 'monitoring', 'computers', 'recorder'] as const;

/** The same minute, so a few seconds of clock drift is no violation. */
const sameMinute = (a: Date, b: Date) => Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000);

export function createSessionsService(deps: ExamsDeps & { sites: SitesService }) {
  const { db, clock, audit } = deps;

  /** N3.2, N2.6: a session only at an active site of the city, for a subject it has, within its seats. */
  async function assertSchedulable(actor: Actor, siteId: string, categoryId: string, capacity: number) {
    const site = await deps.sites.visibleSite(actor, siteId);
    if (!administersCity(actor, site.city_code)) throw CommonErrors.FORBIDDEN();
    const examInstitution = await sitesRepo.findExamInstitution(db, site.exam_institution_id);
    if (!examInstitution?.may_organise) throw ExamErrors.EXAM_INSTITUTION_MAY_NOT_ORGANISE();
    if (siteStatus(site, shanghaiDay(clock.now())) !== 'active') throw ExamErrors.EXAM_SITE_NOT_ACTIVE();
    const subject = (await sitesRepo.subjectsOf(db, [siteId])).find((s) => s.category_id === categoryId);
    if (!subject) throw ExamErrors.EXAM_SITE_SUBJECT_MISSING();
    if (capacity > subject.seats) throw ExamErrors.EXAM_SESSION_INVALID({ seats: subject.seats });
    return site;
  }

  async function create(actor: Actor, input: NewSessionInput, requestId: string | null) {
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (endsAt <= startsAt) throw ExamErrors.EXAM_SESSION_INVALID();
    if (input.openToOtherCities && !isCrossCityCategory(input.categoryId)) throw ExamErrors.EXAM_SESSION_CROSS_CITY_NOT_ALLOWED();
    await assertSchedulable(actor, input.siteId, input.categoryId, input.capacity);
    return db.transaction().execute(async (tx) => {
      const sessionId = await repo.insertSession(tx, { ...input, startsAt, endsAt, openToOtherCities: input.openToOtherCities ?? false, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_session.scheduled', targetType: 'exam_session', targetId: sessionId, change: input });
      return { sessionId };
    });
  }

  async function staffSessionIds(actor: Actor): Promise<string[]> {
    const { staffAccountId } = examViewerOf(actor);
    return staffAccountId ? staffRepo.sessionIdsOfStaffAccount(db, staffAccountId) : [];
  }

  async function list(actor: Actor, page: { limit: number; offset: number; upcoming?: boolean }) {
    const viewer = examViewerOf(actor);
    const result = await repo.listSessions(db, { ...viewer, sessionIds: await staffSessionIds(actor), limit: page.limit, offset: page.offset, from: page.upcoming ? clock.now() : undefined });
    const changes = await repo.changesOf(db, result.items.map((s) => s.id));
    return { total: result.total, items: result.items.map((s) => ({ ...toView(s), assigned: Number(s.assigned ?? 0), pendingChange: changeView(changes.find((c) => c.session_id === s.id && c.status === 'pending')) })) };
  }

  async function visibleSession(actor: Actor, id: string) {
    const session = await repo.findSession(db, id);
    const viewer = examViewerOf(actor);
    const sees = session && (viewerSeesCity(viewer, session.city_code) || viewer.siteId === session.site_id || (await staffSessionIds(actor)).includes(session.id));
    if (!session || !sees) throw ExamErrors.EXAM_SESSION_NOT_FOUND();
    return session;
  }

  async function get(actor: Actor, id: string) {
    const session = await visibleSession(actor, id);
    const [changes, events, assigned] = await Promise.all([repo.changesOf(db, [id]), repo.cameraEventsOf(db, id), repo.assignedCount(db, id)]);
    const cameraEvents = events.map((e) => ({ cameraId: e.camera_id, event: e.event, at: e.at }));
    return {
      ...toView(session),
      assigned,
      pendingChange: changeView(changes.find((c) => c.status === 'pending')),
      changes: changes.map((c) => changeView(c)!),
      cameraEvents: cameraEvents.map((e) => ({ ...e, at: e.at.toISOString() })),
      cameraProblems: cameraProblems(cameraEvents, session.starts_at, session.ends_at, clock.now()),
    };
  }

  /** A site (or its exam institution) asks to change start, end or place; nothing changes until approved (N3.2 item 6). */
  async function requestChange(actor: Actor, id: string, input: ChangeInput, requestId: string | null) {
    const session = await visibleSession(actor, id);
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (endsAt <= startsAt) throw ExamErrors.EXAM_SESSION_INVALID();
    if (input.siteId !== session.site_id) await deps.sites.visibleSite(actor, input.siteId);
    return db.transaction().execute(async (tx) => {
      const proposed = { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), siteId: input.siteId, room: input.room };
      const changeId = await repo.insertChange(tx, { sessionId: id, proposed, reason: input.reason, by: actor.accountId, at: clock.now() });
      if (!changeId) throw ExamErrors.EXAM_SESSION_CHANGE_PENDING();
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_session.change_requested', targetType: 'exam_session', targetId: id, change: { ...proposed, reason: input.reason } });
      return { changeId };
    });
  }

  async function decideChange(actor: Actor, changeId: string, approve: boolean, requestId: string | null) {
    const change = await repo.findChange(db, changeId);
    if (!change) throw ExamErrors.EXAM_SESSION_CHANGE_NOT_FOUND();
    const session = await visibleSession(actor, change.session_id);
    if (!administersCity(actor, session.city_code)) throw ExamErrors.EXAM_SESSION_CHANGE_NOT_FOUND();
    if (change.status !== 'pending') throw ExamErrors.EXAM_SESSION_CHANGE_DECIDED();
    const proposed = change.proposed;
    if (approve && proposed.siteId !== session.site_id) await assertSchedulable(actor, proposed.siteId, session.category_id, session.capacity);
    await db.transaction().execute(async (tx) => {
      await repo.decideChange(tx, changeId, approve ? 'approved' : 'rejected', actor.accountId, clock.now());
      if (approve) await repo.updateSessionPlace(tx, session.id, { startsAt: new Date(proposed.startsAt), endsAt: new Date(proposed.endsAt), siteId: proposed.siteId, room: proposed.room });
      await audit.record(tx, auditActorOf(actor, requestId), {
        action: approve ? 'exam_session.change_approved' : 'exam_session.change_rejected',
        targetType: 'exam_session',
        targetId: session.id,
        change: { before: { startsAt: session.starts_at, endsAt: session.ends_at, siteId: session.site_id, room: session.room }, proposed },
      });
    });
  }

  /**
   * The site reports when and where the exam really ran. A difference from
   * the approved schedule is an unapproved change: recorded as a violation (N3.2 item 6).
   */
  async function reportActual(actor: Actor, id: string, input: { startedAt: string; endedAt: string; room: string }, requestId: string | null) {
    const session = await siteSession(actor, id);
    const startedAt = new Date(input.startedAt);
    const endedAt = new Date(input.endedAt);
    const changed = !sameMinute(startedAt, session.starts_at) || !sameMinute(endedAt, session.ends_at) || input.room !== session.room;
    return db.transaction().execute(async (tx) => {
      let violationId: string | null = null;
      if (changed) {
        violationId = await violations.insertViolation(tx, {
          subjectType: 'site',
          subjectId: session.site_id,
          kind: 'unapproved_change',
          description: '考试实际开始、结束时间或考场与经批准的场次安排不一致',
          evidence: { scheduled: { startsAt: session.starts_at, endsAt: session.ends_at, room: session.room }, actual: input },
          sessionId: id,
          source: 'system',
          recordedBy: null,
          at: clock.now(),
        });
      }
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_session.actual_reported', targetType: 'exam_session', targetId: id, change: { ...input, violationId } });
      return { violationId };
    });
  }

  async function siteSession(actor: Actor, id: string): Promise<SessionRow> {
    const session = await visibleSession(actor, id);
    if (examViewerOf(actor).siteId !== session.site_id) throw ExamErrors.EXAM_SESSION_NOT_FOUND();
    return session;
  }

  /** N2.4: the checklist, at least one day before the exam; not after sealing. */
  async function saveChecklist(actor: Actor, id: string, checklist: ReadinessChecklist, requestId: string | null) {
    const session = await siteSession(actor, id);
    if (session.sealed_at) throw ExamErrors.EXAM_SESSION_SEALED();
    if (!readinessInTime(clock.now(), session.starts_at)) throw ExamErrors.EXAM_READINESS_TOO_LATE();
    const complete = CHECKS.every((c) => checklist[c]);
    await db.transaction().execute(async (tx) => {
      await repo.saveChecklist(tx, id, checklist, complete ? clock.now() : null);
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_session.readiness_saved', targetType: 'exam_session', targetId: id, change: checklist });
    });
    return { complete };
  }

  async function confirmReadiness(actor: Actor, id: string, requestId: string | null) {
    const session = await visibleSession(actor, id);
    if (!administersCity(actor, session.city_code)) throw CommonErrors.FORBIDDEN();
    if (!session.checklist_completed_at) throw ExamErrors.EXAM_READINESS_INCOMPLETE();
    if (session.sealed_at) throw ExamErrors.EXAM_SESSION_SEALED();
    await db.transaction().execute(async (tx) => {
      await repo.confirmReadiness(tx, id, actor.accountId, clock.now());
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_session.readiness_confirmed', targetType: 'exam_session', targetId: id });
    });
  }

  /** N2.4: after the exam institution confirms, the site seals the room until the exam. */
  async function seal(actor: Actor, id: string, requestId: string | null) {
    const session = await siteSession(actor, id);
    if (session.sealed_at) throw ExamErrors.EXAM_SESSION_SEALED();
    if (!session.readiness_confirmed_at) throw ExamErrors.EXAM_READINESS_NOT_CONFIRMED();
    await db.transaction().execute(async (tx) => {
      await repo.seal(tx, id, clock.now());
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_session.sealed', targetType: 'exam_session', targetId: id, change: session.checklist });
    });
  }

  /** The site's monitoring reports the devices on the exam network; after sealing any difference is a violation (N3.2 item 5). */
  async function reportDevices(actor: Actor, id: string, devices: { name: string; ip: string }[], requestId: string | null) {
    const session = await siteSession(actor, id);
    const sealed = session.sealed_at ? (session.checklist?.devices ?? []) : null;
    const key = (list: { name: string; ip: string }[]) => canonicalJson([...list].sort((a, b) => (a.name + a.ip < b.name + b.ip ? -1 : 1)));
    const changed = sealed !== null && key(sealed) !== key(devices);
    return db.transaction().execute(async (tx) => {
      const violationId = changed
        ? await violations.insertViolation(tx, {
            subjectType: 'site',
            subjectId: session.site_id,
            kind: 'discipline',
            description: '考场封闭后考试设备或IP地址发生变化',
            evidence: { sealed, reported: devices },
            sessionId: id,
            source: 'system',
            recordedBy: null,
            at: clock.now(),
          })
        : null;
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_session.devices_reported', targetType: 'exam_session', targetId: id, change: { devices, violationId } });
      return { violationId };
    });
  }

  /** N2.4: camera on/off events from the site's monitoring system. */
  async function recordCameraEvents(actor: Actor, id: string, events: { cameraId: string; event: 'on' | 'off'; at: string }[]) {
    await siteSession(actor, id);
    await repo.insertCameraEvents(db, id, events.map((e) => ({ ...e, at: new Date(e.at) })), clock.now());
    return { recorded: events.length };
  }

  return { create, list, get, visibleSession, requestChange, decideChange, reportActual, saveChecklist, confirmReadiness, seal, reportDevices, recordCameraEvents };
}

export type SessionsService = ReturnType<typeof createSessionsService>;

function toView(s: SessionRow) {
  return {
    id: s.id,
    siteId: s.site_id,
    siteName: s.site_name,
    cityCode: s.city_code,
    categoryId: s.category_id,
    room: s.room,
    startsAt: s.starts_at.toISOString(),
    endsAt: s.ends_at.toISOString(),
    capacity: s.capacity,
    openToOtherCities: s.open_to_other_cities,
    status: s.status,
    checklist: s.checklist,
    checklistCompletedAt: s.checklist_completed_at?.toISOString() ?? null,
    readinessConfirmedAt: s.readiness_confirmed_at?.toISOString() ?? null,
    sealedAt: s.sealed_at?.toISOString() ?? null,
  };
}

type ChangeRow = Awaited<ReturnType<typeof repo.changesOf>>[number];

function changeView(c: ChangeRow | undefined) {
  if (!c) return null;
  return { id: c.id, proposed: c.proposed, reason: c.reason, status: c.status, requestedAt: c.requested_at.toISOString(), decidedAt: c.decided_at?.toISOString() ?? null };
}
