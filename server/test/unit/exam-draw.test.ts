import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignDraw } from '../../src/modules/exams/draw/draw.assign.js';
import { DRAW_ALGORITHM, inputsHash, type DrawInputs } from '../../src/modules/exams/draw/draw.inputs.js';
import { commitmentOf, seedOf, type SeedSource } from '../../src/modules/exams/draw/draw.seed.js';
import { verifyDrawBundle, type DrawBundle } from '../../src/modules/exams/draw/draw.verify.js';

/** N2.3, N2.6, DESIGN §7: the cross-exam draw as properties over random cities, sites, sessions and candidates. */
const CITIES = ['440100', '440300'];
const CATEGORIES = ['special_work:30号令-2015:1.1', 'special_work:30号令-2015:9.3', 'principal:hazchem_operation'];
const INSTITUTIONS = ['i1', 'i2', 'i3', 'i4'];
const RUNS = 300;

const hex64 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));

const inputsArb: fc.Arbitrary<DrawInputs> = fc
  .record({
    sites: fc.array(fc.record({ cityCode: fc.constantFrom(...CITIES), relatedInstitutionIds: fc.subarray(INSTITUTIONS) }), { minLength: 1, maxLength: 6 }),
    sessions: fc.array(fc.record({ site: fc.nat(), categoryId: fc.constantFrom(...CATEGORIES), capacity: fc.integer({ min: 0, max: 6 }) }), { maxLength: 12 }),
    applications: fc.array(
      fc.record({ institutionId: fc.constantFrom(...INSTITUTIONS), categoryId: fc.constantFrom(...CATEGORIES), cityCode: fc.constantFrom(...CITIES), school: fc.option(fc.nat(), { freq: 4 }) }),
      { maxLength: 40 },
    ),
  })
  .map(({ sites, sessions, applications }) => {
    const siteRows = sites.map((s, i) => ({ id: `site-${i}`, ...s }));
    return {
      algorithm: DRAW_ALGORITHM,
      drawId: 'draw-1',
      cityCode: '440100',
      frozenAt: '2026-11-23T00:00:00.000Z',
      sites: siteRows,
      sessions: sessions.map((s, i) => ({ id: `session-${i}`, siteId: siteRows[s.site % siteRows.length]!.id, categoryId: s.categoryId, capacity: s.capacity })),
      applications: applications.map((a, i) => ({
        id: `app-${String(i).padStart(3, '0')}`,
        institutionId: a.institutionId,
        categoryId: a.categoryId,
        cityCode: a.cityCode,
        schoolSiteId: a.school === null ? null : siteRows[a.school % siteRows.length]!.id,
      })),
    };
  });

describe('the cross-exam draw (N2.3, DESIGN §7)', () => {
  it('never assigns a candidate to a site related to their institution unless a recorded exception applies', () => {
    fc.assert(
      fc.property(inputsArb, hex64, (inputs, seed) => {
        const sites = new Map(inputs.sites.map((s) => [s.id, s]));
        for (const a of assignDraw(inputs, seed).assignments) {
          if (!a.siteId) continue;
          const app = inputs.applications.find((x) => x.id === a.applicationId)!;
          const site = sites.get(a.siteId)!;
          if (!site.relatedInstitutionIds.includes(app.institutionId)) continue;
          expect(a.exception).not.toBeNull();
          if (a.exception === 'school_student') expect(a.siteId).toBe(app.schoolSiteId);
          if (a.exception === 'single_site') {
            const citySites = new Set(inputs.sessions.filter((s) => s.categoryId === app.categoryId && sites.get(s.siteId)!.cityCode === app.cityCode).map((s) => s.siteId));
            expect([...citySites]).toEqual([a.siteId]);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never exceeds a session capacity, and seats only candidates of the session subject', () => {
    fc.assert(
      fc.property(inputsArb, hex64, (inputs, seed) => {
        const taken = new Map<string, number>();
        for (const a of assignDraw(inputs, seed).assignments) {
          if (!a.sessionId) continue;
          taken.set(a.sessionId, (taken.get(a.sessionId) ?? 0) + 1);
          const session = inputs.sessions.find((s) => s.id === a.sessionId)!;
          expect(session.categoryId).toBe(inputs.applications.find((x) => x.id === a.applicationId)!.categoryId);
        }
        for (const [id, n] of taken) expect(n).toBeLessThanOrEqual(inputs.sessions.find((s) => s.id === id)!.capacity);
      }),
      { numRuns: RUNS },
    );
  });

  it('sends a candidate to another city only for the N2.6 cross-city categories', () => {
    fc.assert(
      fc.property(inputsArb, hex64, (inputs, seed) => {
        const sites = new Map(inputs.sites.map((s) => [s.id, s]));
        for (const a of assignDraw(inputs, seed).assignments) {
          if (!a.siteId) continue;
          const app = inputs.applications.find((x) => x.id === a.applicationId)!;
          const elsewhere = sites.get(a.siteId)!.cityCode !== app.cityCode;
          expect(a.crossCity).toBe(elsewhere);
          if (elsewhere) expect(app.categoryId).toBe('special_work:30号令-2015:9.3');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('seats every candidate while a lawful free seat is left for them', () => {
    fc.assert(
      fc.property(inputsArb, hex64, (inputs, seed) => {
        const result = assignDraw(inputs, seed);
        const used = new Map<string, number>();
        for (const a of result.assignments) if (a.sessionId) used.set(a.sessionId, (used.get(a.sessionId) ?? 0) + 1);
        const sites = new Map(inputs.sites.map((s) => [s.id, s]));
        for (const a of result.assignments.filter((x) => x.unassigned)) {
          const app = inputs.applications.find((x) => x.id === a.applicationId)!;
          const open = inputs.sessions.filter((s) => s.categoryId === app.categoryId && (used.get(s.id) ?? 0) < s.capacity);
          expect(open.some((s) => sites.get(s.siteId)!.cityCode === app.cityCode && !sites.get(s.siteId)!.relatedInstitutionIds.includes(app.institutionId))).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same result for the same inputs and seed, whatever order the lists arrive in', () => {
    fc.assert(
      fc.property(inputsArb, hex64, (inputs, seed) => {
        const shuffled = { ...inputs, applications: [...inputs.applications].reverse(), sessions: [...inputs.sessions].reverse(), sites: [...inputs.sites].reverse() };
        expect(assignDraw(shuffled, seed)).toEqual(assignDraw(inputs, seed));
        expect(inputsHash(shuffled)).toBe(inputsHash(inputs));
      }),
      { numRuns: RUNS },
    );
  });

  it('changes the inputs hash when any input changes', () => {
    const mutations: ((i: DrawInputs) => DrawInputs | null)[] = [
      (i) => (i.applications[0] ? { ...i, applications: [{ ...i.applications[0], institutionId: `${i.applications[0].institutionId}x` }, ...i.applications.slice(1)] } : null),
      (i) => (i.applications[0] ? { ...i, applications: [{ ...i.applications[0], cityCode: i.applications[0].cityCode === '440100' ? '440300' : '440100' }, ...i.applications.slice(1)] } : null),
      (i) => (i.applications[0] ? { ...i, applications: [{ ...i.applications[0], categoryId: `${i.applications[0].categoryId}0` }, ...i.applications.slice(1)] } : null),
      (i) => (i.applications[0] ? { ...i, applications: [{ ...i.applications[0], schoolSiteId: i.applications[0].schoolSiteId ? null : 'site-0' }, ...i.applications.slice(1)] } : null),
      (i) => (i.applications.length ? { ...i, applications: i.applications.slice(1) } : null),
      (i) => ({ ...i, applications: [...i.applications, { id: 'app-new', institutionId: 'i1', categoryId: CATEGORIES[0]!, cityCode: '440100', schoolSiteId: null }] }),
      (i) => (i.sessions[0] ? { ...i, sessions: [{ ...i.sessions[0], capacity: i.sessions[0].capacity + 1 }, ...i.sessions.slice(1)] } : null),
      (i) => (i.sessions[0] ? { ...i, sessions: i.sessions.slice(1) } : null),
      (i) => ({ ...i, sites: [{ ...i.sites[0]!, cityCode: i.sites[0]!.cityCode === '440100' ? '440300' : '440100' }, ...i.sites.slice(1)] }),
      (i) => ({ ...i, sites: [{ ...i.sites[0]!, relatedInstitutionIds: i.sites[0]!.relatedInstitutionIds.length ? i.sites[0]!.relatedInstitutionIds.slice(1) : ['i9'] }, ...i.sites.slice(1)] }),
      (i) => ({ ...i, frozenAt: '2026-11-24T00:00:00.000Z' }),
    ];
    fc.assert(
      fc.property(inputsArb, fc.nat({ max: mutations.length - 1 }), (inputs, m) => {
        const changed = mutations[m]!(inputs);
        fc.pre(changed !== null);
        expect(inputsHash(changed!)).not.toBe(inputsHash(inputs));
      }),
      { numRuns: RUNS },
    );
  });

  it('records the single-site exception when the only site for the subject in the city is related (N2.3)', () => {
    const inputs: DrawInputs = {
      algorithm: DRAW_ALGORITHM,
      drawId: 'd',
      cityCode: '440100',
      frozenAt: '2026-11-23T00:00:00.000Z',
      sites: [{ id: 's1', cityCode: '440100', relatedInstitutionIds: ['i1'] }],
      sessions: [{ id: 'x1', siteId: 's1', categoryId: CATEGORIES[0]!, capacity: 2 }],
      applications: [{ id: 'a1', institutionId: 'i1', categoryId: CATEGORIES[0]!, cityCode: '440100', schoolSiteId: null }],
    };
    expect(assignDraw(inputs, '00'.repeat(32)).assignments[0]).toMatchObject({ siteId: 's1', exception: 'single_site' });
    const twoSites = { ...inputs, sites: [...inputs.sites, { id: 's2', cityCode: '440100', relatedInstitutionIds: ['i1'] }], sessions: [...inputs.sessions, { id: 'x2', siteId: 's2', categoryId: CATEGORIES[0]!, capacity: 2 }] };
    expect(assignDraw(twoSites, '00'.repeat(32)).assignments[0]).toMatchObject({ siteId: null, unassigned: 'no_eligible_session' });
  });
});

describe('the seed and the published bundle (DESIGN §7.2, §7.4)', () => {
  const bundleOf = (inputs: DrawInputs, secrets: [string, string]): DrawBundle => {
    const hash = inputsHash(inputs);
    const seedSource: SeedSource = {
      kind: 'commit_reveal',
      reveals: [
        { party: 'exam_institution', commitment: commitmentOf(secrets[0]), secret: secrets[0] },
        { party: 'regulator', commitment: commitmentOf(secrets[1]), secret: secrets[1] },
      ],
    };
    const seed = seedOf(hash, seedSource);
    const result = assignDraw(inputs, seed);
    return { algorithm: DRAW_ALGORITHM, inputs, inputsHash: hash, seedSource, seed, assignments: result.assignments, resultHash: result.resultHash };
  };

  it('verifies an honest bundle and rejects any tampering with inputs, reveals or assignments', () => {
    fc.assert(
      fc.property(inputsArb, hex64, hex64, (inputs, s1, s2) => {
        const bundle = bundleOf(inputs, [s1, s2]);
        expect(verifyDrawBundle(JSON.parse(JSON.stringify(bundle))).ok).toBe(true);
        const otherInputs = { ...bundle, inputs: { ...inputs, frozenAt: '2030-01-01T00:00:00.000Z' } };
        expect(verifyDrawBundle(otherInputs)).toMatchObject({ ok: false, inputsHashMatches: false });
        const forged = { ...bundle, seedSource: { kind: 'commit_reveal' as const, reveals: [{ party: 'exam_institution' as const, commitment: commitmentOf(s1), secret: s2 }, ...(bundle.seedSource.kind === 'commit_reveal' ? bundle.seedSource.reveals.slice(1) : [])] } };
        expect(verifyDrawBundle(forged).ok).toBe(false);
        const withSeat = bundle.assignments.findIndex((a) => a.sessionId);
        fc.pre(withSeat >= 0);
        const moved = bundle.assignments.map((a, i) => (i === withSeat ? { ...a, sessionId: null, siteId: null, unassigned: 'no_capacity' as const } : a));
        expect(verifyDrawBundle({ ...bundle, assignments: moved })).toMatchObject({ ok: false, resultMatches: false, mismatchedApplications: [bundle.assignments[withSeat]!.applicationId] });
      }),
      { numRuns: 100 },
    );
  });

  it('needs reveals from two parties: one party alone cannot fix the seed', () => {
    const secret = 'ab'.repeat(32);
    const inputs = { algorithm: DRAW_ALGORITHM, drawId: 'd', cityCode: '440100', frozenAt: 'x', sites: [], sessions: [], applications: [] };
    const bundle = bundleOf(inputs, [secret, secret]);
    const single = { kind: 'commit_reveal' as const, reveals: [{ party: 'exam_institution' as const, commitment: commitmentOf(secret), secret }] };
    expect(verifyDrawBundle({ ...bundle, seedSource: single, seed: seedOf(bundle.inputsHash, single) })).toMatchObject({ ok: false, problems: ['too_few_parties'] });
  });
});
