import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { AuditService } from '../audit/index.js';
import { createCasesService } from './cases.service.js';
import { createInspectionsService } from './inspections.service.js';
import { createSignalsService } from './signals.service.js';

/** The enforcement module (issue 8 part C): signals → inspections → cases and measures. */
export function createEnforcementService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const signals = createSignalsService(deps);
  const inspections = createInspectionsService(deps);
  const cases = createCasesService({ ...deps, signals, inspections });
  return { signals, inspections, cases, isSuspended: cases.isSuspended };
}

export type EnforcementService = ReturnType<typeof createEnforcementService>;
