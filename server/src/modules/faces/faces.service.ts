import { Readable } from 'node:stream';
import type { Clock } from '../../platform/clock.js';
import type { BlobStore } from '../../platform/blob/index.js';
import { seal, unseal } from '../../platform/crypto/sealing.js';
import type { Db } from '../../platform/db/database.js';
import type { FacePurpose } from '../../platform/db/schema.js';
import { FaceEngineError, faceThresholds, frameDifference, type FaceEngine, type FaceVerification } from '../../platform/face/index.js';
import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import { regulatorPrefixes } from '../regions/index.js';
import type { AuditService } from '../audit/index.js';
import type { ClassesService } from '../classes/index.js';
import type { ClientInfo, IdentityService } from '../identity/index.js';
import { institutionOf, type InstitutionsService } from '../institutions/index.js';
import type { LiveCapture } from './faces.capture.js';
import { FACE_DECISION_TEXT, FaceErrors, STILL_PICTURE_TEXT } from './faces.errors.js';
import * as repo from './faces.repository.js';

/** Enrolment takes this many live frames; their templates are averaged (steadier than one frame). */
export const ENROLMENT_FRAMES_MIN = 1;
export const ENROLMENT_FRAMES_MAX = 3;

export interface FaceCheckResult {
  decision: FaceVerification['decision'];
  passed: boolean;
  message: string;
  score: number;
}

/**
 * Face enrolment and checks (M24). Every attempt is evidence (face_checks,
 * with the frame kept), templates are sealed at rest, and a new enrolment is
 * compared with everyone else's: one face under two ID numbers is a signal.
 */
export function createFacesService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  blobs: BlobStore;
  identity: IdentityService;
  classes: ClassesService;
  institutions: InstitutionsService;
  engine: () => Promise<FaceEngine>;
  dataKey: Buffer;
  enqueue: (job: string, data: object) => Promise<void>;
}) {
  const { db, clock } = deps;

  async function withEngine<T>(fn: (engine: FaceEngine) => Promise<T>): Promise<T> {
    try {
      return await fn(await deps.engine());
    } catch (error) {
      if (error instanceof FaceEngineError) {
        if (error.code === 'IMAGE_UNREADABLE') throw FaceErrors.FACE_IMAGE_INVALID();
        throw FaceErrors.FACE_SERVICE_UNAVAILABLE({ reason: error.code });
      }
      throw error;
    }
  }

  const storeFrame = async (image: Buffer) => (await deps.blobs.put(Readable.from([image]))).key;

  async function recordCheck(accountId: string, purpose: FacePurpose, v: FaceVerification, engine: string, photoBlobKey: string | null) {
    await repo.insertCheck(db, { accountId, purpose, decision: v.decision, score: v.score, faceCount: v.faceCount, quality: v.quality, liveness: v.liveness, antispoof: v.antispoof, engine, photoBlobKey, at: clock.now() });
  }

  /** Live frames of exactly one usable face; the first frame is kept for the archive (M26). */
  async function enrol(actor: Actor, images: Buffer[], requestId: string | null) {
    if (images.length < ENROLMENT_FRAMES_MIN || images.length > ENROLMENT_FRAMES_MAX) throw CommonErrors.VALIDATION_FAILED({ field: 'images' });
    // Replacing a template is how someone studying in the learner's place would swap in their own face:
    // a re-enrolment must first match the face already on record (an institution can reset it otherwise).
    if (await repo.currentEnrolment(db, actor.accountId)) {
      const same = await check(actor.accountId, { image: images[0]! }, 'enrolment');
      if (!same.passed) throw FaceErrors.FACE_REENROL_DENIED({ decision: same.decision });
    }
    return withEngine(async (engine) => {
      const embeddings: number[][] = [];
      for (const image of images) {
        const analysis = await engine.analyze(image);
        const photo = await storeFrame(image);
        const verdict: FaceVerification = { decision: analysis.problem ?? 'MATCH', score: 0, faceCount: analysis.faceCount, quality: analysis.quality, liveness: analysis.liveness, antispoof: analysis.antispoof };
        await recordCheck(actor.accountId, 'enrolment', verdict, engine.name, photo);
        if (!analysis.embedding) throw FaceErrors.FACE_REJECTED({ decision: verdict.decision, reason: FACE_DECISION_TEXT[verdict.decision] });
        embeddings.push(analysis.embedding);
      }
      const template = meanTemplate(embeddings);
      const photoBlobKey = await storeFrame(images[0]!);
      await db.transaction().execute(async (tx) => {
        await repo.insertEnrolment(tx, { accountId: actor.accountId, templateEnc: seal(deps.dataKey, JSON.stringify(template)), engine: engine.name, photoBlobKey, at: clock.now() });
        await deps.audit.record(tx, { accountId: actor.accountId, role: 'learner', scope: null, requestId }, { action: 'face.enrolled', targetType: 'account', targetId: actor.accountId, change: { frames: images.length, engine: engine.name } });
      });
      await deps.enqueue('faces.find-duplicates', { accountId: actor.accountId });
      return { enrolled: true };
    });
  }

  async function templateOf(accountId: string): Promise<number[] | null> {
    const row = await repo.currentEnrolment(db, accountId);
    return row ? (JSON.parse(unseal(deps.dataKey, row.template_enc)) as number[]) : null;
  }

  /**
   * One check against the enrolled template, kept as evidence whatever the
   * outcome. With a second frame (every live check but a supervised classroom
   * sign-in), both must match and must differ as a camera's frames do: two
   * identical frames are one still picture (M24), a SPOOF.
   */
  async function check(accountId: string, capture: LiveCapture, purpose: FacePurpose): Promise<FaceCheckResult> {
    const template = await templateOf(accountId);
    if (!template) throw FaceErrors.FACE_NOT_ENROLLED();
    return withEngine(async (engine) => {
      let v = await engine.verify(capture.image, template);
      let still = false;
      if (v.decision === 'MATCH' && capture.nextFrame) {
        still = (await frameDifference(capture.image, capture.nextFrame)) < faceThresholds.STILL_FRAME_MAX_DIFFERENCE;
        if (still) v = { ...v, decision: 'SPOOF' };
        else {
          const next = await engine.verify(capture.nextFrame, template);
          if (next.decision !== 'MATCH') v = next;
        }
      }
      await recordCheck(accountId, purpose, v, engine.name, await storeFrame(capture.image));
      const message = still ? STILL_PICTURE_TEXT : (FACE_DECISION_TEXT[v.decision] ?? v.decision);
      return { decision: v.decision, passed: v.decision === 'MATCH', message, score: v.score };
    });
  }

  async function status(actor: Actor) {
    const row = await repo.currentEnrolment(db, actor.accountId);
    return { enrolled: Boolean(row), enrolledAt: row?.created_at.toISOString() ?? null };
  }

  /** Without a phone there is no SMS reset (M27): a fresh face match against the enrolled template instead. */
  async function resetPasswordByFace(idNumber: string, capture: LiveCapture, newPassword: string, client: ClientInfo) {
    const accountId = await deps.identity.findLearnerByIdNumber(idNumber);
    if (!accountId || !(await templateOf(accountId))) throw FaceErrors.FACE_RESET_FAILED();
    const result = await check(accountId, capture, 'password_reset');
    if (!result.passed) throw FaceErrors.FACE_RESET_FAILED({ reason: result.message });
    await deps.identity.resetPassword(accountId, newPassword, { accountId, role: 'learner', scope: 'face-verified', requestId: client.requestId });
  }

  /**
   * A 代学 ring shows as one face under several ID numbers (DESIGN §5.7). In-process
   * comparison over the sealed templates (decision 0008): no vector index on plain PostgreSQL.
   */
  async function findDuplicates(accountId: string) {
    const mine = await templateOf(accountId);
    if (!mine) return [];
    const engine = await deps.engine();
    const matches: { accountId: string; score: number }[] = [];
    for (const other of await repo.otherCurrentTemplates(db, accountId)) {
      const score = engine.compare(mine, JSON.parse(unseal(deps.dataKey, other.template_enc)) as number[]);
      if (score >= faceThresholds.MATCH_THRESHOLD) matches.push({ accountId: other.account_id, score });
    }
    for (const m of matches) {
      const places = await deps.classes.trainingPlacesOf([accountId, m.accountId]);
      const locations = await deps.institutions.locationsOf(places.institutionIds);
      await repo.insertSignal(db, {
        accountIds: [accountId, m.accountId],
        score: m.score,
        detail: { reason: '同一人脸登记在不同身份证号下（疑似代学）' },
        institutionIds: places.institutionIds,
        regionCodes: [...new Set([...places.cityCodes, ...locations])],
        at: clock.now(),
      });
    }
    return matches;
  }

  async function signals(actor: Actor) {
    const institutionId = institutionOf(actor);
    const rows = institutionId ? await repo.listSignals(db, { institutionId }) : await repo.listSignals(db, { prefixes: regulatorPrefixes(actor) });
    return rows.map((s) => ({ id: s.id, kind: 'shared_face' as const, accountIds: s.account_ids, score: s.score, detail: s.detail, createdAt: s.created_at.toISOString() }));
  }

  return { enrol, check, status, resetPasswordByFace, findDuplicates, signals };
}

export type FacesService = ReturnType<typeof createFacesService>;

/** The normalised mean of unit templates. */
function meanTemplate(embeddings: number[][]): number[] {
  const sum = embeddings[0]!.map((_, i) => embeddings.reduce((acc, e) => acc + e[i]!, 0));
  const norm = Math.hypot(...sum) || 1;
  return sum.map((v) => v / norm);
}
