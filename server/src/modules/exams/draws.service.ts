import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import { shanghaiDay } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { assignDraw, type DrawAssignment } from './draw/draw.assign.js';
import { DRAW_ALGORITHM, inputsHash, normaliseInputs, type DrawInputs } from './draw/draw.inputs.js';
import { MIN_SEED_PARTIES, revealMatches, seedOf, type DrawParty, type SeedSource } from './draw/draw.seed.js';
import { verifyDrawBundle, type DrawBundle } from './draw/draw.verify.js';
import * as repo from './draws.repository.js';
import type { ExamsDeps } from './exams.deps.js';
import { ExamErrors } from './exams.errors.js';
import { administersCity, examViewerOf, supervisesCity, viewerSeesCity } from './exams.policy.js';
import * as sitesRepo from './sites.repository.js';

type DrawRow = NonNullable<Awaited<ReturnType<typeof repo.findDraw>>>;
type Stage = DrawRow['status'];

/** Beijing midnight of a calendar day. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * The cross-exam draw ceremony (N2.3, DESIGN §7): open → frozen (inputs hash
 * published) → commitments by the exam institution and the supervising
 * regulator → reveals → drawn (seed and assignment) → published.
 */
export function createDrawsService(deps: ExamsDeps) {
  const { db, clock, audit } = deps;

  async function visibleDraw(actor: Actor, id: string) {
    const draw = await repo.findDraw(db, id);
    if (!draw || !viewerSeesCity(examViewerOf(actor), draw.city_code)) throw ExamErrors.EXAM_DRAW_NOT_FOUND();
    return draw;
  }

  async function administeredDraw(actor: Actor, id: string) {
    const draw = await visibleDraw(actor, id);
    if (!administersCity(actor, draw.city_code)) throw CommonErrors.FORBIDDEN();
    return draw;
  }

  /** Runs one stage under a row lock, so two clicks cannot both move the draw on. */
  async function atStage<T>(id: string, stage: Stage, step: (draw: DrawRow, tx: Transaction<Database>) => Promise<T>) {
    return db.transaction().execute(async (tx) => {
      const draw = await repo.lockDraw(tx, id);
      if (!draw) throw ExamErrors.EXAM_DRAW_NOT_FOUND();
      if (draw.status !== stage) throw ExamErrors.EXAM_DRAW_WRONG_STAGE({ status: draw.status, expected: stage });
      return step(draw, tx);
    });
  }

  async function create(actor: Actor, input: { cityCode: string; title: string; sessionsFrom: string; sessionsTo: string; beaconSource?: string | null }, requestId: string | null) {
    if (!administersCity(actor, input.cityCode)) throw CommonErrors.FORBIDDEN();
    if (input.sessionsTo < input.sessionsFrom) throw ExamErrors.EXAM_SESSION_INVALID();
    const examInstitution = await sitesRepo.examInstitutionOfCity(db, input.cityCode);
    if (!examInstitution) throw ExamErrors.EXAM_INSTITUTION_NOT_FOUND();
    if (!examInstitution.may_organise) throw ExamErrors.EXAM_INSTITUTION_MAY_NOT_ORGANISE();
    return db.transaction().execute(async (tx) => {
      const drawId = await repo.insertDraw(tx, { ...input, beaconSource: input.beaconSource?.trim() || null, examInstitutionId: examInstitution.id, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_draw.opened', targetType: 'exam_draw', targetId: drawId, change: input });
      return { drawId };
    });
  }

  /** DESIGN §7.1: close the window, freeze the inputs and publish their hash before any seed exists. */
  async function freeze(actor: Actor, id: string, requestId: string | null) {
    await administeredDraw(actor, id);
    return atStage(id, 'open', async (draw, tx) => {
      const now = clock.now();
      const to = new Date(dayStart(draw.sessions_to).getTime() + 86_400_000);
      const [applications, sessions] = await Promise.all([
        repo.openApplicationsOfCity(tx, draw.city_code),
        repo.drawableSessions(tx, { cityCode: draw.city_code, from: dayStart(draw.sessions_from), to, day: shanghaiDay(now) }),
      ]);
      const siteIds = [...new Set(sessions.map((s) => s.site_id))];
      const relations = await repo.siteRelations(tx, siteIds);
      const inputs: DrawInputs = normaliseInputs({
        algorithm: DRAW_ALGORITHM,
        drawId: id,
        cityCode: draw.city_code,
        frozenAt: now.toISOString(),
        applications: applications.map((a) => ({ id: a.id, institutionId: a.institution_id, categoryId: a.category_id, cityCode: a.city_code, schoolSiteId: a.school_site_id })),
        sites: siteIds.map((siteId) => ({
          id: siteId,
          cityCode: sessions.find((s) => s.site_id === siteId)!.city_code,
          relatedInstitutionIds: relations.filter((r) => r.site_id === siteId).map((r) => r.institution_id),
        })),
        sessions: sessions.map((s) => ({ id: s.id, siteId: s.site_id, categoryId: s.category_id, capacity: Math.max(0, Number(s.free)) })),
      });
      const hash = inputsHash(inputs);
      await repo.freeze(tx, id, inputs, hash, now);
      await repo.markInDraw(tx, id, inputs.applications.map((a) => a.id));
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_draw.frozen', targetType: 'exam_draw', targetId: id, change: { inputsHash: hash, candidates: inputs.applications.length, sessions: inputs.sessions.length } });
      return { inputsHash: hash };
    });
  }

  function partyOf(actor: Actor, cityCode: string): DrawParty {
    if (administersCity(actor, cityCode)) return 'exam_institution';
    if (supervisesCity(actor, cityCode)) return 'regulator';
    throw ExamErrors.EXAM_DRAW_PARTY_NOT_ALLOWED();
  }

  /** DESIGN §7.2: each party commits to sha256(secret) after the inputs hash is published. */
  async function commit(actor: Actor, id: string, commitment: string, requestId: string | null) {
    const visible = await visibleDraw(actor, id);
    const party = partyOf(actor, visible.city_code);
    await atStage(id, 'frozen', async (draw, tx) => {
      if (draw.beacon_source) throw ExamErrors.EXAM_DRAW_USES_BEACON();
      if (!(await repo.insertCommit(tx, { drawId: id, party, accountId: actor.accountId, commitment, at: clock.now() }))) throw ExamErrors.EXAM_DRAW_COMMIT_EXISTS();
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_draw.committed', targetType: 'exam_draw', targetId: id, change: { party, commitment } });
    });
    return { party };
  }

  /** Reveals open only when both parties have committed, so no one can choose a secret after seeing another's. */
  async function reveal(actor: Actor, id: string, secret: string, requestId: string | null) {
    const visible = await visibleDraw(actor, id);
    const party = partyOf(actor, visible.city_code);
    await atStage(id, 'frozen', async (_draw, tx) => {
      const commits = await repo.commitsOf(tx, id);
      if (new Set(commits.map((c) => c.party)).size < MIN_SEED_PARTIES) throw ExamErrors.EXAM_DRAW_SEED_INCOMPLETE();
      const own = commits.find((c) => c.party === party);
      if (!own || own.secret) throw ExamErrors.EXAM_DRAW_WRONG_STAGE();
      if (!revealMatches(own.commitment, secret)) throw ExamErrors.EXAM_DRAW_REVEAL_MISMATCH();
      await repo.reveal(tx, id, party, secret, clock.now());
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_draw.revealed', targetType: 'exam_draw', targetId: id, change: { party, secret } });
    });
    return { party };
  }

  /**
   * DESIGN §7.2: the value of the public beacon declared when the draw was
   * opened (before the inputs existed), once it is known.
   */
  async function recordBeacon(actor: Actor, id: string, value: string, requestId: string | null) {
    await administeredDraw(actor, id);
    await atStage(id, 'frozen', async (draw, tx) => {
      if (!draw.beacon_source) throw ExamErrors.EXAM_DRAW_NO_BEACON();
      if (draw.seed_source) throw ExamErrors.EXAM_DRAW_WRONG_STAGE({ status: draw.status });
      const seedSource: SeedSource = { kind: 'beacon', source: draw.beacon_source, value: value.trim() };
      await repo.saveBeacon(tx, id, seedSource);
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_draw.beacon_recorded', targetType: 'exam_draw', targetId: id, change: seedSource });
    });
  }

  /** The seed's source: the declared beacon's value, or the reveals of both parties. */
  async function seedSourceOf(draw: DrawRow, tx: Transaction<Database>): Promise<SeedSource> {
    if (draw.beacon_source) {
      if (!draw.seed_source) throw ExamErrors.EXAM_DRAW_SEED_INCOMPLETE();
      return draw.seed_source as SeedSource;
    }
    const commits = await repo.commitsOf(tx, draw.id);
    if (new Set(commits.map((c) => c.party)).size < MIN_SEED_PARTIES || commits.some((c) => !c.secret)) throw ExamErrors.EXAM_DRAW_SEED_INCOMPLETE();
    return { kind: 'commit_reveal', reveals: commits.map((c) => ({ party: c.party, commitment: c.commitment, secret: c.secret! })) };
  }

  /** DESIGN §7.3: the seed from its source, then the deterministic assignment. */
  async function run(actor: Actor, id: string, requestId: string | null) {
    await administeredDraw(actor, id);
    return atStage(id, 'frozen', async (draw, tx) => {
      const seedSource = await seedSourceOf(draw, tx);
      const seed = seedOf(draw.inputs_hash!, seedSource);
      const result = assignDraw(draw.inputs as DrawInputs, seed);
      await repo.saveResult(tx, id, { seedSource, seed, assignments: result.assignments, resultHash: result.resultHash, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_draw.drawn', targetType: 'exam_draw', targetId: id, change: { seed, resultHash: result.resultHash } });
      return { seed, resultHash: result.resultHash };
    });
  }

  /** DESIGN §7.4: candidates and institutions see their assignment only from now on. */
  async function publish(actor: Actor, id: string, requestId: string | null) {
    await administeredDraw(actor, id);
    await atStage(id, 'drawn', async (draw, tx) => {
      await repo.publish(tx, id, draw.assignments as DrawAssignment[], clock.now());
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exam_draw.published', targetType: 'exam_draw', targetId: id, change: { inputsHash: draw.inputs_hash, seed: draw.seed, resultHash: draw.result_hash } });
    });
  }

  async function list(actor: Actor, page: { limit: number; offset: number }) {
    const result = await repo.listDraws(db, { cityPrefixes: examViewerOf(actor).cityPrefixes, publishedOnly: false, limit: page.limit, offset: page.offset });
    return { total: result.total, items: result.items.map(summary) };
  }

  async function get(actor: Actor, id: string) {
    const draw = await visibleDraw(actor, id);
    const commits = await repo.commitsOf(db, id);
    const assignments = (draw.assignments as DrawAssignment[] | null) ?? [];
    return {
      ...summary({ ...draw, candidates: (draw.inputs as DrawInputs | null)?.applications.length ?? 0 }),
      sessions: (draw.inputs as DrawInputs | null)?.sessions.length ?? 0,
      commits: commits.map((c) => ({ party: c.party, commitment: c.commitment, committedAt: c.committed_at.toISOString(), secret: c.secret, revealedAt: c.revealed_at?.toISOString() ?? null })),
      beacon: draw.beacon_source ? { source: draw.beacon_source, value: (draw.seed_source as { value?: string } | null)?.value ?? null } : null,
      myParty: administersCity(actor, draw.city_code) ? ('exam_institution' as const) : supervisesCity(actor, draw.city_code) ? ('regulator' as const) : null,
      outcome: draw.assignments
        ? { assigned: assignments.filter((a) => a.sessionId).length, unassigned: assignments.filter((a) => !a.sessionId).length, exceptions: assignments.filter((a) => a.exception).length, crossCity: assignments.filter((a) => a.crossCity).length }
        : null,
    };
  }

  async function listPublished(page: { limit: number; offset: number }) {
    const result = await repo.listDraws(db, { cityPrefixes: [], publishedOnly: true, limit: page.limit, offset: page.offset });
    return { total: result.total, items: result.items.map(summary) };
  }

  /** Everything needed to recompute a published draw; ids only, no personal data (M28). */
  async function bundle(id: string): Promise<DrawBundle> {
    const draw = await repo.findDraw(db, id);
    if (!draw || draw.status !== 'published') throw ExamErrors.EXAM_DRAW_NOT_FOUND();
    return {
      algorithm: DRAW_ALGORITHM,
      inputs: draw.inputs as DrawInputs,
      inputsHash: draw.inputs_hash!,
      seedSource: draw.seed_source as SeedSource,
      seed: draw.seed!,
      assignments: draw.assignments as DrawAssignment[],
      resultHash: draw.result_hash!,
    };
  }

  return { create, freeze, commit, reveal, recordBeacon, run, publish, list, get, listPublished, bundle, verify: verifyDrawBundle };
}

export type DrawsService = ReturnType<typeof createDrawsService>;

function summary(d: Pick<DrawRow, 'id' | 'city_code' | 'title' | 'sessions_from' | 'sessions_to' | 'status' | 'inputs_hash' | 'seed' | 'result_hash' | 'created_at' | 'frozen_at' | 'drawn_at' | 'published_at'> & { candidates: number | string | null }) {
  const published = d.status === 'published';
  return {
    id: d.id,
    cityCode: d.city_code,
    title: d.title,
    sessionsFrom: d.sessions_from,
    sessionsTo: d.sessions_to,
    status: d.status,
    candidates: Number(d.candidates ?? 0),
    inputsHash: d.inputs_hash,
    seed: d.seed,
    resultHash: d.result_hash,
    createdAt: d.created_at.toISOString(),
    frozenAt: d.frozen_at?.toISOString() ?? null,
    drawnAt: d.drawn_at?.toISOString() ?? null,
    publishedAt: published ? d.published_at!.toISOString() : null,
  };
}
