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
  const published = new Map(bundle.assignments.map((a) => [a.applicationId, canonicalJson(a)]));
  const mismatched = recomputed.assignments.filter((a) => published.get(a.applicationId) !== canonicalJson(a)).map((a) => a.applicationId);
  const resultMatches = mismatched.length === 0 && bundle.assignments.length === recomputed.assignments.length && resultHashOf(bundle.assignments) === bundle.resultHash && recomputed.resultHash === bundle.resultHash;
  return {
    ok: algorithmKnown && inputsHashMatches && problems.length === 0 && seedMatches && resultMatches,
    algorithmKnown,
    inputsHashMatches,
    seedSourceValid: problems.length === 0,
    seedMatches,
    resultMatches,
    problems,
    mismatchedApplications: mismatched.slice(0, MAX_MISMATCHES_LISTED),
    assignments: recomputed.assignments.length,
  };
}
