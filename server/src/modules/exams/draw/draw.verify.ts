import { canonicalJson } from '../../../platform/crypto/canonical-json.js';
import { assignDraw, resultHashOf, type DrawAssignment } from './draw.assign.js';
import { DRAW_ALGORITHM, inputsHash, type DrawInputs } from './draw.inputs.js';
import { seedOf, seedSourceProblems, type SeedSource } from './draw.seed.js';

/** What a published draw makes public (DESIGN §7.4): enough for anyone to recompute it. */
export interface DrawBundle {
  algorithm: string;
  inputs: DrawInputs;
  inputsHash: string;
  seedSource: SeedSource;
  seed: string;
  assignments: DrawAssignment[];
  resultHash: string;
}

export interface DrawVerification {
  ok: boolean;
  algorithmKnown: boolean;
  inputsHashMatches: boolean;
  seedSourceValid: boolean;
  seedMatches: boolean;
  resultMatches: boolean;
  problems: string[];
  /** The first applications whose published assignment differs from the recomputed one. */
  mismatchedApplications: string[];
  assignments: number;
}

const MAX_MISMATCHES_LISTED = 20;

/** Recomputes the inputs hash, the seed and the assignment from the bundle alone. */
export function verifyDrawBundle(bundle: DrawBundle): DrawVerification {
  const algorithmKnown = bundle.algorithm === DRAW_ALGORITHM && bundle.inputs.algorithm === DRAW_ALGORITHM;
  const inputsHashMatches = inputsHash(bundle.inputs) === bundle.inputsHash;
  const problems = seedSourceProblems(bundle.seedSource);
  const seedMatches = seedOf(bundle.inputsHash, bundle.seedSource) === bundle.seed;
  const recomputed = assignDraw(bundle.inputs, bundle.seed);
  const resultMatches = recomputed.resultHash === bundle.resultHash && resultHashOf(bundle.assignments) === bundle.resultHash;
  const mismatched = resultMatches ? [] : mismatchedApplications(recomputed.assignments, bundle.assignments);
  return {
    ok: algorithmKnown && inputsHashMatches && problems.length === 0 && seedMatches && resultMatches,
    algorithmKnown,
    inputsHashMatches,
    seedSourceValid: problems.length === 0,
    seedMatches,
    resultMatches,
    problems,
    mismatchedApplications: mismatched,
    assignments: recomputed.assignments.length,
  };
}

/** The first applications whose published assignment differs from the recomputed one (or is missing). */
function mismatchedApplications(recomputed: DrawAssignment[], published: DrawAssignment[]): string[] {
  const byId = new Map(published.map((a) => [a.applicationId, canonicalJson(a)]));
  const out: string[] = [];
  for (const a of recomputed) {
    if (byId.get(a.applicationId) !== canonicalJson(a)) out.push(a.applicationId);
    if (out.length === MAX_MISMATCHES_LISTED) break;
  }
  return out;
}
