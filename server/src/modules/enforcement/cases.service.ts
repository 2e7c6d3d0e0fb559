import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { MeasureKind, ReferralCategory } from '../../platform/db/schema.enforcement.js';
import type { Actor } from '../../platform/http/access.js';
import { shanghaiDay, type AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { findRegion } from '../regions/index.js';
import * as repo from './cases.repository.js';
import { EnforcementErrors } from './enforcement.errors.js';
import { inRegion, regulatorOf, viewerOf } from './enforcement.scope.js';
import type { InspectionsService } from './inspections.service.js';
import type { SignalsService } from './signals.service.js';

export interface MeasureInput {
  kind: MeasureKind;
  decision: string;
  deadline?: string | null | undefined;
  until?: string | null | undefined;
  referralCategory?: ReferralCategory | null | undefined;
  referralTo?: string | null | undefined;
  published: boolean;
}

type OrderStatus = 'pending' | 'answered' | 'accepted' | 'returned';
type Reply = Awaited<ReturnType<typeof repo.repliesOf>>[number];
type Measure = Awaited<ReturnType<typeof repo.measuresOfCase>>[number];

const DAY_MS = 86_400_000;
const cityOf = (regionCode: string) => `${regionCode.slice(0, 4)}00`;

/**
 * Cases and measures (N3.1, N3.5, M30, M31): a regulator opens a case from a
 * signal or an inspection finding, orders rectification by a deadline, warns,
 * suspends online training, cancels the registration (enforced as an indefinite
 * suspension: the institutions module has no sanction entry point) or refers a
 * crime; the institution answers orders addressed to it; a case can be reported
 * to the province or another city. Measures and replies are append-only, every
 * change audited in its transaction.
 */
export function createCasesService(deps: { db: Db; clock: Clock; audit: AuditService; signals: SignalsService; inspections: InspectionsService }) {
  const { db, clock, audit } = deps;
  const today = () => shanghaiDay(clock.now());

  async function open(actor: Actor, input: { signalId?: string | undefined; findingId?: number | undefined; institutionId?: string | undefined; title: string; description: string }, requestId: string | null) {
    regulatorOf(actor);
    let source: { kind: 'signal' | 'finding'; institutionId: string; cityCode: string | null };
    if (input.signalId) {
      const signal = await deps.signals.visible(actor, input.signalId);
      const institutionId = input.institutionId ?? (signal.institution_ids.length === 1 ? signal.institution_ids[0] : undefined);
      if (!institutionId || !signal.institution_ids.includes(institutionId)) throw EnforcementErrors.CASE_SOURCE_INVALID();
      const city = signal.region_codes.find((c) => findRegion(c)?.level === 'city' && inRegion(actor, [c])) ?? null;
      source = { kind: 'signal', institutionId, cityCode: city };
    } else if (input.findingId) {
      const finding = await deps.inspections.violation(actor, input.findingId);
      if (!finding) throw EnforcementErrors.CASE_SOURCE_INVALID();
      source = { kind: 'finding', institutionId: finding.institutionId, cityCode: finding.cityCode };
    } else {
      throw EnforcementErrors.CASE_SOURCE_INVALID();
    }
    const inst = await repo.institution(db, source.institutionId);
    if (!inst) throw EnforcementErrors.CASE_SOURCE_INVALID();
    const cityCode = source.cityCode ?? cityOf(inst.region_code);
    return db.transaction().execute(async (tx) => {
      const row = await repo.insertCase(tx, {
        title: input.title,
        description: input.description,
        institutionId: inst.id,
        cityCode,
        institutionRegion: inst.region_code,
        source: source.kind,
        signalId: input.signalId ?? null,
        findingId: input.findingId ?? null,
        by: actor.accountId,
        at: clock.now(),
      });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'case.opened', targetType: 'enforcement_case', targetId: row.id, change: input });
      return { caseId: row.id };
    });
  }

  async function visibleCase(actor: Actor, id: string) {
    const viewer = viewerOf(actor);
    const c = await repo.findCase(db, id, viewer.kind === 'regulator' ? { prefixes: viewer.prefixes } : { institutionId: viewer.institutionId });
    if (!c) throw EnforcementErrors.CASE_NOT_FOUND();
    return c;
  }

  /** M31: a bureau a case was reported to reads it; only the regions the case lies in act on it. */
  async function ownCase(actor: Actor, id: string) {
    const c = await visibleCase(actor, id);
    if (!inRegion(actor, [c.city_code, c.institution_region])) throw EnforcementErrors.CASE_NOT_IN_REGION();
    return c;
  }

  /** A rectification order's state: answered, accepted or returned by the regulator; overdue past its deadline unless accepted. */
  function orderState(m: Measure, replies: Reply[]) {
    const mine = replies.filter((r) => Number(r.measure_id) === Number(m.id));
    const last = mine[mine.length - 1];
    const status: OrderStatus | null = m.kind !== 'rectification' ? null : !last ? 'pending' : last.kind === 'answer' ? 'answered' : last.kind;
    const overdue = m.kind === 'rectification' && status !== 'accepted' && m.deadline !== null && m.deadline < today();
    const daysLeft = m.kind === 'rectification' && m.deadline ? Math.round((Date.parse(`${m.deadline}T00:00:00+08:00`) - Date.parse(`${today()}T00:00:00+08:00`)) / DAY_MS) : null;
    return {
      id: Number(m.id),
      caseId: m.case_id,
      kind: m.kind,
      decision: m.decision,
      deadline: m.deadline,
      until: m.until,
      referralCategory: m.referral_category,
      referralTo: m.referral_to,
      published: m.published,
      createdAt: m.created_at.toISOString(),
      status,
      overdue,
      daysLeft,
      replies: mine.map((r) => ({ kind: r.kind, text: r.text, at: r.created_at.toISOString() })),
    };
  }

  async function get(actor: Actor, id: string) {
    const c = await visibleCase(actor, id);
    const measures = await repo.measuresOfCase(db, id);
    const replies = await repo.repliesOf(db, measures.map((m) => Number(m.id)));
    const reports = await repo.reportsOf(db, id);
    const shaped = measures.map((m) => orderState(m, replies));
    return {
      ...caseSummary(c),
      description: c.description,
      overdue: shaped.some((m) => m.overdue),
      suspended: await isSuspended(c.institution_id),
      measures: shaped,
      reports: reports.map((r) => ({ toRegion: r.to_region, note: r.note, at: r.created_at.toISOString() })),
    };
  }

  async function list(actor: Actor, q: { status?: 'open' | 'closed' | undefined; overdue?: boolean | undefined; page: number; pageSize: number }) {
    const { prefixes } = regulatorOf(actor);
    const { rows, total } = await repo.listCases(db, { prefixes, status: q.status, overdue: q.overdue, today: today() }, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return { total, items: rows.map((c) => ({ ...caseSummary(c), overdue: Boolean(c.overdue) })) };
  }

  function validMeasure(m: MeasureInput): boolean {
    const future = (d: string | null | undefined) => typeof d === 'string' && d > today();
    switch (m.kind) {
      case 'rectification':
        return future(m.deadline);
      case 'suspension':
        return m.until === null || m.until === undefined || future(m.until);
      case 'referral':
        return Boolean(m.referralCategory && m.referralTo?.trim());
      default:
        return true;
    }
  }

  /** M30: a measure on the case's institution; sanctions are confirmed in the UI before this call. */
  async function addMeasure(actor: Actor, caseId: string, m: MeasureInput, requestId: string | null) {
    regulatorOf(actor);
    const c = await ownCase(actor, caseId);
    if (c.status === 'closed') throw EnforcementErrors.CASE_CLOSED();
    if (!m.decision.trim() || !validMeasure(m)) throw EnforcementErrors.MEASURE_INVALID();
    if (m.kind === 'lift_suspension' && !(await isSuspended(c.institution_id))) throw EnforcementErrors.MEASURE_NOT_SUSPENDED();
    return db.transaction().execute(async (tx) => {
      const at = clock.now();
      const row = await repo.insertMeasure(tx, {
        caseId,
        institutionId: c.institution_id,
        kind: m.kind,
        decision: m.decision.trim(),
        deadline: m.kind === 'rectification' ? m.deadline! : null,
        until: m.kind === 'suspension' ? (m.until ?? null) : null,
        referralCategory: m.kind === 'referral' ? m.referralCategory! : null,
        referralTo: m.kind === 'referral' ? m.referralTo!.trim() : null,
        published: m.kind === 'lift_suspension' ? false : m.published,
        by: actor.accountId,
        at,
      });
      await repo.touchCase(tx, caseId, at);
      await audit.record(tx, auditActorOf(actor, requestId), { action: `case.measure_${m.kind}`, targetType: 'enforcement_case', targetId: caseId, change: { measureId: Number(row.id), ...m, institutionId: c.institution_id } });
      return { measureId: Number(row.id) };
    });
  }

  async function close(actor: Actor, caseId: string, note: string, requestId: string | null) {
    regulatorOf(actor);
    const c = await ownCase(actor, caseId);
    if (c.status === 'closed') throw EnforcementErrors.CASE_CLOSED();
    await db.transaction().execute(async (tx) => {
      await repo.touchCase(tx, caseId, clock.now(), true);
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'case.closed', targetType: 'enforcement_case', targetId: caseId, change: { note } });
    });
  }

  /** M31: report a case to the province or to another city's bureau, which then sees it. */
  async function report(actor: Actor, caseId: string, input: { toRegion: string; note: string }, requestId: string | null) {
    regulatorOf(actor);
    const c = await ownCase(actor, caseId);
    const target = findRegion(input.toRegion);
    if (!target || target.level === 'county' || input.toRegion === c.city_code) throw EnforcementErrors.REPORT_REGION_INVALID();
    await db.transaction().execute(async (tx) => {
      const at = clock.now();
      await repo.insertReport(tx, { caseId, toRegion: input.toRegion, note: input.note, by: actor.accountId, at });
      await repo.touchCase(tx, caseId, at);
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'case.reported', targetType: 'enforcement_case', targetId: caseId, change: input });
    });
  }

  /** The institution's 整改通知 page: measures addressed to it, with its replies. */
  async function orders(actor: Actor) {
    const viewer = viewerOf(actor);
    if (viewer.kind !== 'institution') throw EnforcementErrors.ORDER_NOT_FOUND();
    const rows = await repo.measuresOfInstitution(db, viewer.institutionId);
    const replies = await repo.repliesOf(db, rows.map((m) => Number(m.id)));
    return { suspended: await isSuspended(viewer.institutionId), items: rows.map((m) => ({ ...orderState(m, replies), caseTitle: m.case_title })) };
  }

  async function visibleOrder(actor: Actor, measureId: number) {
    const m = await repo.findMeasure(db, measureId);
    if (!m || m.kind !== 'rectification') throw EnforcementErrors.ORDER_NOT_FOUND();
    const viewer = viewerOf(actor);
    if (viewer.kind === 'institution' ? m.institution_id !== viewer.institutionId : !(await repo.findCase(db, m.case_id, { prefixes: viewer.prefixes }))) throw EnforcementErrors.ORDER_NOT_FOUND();
    const state = orderState(m, await repo.repliesOf(db, [Number(m.id)]));
    return { m, state, viewer };
  }

  /** The institution answers a rectification order (N3.1); once accepted, the order is closed. */
  async function reply(actor: Actor, measureId: number, text: string, requestId: string | null) {
    const { m, state, viewer } = await visibleOrder(actor, measureId);
    if (viewer.kind !== 'institution') throw EnforcementErrors.ORDER_NOT_FOUND();
    if (state.status === 'accepted') throw EnforcementErrors.ORDER_CLOSED();
    await db.transaction().execute(async (tx) => {
      const at = clock.now();
      await repo.insertReply(tx, { measureId, kind: 'answer', text, by: actor.accountId, at });
      await repo.touchCase(tx, m.case_id, at);
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'case.rectification_answered', targetType: 'case_measure', targetId: String(measureId), change: { text } });
    });
  }

  /** The regulator accepts the rectification or returns it for more work. */
  async function review(actor: Actor, measureId: number, input: { accept: boolean; text: string }, requestId: string | null) {
    regulatorOf(actor);
    const { m, state } = await visibleOrder(actor, measureId);
    await ownCase(actor, m.case_id);
    if (state.status === 'accepted') throw EnforcementErrors.ORDER_CLOSED();
    await db.transaction().execute(async (tx) => {
      const at = clock.now();
      await repo.insertReply(tx, { measureId, kind: input.accept ? 'accepted' : 'returned', text: input.text, by: actor.accountId, at });
      await repo.touchCase(tx, m.case_id, at);
      await audit.record(tx, auditActorOf(actor, requestId), { action: `case.rectification_${input.accept ? 'accepted' : 'returned'}`, targetType: 'case_measure', targetId: String(measureId), change: input });
    });
  }

  /** Suspension enforced (M30): suspended until its date, or indefinitely after a cancellation, until lifted. */
  async function isSuspended(institutionId: string): Promise<boolean> {
    const last = await repo.latestRestriction(db, institutionId);
    if (!last || last.kind === 'lift_suspension') return false;
    return last.kind === 'cancellation' || last.until === null || last.until >= today();
  }

  /** N3: published sanctions; no learner appears in a measure, only the institution and the decision. */
  async function publicSanctions(q: { cityCode?: string | undefined; page: number; pageSize: number }) {
    const { rows, total } = await repo.publishedMeasures(db, q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return {
      total,
      items: rows.map((r) => ({
        id: Number(r.id),
        kind: r.kind,
        decision: r.decision,
        deadline: r.deadline,
        until: r.until,
        institutionName: r.institution_name,
        creditCode: r.credit_code,
        cityCode: r.city_code,
        publishedAt: r.created_at.toISOString(),
      })),
    };
  }

  return { open, get, list, addMeasure, close, report, orders, reply, review, isSuspended, publicSanctions };
}

function caseSummary(c: { id: string; title: string; institution_id: string; institution_name: string; city_code: string; institution_region: string; source: 'signal' | 'finding'; signal_id: string | null; finding_id: string | number | null; status: 'open' | 'closed'; created_at: Date; updated_at: Date; closed_at: Date | null }) {
  return {
    id: c.id,
    title: c.title,
    institution: { id: c.institution_id, name: c.institution_name, regionCode: c.institution_region },
    cityCode: c.city_code,
    source: c.source,
    signalId: c.signal_id,
    findingId: c.finding_id === null ? null : Number(c.finding_id),
    status: c.status,
    createdAt: c.created_at.toISOString(),
    updatedAt: c.updated_at.toISOString(),
    closedAt: c.closed_at?.toISOString() ?? null,
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
