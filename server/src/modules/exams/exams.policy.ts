import type { Actor } from '../../platform/http/access.js';
import { institutionOf } from '../institutions/index.js';
import { regionContains, regulatorPrefixes, scopePrefix } from '../regions/index.js';

/**
 * Who sees which exam data (N2.1): the provincial exam institution and the
 * province see every city; a city exam institution and a city bureau only
 * their city; a county bureau its city's exams (sites are registered per
 * city); a site its own sessions; an institution its own candidates.
 */
export interface ExamViewer {
  /** City-code prefixes of exam administrators and regulators. */
  cityPrefixes: string[];
  siteId: string | null;
  institutionId: string | null;
  staffAccountId: string | null;
}

export function examInstitutionOf(actor: Actor): { id: string; regionCode: string } | null {
  const r = actor.roles.find((x) => x.role === 'exam_admin' && x.scope.orgId && x.scope.regionCode);
  return r ? { id: r.scope.orgId!, regionCode: r.scope.regionCode! } : null;
}

export function examSiteOf(actor: Actor): string | null {
  return actor.roles.find((r) => r.role === 'exam_site_admin')?.scope.orgId ?? null;
}

/** A county bureau supervises exams in its city: sites are registered per city. */
function cityPrefixOfRegulator(prefix: string): string {
  return prefix.length > 4 ? prefix.slice(0, 4) : prefix;
}

export function examViewerOf(actor: Actor): ExamViewer {
  const exam = examInstitutionOf(actor);
  const prefixes = [...(exam ? [scopePrefix(exam.regionCode)] : []), ...regulatorPrefixes(actor).map(cityPrefixOfRegulator)];
  return {
    cityPrefixes: [...new Set(prefixes)],
    siteId: examSiteOf(actor),
    institutionId: institutionOf(actor),
    staffAccountId: actor.roles.some((r) => r.role === 'exam_staff') ? actor.accountId : null,
  };
}

export function viewerSeesCity(viewer: ExamViewer, cityCode: string): boolean {
  return viewer.cityPrefixes.some((p) => cityCode.startsWith(p));
}

/** Exam administration in a city: its city exam institution, guided by the provincial one (N2.1). */
export function administersCity(actor: Actor, cityCode: string): boolean {
  const exam = examInstitutionOf(actor);
  return exam !== null && regionContains(exam.regionCode, cityCode);
}

/** The supervising regulator of a city's draw: the city bureau or the province (DESIGN §7.2). */
export function supervisesCity(actor: Actor, cityCode: string): boolean {
  return actor.roles.some((r) => r.role === 'regulator' && r.scope.regionCode && r.scope.kind !== 'county' && regionContains(r.scope.regionCode, cityCode));
}

/** N3.3 and spot checks of exceptions (N2.3): the provincial level. */
export function isProvincial(actor: Actor): boolean {
  return actor.roles.some((r) => (r.role === 'exam_admin' || r.role === 'regulator') && r.scope.regionCode === '440000');
}
