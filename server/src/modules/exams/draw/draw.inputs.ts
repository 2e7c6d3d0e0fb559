import { canonicalJson } from '../../../platform/crypto/canonical-json.js';
import { sha256Hex } from '../../../platform/crypto/hash.js';

/** The version of the assignment rules; a bundle names it so a verifier runs the same rules. */
export const DRAW_ALGORITHM = 'xunkao-draw-v1';

export interface DrawApplication {
  id: string;
  /** The training institution that trained and submitted the candidate. */
  institutionId: string;
  categoryId: string;
  /** The city the candidate applied in (N2.6). */
  cityCode: string;
  /** N2.3 exception: a full-time student of the school that runs this site may sit there. */
  schoolSiteId: string | null;
}

export interface DrawSite {
  id: string;
  cityCode: string;
  /** Training institutions related to the site (owner, shareholder, co-operation): avoidance, N2.3. */
  relatedInstitutionIds: string[];
}

export interface DrawSession {
  id: string;
  siteId: string;
  categoryId: string;
  /** Seats still free when the inputs were frozen. */
  capacity: number;
}

/** Everything the assignment depends on besides the seed (DESIGN §7.1). */
export interface DrawInputs {
  algorithm: string;
  drawId: string;
  cityCode: string;
  frozenAt: string;
  applications: DrawApplication[];
  sites: DrawSite[];
  sessions: DrawSession[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One order for every list, so the same set of inputs always has the same hash. */
export function normaliseInputs(inputs: DrawInputs): DrawInputs {
  return {
    ...inputs,
    applications: [...inputs.applications].sort(byId),
    sites: inputs.sites.map((s) => ({ ...s, relatedInstitutionIds: [...s.relatedInstitutionIds].sort() })).sort(byId),
    sessions: [...inputs.sessions].sort(byId),
  };
}

/** DESIGN §7.1: published when the application window closes, before any seed exists. */
export function inputsHash(inputs: DrawInputs): string {
  return sha256Hex(canonicalJson(normaliseInputs(inputs)));
}
