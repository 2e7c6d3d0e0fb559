import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { InspectionScope } from '../../platform/db/schema.enforcement.js';
import type { Actor } from '../../platform/http/access.js';
import { shanghaiDay, type AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { EnforcementErrors } from './enforcement.errors.js';
import { CHECKLIST, INSPECTIONS_PER_YEAR } from './enforcement.rules.js';
import { inRegion, regulatorOf } from './enforcement.scope.js';
import * as repo from './inspections.repository.js';

export interface FindingInput {
  item: string;
  result: 'ok' | 'violation' | 'na';
  note: string;
}

const checklistLabel = new Map<string, string>(CHECKLIST.map((c) => [c.item, c.label]));

/**
 * Annual enforcement inspections (N3): each region plans at least one inspection
 * of training and assessment per registered institution a year, records a
 * checklist with findings, and sees who has not been inspected yet.
 */
export function createInspectionsService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  async function plan(actor: Actor, year: number) {
    const { prefixes } = regulatorOf(actor);
    const [coverage, inspections] = await Promise.all([repo.coverage(db, prefixes, year), repo.listInspections(db, prefixes, year)]);
    const institutions = coverage.map((c) => ({
      institutionId: c.institution_id,
      name: c.name,
      regionCode: c.region_code,
      cityCode: c.city_code,
      training: c.training,
      assessment: c.assessment,
      planned: Number(c.planned),
      inspected: c.training && c.assessment,
    }));
    return {
      year,
      required: INSPECTIONS_PER_YEAR,
      checklist: CHECKLIST.map((c) => ({ ...c })),
      inspections: inspections.map((x) => ({
        id: x.id,
        institutionId: x.institution_id,
        institutionName: x.institution_name,
        cityCode: x.city_code,
        scope: x.scope,
        plannedOn: x.planned_on,
        status: x.status,
        conclusion: x.conclusion,
        conductedAt: x.conducted_at?.toISOString() ?? null,
      })),
      institutions,
      notInspected: institutions.filter((i) => !i.inspected),
    };
  }

  async function schedule(actor: Actor, input: { institutionId: string; cityCode: string; scope: InspectionScope; plannedOn: string }, requestId: string | null) {
    regulatorOf(actor);
    const target = await repo.registration(db, input.institutionId, input.cityCode);
    if (!target || !inRegion(actor, [target.city_code, target.region_code])) throw EnforcementErrors.INSPECTION_TARGET_NOT_FOUND();
    return db.transaction().execute(async (tx) => {
      const row = await repo.insertInspection(tx, {
        year: Number(input.plannedOn.slice(0, 4)),
        institutionId: target.id,
        cityCode: target.city_code,
        institutionRegion: target.region_code,
        scope: input.scope,
        plannedOn: input.plannedOn,
        by: actor.accountId,
        at: clock.now(),
      });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'inspection.planned', targetType: 'inspection', targetId: row.id, change: input });
      return { inspectionId: row.id };
    });
  }

  async function get(actor: Actor, id: string) {
    const { prefixes } = regulatorOf(actor);
    const x = await repo.findInspection(db, id, prefixes);
    if (!x) throw EnforcementErrors.INSPECTION_NOT_FOUND();
    const rows = await repo.findings(db, id);
    return {
      id: x.id,
      year: x.year,
      institutionId: x.institution_id,
      institutionName: x.institution_name,
      cityCode: x.city_code,
      scope: x.scope,
      plannedOn: x.planned_on,
      status: x.status,
      conclusion: x.conclusion,
      conductedAt: x.conducted_at?.toISOString() ?? null,
      checklist: CHECKLIST.map((c) => ({ ...c })),
      findings: rows.map((f) => ({ id: Number(f.id), item: f.item, label: checklistLabel.get(f.item) ?? f.item, result: f.result, note: f.note })),
    };
  }

  /** Records the checklist (every item; a violation needs a note) and closes the inspection. */
  async function record(actor: Actor, id: string, items: FindingInput[], requestId: string | null) {
    const { prefixes } = regulatorOf(actor);
    const x = await repo.findInspection(db, id, prefixes);
    if (!x) throw EnforcementErrors.INSPECTION_NOT_FOUND();
    const given = new Set(items.map((f) => f.item));
    const complete = CHECKLIST.every((c) => given.has(c.item)) && items.every((f) => checklistLabel.has(f.item)) && given.size === items.length;
    if (!complete || items.some((f) => f.result === 'violation' && !f.note.trim())) throw EnforcementErrors.INSPECTION_CHECKLIST_INCOMPLETE();
    const conclusion = items.some((f) => f.result === 'violation') ? 'violations' : 'compliant';
    return db.transaction().execute(async (tx) => {
      const at = clock.now();
      if (!(await repo.complete(tx, id, { conclusion, by: actor.accountId, at }))) throw EnforcementErrors.INSPECTION_ALREADY_RECORDED();
      const rows = await repo.insertFindings(tx, id, items, at);
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'inspection.recorded', targetType: 'inspection', targetId: id, change: { conclusion, items, day: shanghaiDay(at) } });
      return { conclusion, findings: rows.map((r) => ({ id: Number(r.id), item: r.item, result: r.result })) };
    });
  }

  /** A violation found by an inspection the caller may see, for opening a case (N3.1). */
  async function violation(actor: Actor, findingId: number) {
    const { prefixes } = regulatorOf(actor);
    const finding = await repo.findingById(db, findingId);
    const x = finding ? await repo.findInspection(db, finding.inspection_id, prefixes) : undefined;
    if (!finding || !x || finding.result !== 'violation') return null;
    return { findingId: Number(finding.id), institutionId: x.institution_id, cityCode: x.city_code, institutionRegion: x.institution_region, label: checklistLabel.get(finding.item) ?? finding.item, note: finding.note };
  }

  return { plan, schedule, get, record, violation };
}

export type InspectionsService = ReturnType<typeof createInspectionsService>;
