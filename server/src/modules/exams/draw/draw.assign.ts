import { createHmac } from 'node:crypto';
import { canonicalJson } from '../../../platform/crypto/canonical-json.js';
import { sha256Hex } from '../../../platform/crypto/hash.js';
import { isCrossCityCategory } from '../place-rules.js';
import { normaliseInputs, type DrawApplication, type DrawInputs, type DrawSession, type DrawSite } from './draw.inputs.js';

/**
 * N2.3 exceptions, recorded on the assignment they allow:
 * `single_site` — the subject has only one site in the city, and it is related to the candidate's institution;
 * `school_student` — a full-time student sits at their own school's site (flagged for provincial spot checks).
 */
export type DrawException = 'single_site' | 'school_student';

export interface DrawAssignment {
  applicationId: string;
  sessionId: string | null;
  siteId: string | null;
  exception: DrawException | null;
  /** N2.6: a cross-city category sat in another city because its own city had no free seat. */
  crossCity: boolean;
  /** Why a candidate got no seat: every lawful session was full, or there was none. */
  unassigned: 'no_capacity' | 'no_eligible_session' | null;
}

export interface DrawResult {
  assignments: DrawAssignment[];
  resultHash: string;
}

const hmac = (seed: string, message: string) => createHmac('sha256', Buffer.from(seed, 'hex')).update(message).digest('hex');

interface Slot {
  session: DrawSession;
  site: DrawSite;
}

/**
 * DESIGN §7.3: deterministic from (inputs, seed). Candidates are taken in the
 * order of HMAC(seed, applicationId); each walks the sessions of its subject in
 * a seeded order, starting at a seeded offset, and takes the first with a free
 * seat at a site not related to its institution, in its own city (N2.6) —
 * then, for the cross-city categories only, in another city.
 */
export function assignDraw(raw: DrawInputs, seed: string): DrawResult {
  const inputs = normaliseInputs(raw);
  const sites = new Map(inputs.sites.map((s) => [s.id, s]));
  const free = new Map(inputs.sessions.map((s) => [s.id, s.capacity]));
  const slotsByCategory = new Map<string, Slot[]>();
  const sessionKey = new Map(inputs.sessions.map((s) => [s.id, hmac(seed, `session:${s.id}`)]));
  for (const session of [...inputs.sessions].sort((a, b) => (sessionKey.get(a.id)! < sessionKey.get(b.id)! ? -1 : 1))) {
    const site = sites.get(session.siteId);
    if (!site) continue;
    const list = slotsByCategory.get(session.categoryId) ?? [];
    list.push({ session, site });
    slotsByCategory.set(session.categoryId, list);
  }

  const candidateKey = new Map(inputs.applications.map((a) => [a.id, hmac(seed, `candidate:${a.id}`)]));
  const order = [...inputs.applications].sort((a, b) => {
    const ka = candidateKey.get(a.id)!;
    const kb = candidateKey.get(b.id)!;
    return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
  });

  const byApplication = new Map<string, DrawAssignment>();
  for (const app of order) {
    const slots = slotsByCategory.get(app.categoryId) ?? [];
    const start = slots.length ? parseInt(candidateKey.get(app.id)!.slice(0, 12), 16) % slots.length : 0;
    const rotated = slots.length ? [...slots.slice(start), ...slots.slice(0, start)] : [];
    const assignment = place(app, rotated, free);
    if (assignment.sessionId) free.set(assignment.sessionId, free.get(assignment.sessionId)! - 1);
    byApplication.set(app.id, assignment);
  }
  const assignments = inputs.applications.map((a) => byApplication.get(a.id)!);
  return { assignments, resultHash: resultHashOf(assignments) };
}

function place(app: DrawApplication, slots: Slot[], free: Map<string, number>): DrawAssignment {
  const hasSeat = (s: Slot) => free.get(s.session.id)! > 0;
  const related = (s: Slot) => s.site.relatedInstitutionIds.includes(app.institutionId);
  const inCity = (s: Slot) => s.site.cityCode === app.cityCode;
  const singleSite = new Set(slots.filter(inCity).map((s) => s.site.id)).size === 1;
  const crossCityAllowed = isCrossCityCategory(app.categoryId);
  const rules: { allows: (s: Slot) => boolean; exception: DrawException | null; crossCity: boolean }[] = [
    { allows: (s) => s.site.id === app.schoolSiteId && inCity(s), exception: 'school_student', crossCity: false },
    { allows: (s) => inCity(s) && !related(s), exception: null, crossCity: false },
    { allows: (s) => singleSite && inCity(s), exception: 'single_site', crossCity: false },
    { allows: (s) => crossCityAllowed && !inCity(s) && !related(s), exception: null, crossCity: true },
  ];
  for (const rule of rules) {
    const slot = slots.find((s) => rule.allows(s) && hasSeat(s));
    if (slot) return { applicationId: app.id, sessionId: slot.session.id, siteId: slot.site.id, exception: rule.exception, crossCity: rule.crossCity, unassigned: null };
  }
  const anyLawful = slots.some((s) => rules.some((r) => r.allows(s)));
  return { applicationId: app.id, sessionId: null, siteId: null, exception: null, crossCity: false, unassigned: anyLawful ? 'no_capacity' : 'no_eligible_session' };
}

export function resultHashOf(assignments: DrawAssignment[]): string {
  return sha256Hex(canonicalJson(assignments));
}
