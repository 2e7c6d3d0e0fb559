import { createHash } from 'node:crypto';
import { assignDraw } from '../server/src/modules/exams/draw/draw.assign.js';
import { DRAW_ALGORITHM, inputsHash, type DrawInputs } from '../server/src/modules/exams/draw/draw.inputs.js';
import { commitmentOf, seedOf, type SeedSource } from '../server/src/modules/exams/draw/draw.seed.js';
import { verifyDrawBundle } from '../server/src/modules/exams/draw/draw.verify.js';
import { GUANGDONG } from '../server/src/modules/regions/index.js';

/**
 * Issue 9: a province-sized draw — 100 000 candidates, 1 000 sites in the 21
 * cities, 10 subjects — timed for the draw and for its verification from the
 * bundle. Target: under 2 s each. Inputs are made from a fixed seed, so every
 * run draws the same province.
 */
const CANDIDATES = 100_000;
const SITES = 1_000;
const INSTITUTIONS = 600;
const SUBJECTS = ['1.1', '1.2', '2.1', '3.1', '3.2', '4.1', '6.1', '9.3', '9.16', '10.4'].map((c) => `special_work:30号令-2015:${c}`);
const SUBJECTS_PER_SITE = 3;

/** A deterministic stream of numbers in [0, n). */
function numbers(label: string) {
  let counter = 0;
  return (n: number) => createHash('sha256').update(`${label}:${counter++}`).digest().readUInt32BE(0) % n;
}

function province(): DrawInputs {
  const pick = numbers('bench-draw');
  const cities = GUANGDONG.children.map((c) => c.code);
  const id = (kind: string, i: number) => `${kind}-${String(i).padStart(6, '0')}`;
  const sites = Array.from({ length: SITES }, (_, i) => ({
    id: id('site', i),
    cityCode: cities[i % cities.length]!,
    relatedInstitutionIds: Array.from({ length: pick(3) }, () => id('inst', pick(INSTITUTIONS))),
  }));
  const applications = Array.from({ length: CANDIDATES }, (_, i) => ({
    id: id('app', i),
    institutionId: id('inst', pick(INSTITUTIONS)),
    categoryId: SUBJECTS[pick(SUBJECTS.length)]!,
    cityCode: cities[pick(cities.length)]!,
    schoolSiteId: pick(100) === 0 ? id('site', pick(SITES)) : null,
  }));
  // Seats for about 110 % of the candidates, spread over each site's subjects.
  const capacity = Math.ceil((CANDIDATES * 1.1) / (SITES * SUBJECTS_PER_SITE));
  const sessions = sites.flatMap((site, i) => Array.from({ length: SUBJECTS_PER_SITE }, (_, k) => ({ id: `${site.id}-s${k}`, siteId: site.id, categoryId: SUBJECTS[(i + k * 3) % SUBJECTS.length]!, capacity })));
  return { algorithm: DRAW_ALGORITHM, drawId: 'bench', cityCode: '440000', frozenAt: '2026-11-23T00:00:00.000Z', applications, sites, sessions };
}

const time = <T>(run: () => T): [T, number] => {
  const start = process.hrtime.bigint();
  const value = run();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
};

export async function benchDraw(): Promise<void> {
  const inputs = province();
  const [hash, hashMs] = time(() => inputsHash(inputs));
  const secrets = ['11'.repeat(32), '22'.repeat(32)];
  const seedSource: SeedSource = {
    kind: 'commit_reveal',
    reveals: [
      { party: 'exam_institution', commitment: commitmentOf(secrets[0]!), secret: secrets[0]! },
      { party: 'regulator', commitment: commitmentOf(secrets[1]!), secret: secrets[1]! },
    ],
  };
  const seed = seedOf(hash, seedSource);
  const [result, drawMs] = time(() => assignDraw(inputs, seed));
  const bundle = { algorithm: DRAW_ALGORITHM, inputs, inputsHash: hash, seedSource, seed, assignments: result.assignments, resultHash: result.resultHash };
  const [text, serialiseMs] = time(() => JSON.stringify(bundle));
  const [verification, verifyMs] = time(() => verifyDrawBundle(JSON.parse(text)));
  const assigned = result.assignments.filter((a) => a.sessionId).length;
  console.log(`\nCross-exam draw (N2.3, DESIGN §7): ${CANDIDATES} candidates, ${SITES} sites in ${GUANGDONG.children.length} cities, ${SUBJECTS.length} subjects, ${inputs.sessions.length} sessions`);
  console.table([
    { step: 'inputs hash', ms: Math.round(hashMs) },
    { step: 'draw (assignment)', ms: Math.round(drawMs) },
    { step: 'bundle to JSON', ms: Math.round(serialiseMs), note: `${(text.length / 1_048_576).toFixed(1)} MB` },
    { step: 'verification (parse, hash, seed, redraw, compare)', ms: Math.round(verifyMs), note: verification.ok ? 'matches' : 'MISMATCH' },
  ]);
  console.log(`assigned ${assigned}, unassigned ${CANDIDATES - assigned}, exceptions ${result.assignments.filter((a) => a.exception).length}, cross-city ${result.assignments.filter((a) => a.crossCity).length}; target < 2000 ms each`);
}
