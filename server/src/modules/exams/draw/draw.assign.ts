import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
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

const hmac = (key: KeyObject, message: string) => createHmac('sha256', key).update(message).digest('hex');

/** Sorts by a precomputed key (ties by id), so a large list is not re-hashed in the comparator. */
function sortedBy<T extends { id: string }>(items: T[], keyOf: (item: T) => string): { item: T; key: string }[] {
  return items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.item.id < b.item.id ? -1 : 1));
}

interface Slot {
  session: DrawSession;
  site: DrawSite;
}

/**
 * DESIGN §7.3: deterministic from (inputs, seed). Candidates are taken in the
 * order of HMAC(seed, applicationId); each walks the sessions of its subject in
 * a seeded order (HMAC(seed, sessionId)), starting at an offset from its own
 * HMAC, and takes the first with a free seat at a site not related to its
 * institution, in its own city (N2.6) — then, for the cross-city categories
 * only, in another city.
 */
export function assignDraw(raw: DrawInputs, seed: string): DrawResult {
  const inputs = normaliseInputs(raw);
  const sites = new Map(inputs.sites.map((s) => [s.id, s]));
  const free = new Map(inputs.sessions.map((s) => [s.id, s.capacity]));
  const key = createSecretKey(Buffer.from(seed, 'hex'));
  const byCategory = new Map<string, Slot[]>();
  const byCategoryCity = new Map<string, Slot[]>();
  for (const { item: session } of sortedBy(inputs.sessions, (s) => hmac(key, `session:${s.id}`))) {
    const site = sites.get(session.siteId);
    if (!site) continue;
    push(byCategory, session.categoryId, { session, site });
    push(byCategoryCity, `${session.categoryId}|${site.cityCode}`, { session, site });
  }

  const crossCityCategories = new Map<string, boolean>();
  const placed = new Map<string, DrawAssignment>();
  for (const { item: app, key: candidateKey } of sortedBy(inputs.applications, (a) => hmac(key, `candidate:${a.id}`))) {
    const category = app.categoryId;
    if (!crossCityCategories.has(category)) crossCityCategories.set(category, isCrossCityCategory(category));
    const inCity = byCategoryCity.get(`${category}|${app.cityCode}`) ?? NONE;
    const all = crossCityCategories.get(category) ? (byCategory.get(category) ?? NONE) : NONE;
    const assignment = place(app, parseInt(candidateKey.slice(0, 12), 16), inCity, all, free);
    if (assignment.sessionId) free.set(assignment.sessionId, free.get(assignment.sessionId)! - 1);
    placed.set(app.id, assignment);
  }
  const assignments = inputs.applications.map((a) => placed.get(a.id)!);
  return { assignments, resultHash: resultHashOf(assignments) };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const NONE: Slot[] = [];

type Rule = 'school' | 'lawful' | 'single_site' | 'elsewhere';

/** Whether a slot may seat the candidate under a rule (free seats aside). Plain code, no closures: it runs for every candidate. */
function allows(rule: Rule, slot: Slot, app: DrawApplication): boolean {
  const site = slot.site;
  switch (rule) {
    case 'school':
      return site.id === app.schoolSiteId && site.cityCode === app.cityCode;
    case 'lawful':
      return site.cityCode === app.cityCode && !site.relatedInstitutionIds.includes(app.institutionId);
    case 'single_site':
      return site.cityCode === app.cityCode;
    case 'elsewhere':
      return site.cityCode !== app.cityCode && !site.relatedInstitutionIds.includes(app.institutionId);
  }
}

/** The first slot with a free seat that the rule allows, walking the seeded list from the candidate's seeded offset. */
function firstFree(rule: Rule, slots: Slot[], offset: number, app: DrawApplication, free: Map<string, number>): Slot | undefined {
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[(offset + i) % slots.length]!;
    if (free.get(slot.session.id)! > 0 && allows(rule, slot, app)) return slot;
  }
  return undefined;
}

const RULES: { rule: Rule; exception: DrawException | null; crossCity: boolean }[] = [
  { rule: 'school', exception: 'school_student', crossCity: false },
  { rule: 'lawful', exception: null, crossCity: false },
  { rule: 'single_site', exception: 'single_site', crossCity: false },
  { rule: 'elsewhere', exception: null, crossCity: true },
];

/**
 * The rules in order: the school exception, a lawful site in the city, the
 * single-site exception, then another city (`all` is empty unless the
 * category is cross-city, N2.6).
 */
function place(app: DrawApplication, offset: number, inCity: Slot[], all: Slot[], free: Map<string, number>): DrawAssignment {
  const singleSite = inCity.length > 0 && inCity.every((s) => s.site.id === inCity[0]!.site.id);
  const poolOf = (rule: Rule) => (rule === 'elsewhere' ? all : rule === 'school' && !app.schoolSiteId ? NONE : rule === 'single_site' && !singleSite ? NONE : inCity);
  for (const { rule, exception, crossCity } of RULES) {
    const slot = firstFree(rule, poolOf(rule), offset, app, free);
    if (slot) return { applicationId: app.id, sessionId: slot.session.id, siteId: slot.site.id, exception, crossCity, unassigned: null };
  }
  const anyLawful = RULES.some(({ rule }) => poolOf(rule).some((s) => allows(rule, s, app)));
  return { applicationId: app.id, sessionId: null, siteId: null, exception: null, crossCity: false, unassigned: anyLawful ? 'no_capacity' : 'no_eligible_session' };
}

export function resultHashOf(assignments: DrawAssignment[]): string {
  return sha256Hex(canonicalJson(assignments));
}
