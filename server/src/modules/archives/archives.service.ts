import { PassThrough, Readable, type Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { BlobStore } from '../../platform/blob/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Signer } from '../../platform/crypto/signing.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import { decodeCursor, encodeCursor, pageOf } from '../../platform/http/cursor.js';
import { auditActorOf } from '../identity/index.js';
import type { AuditActor, AuditService } from '../audit/index.js';
import type { CertificatesService } from '../certificates/index.js';
import { BundleWriter, openBundle } from './archives.bundle.js';
import { ArchiveErrors } from './archives.errors.js';
import { checkVisible, examInstitutionOf, lensSees, staffLens, type Lens } from './archives.policy.js';
import * as repo from './archives.repository.js';

/** The exams module's answer to "has this learner applied to this exam institution" (M26); none until it is wired. */
export type CandidateCheck = (q: { learnerId: string; examInstitutionId: string }) => Promise<boolean>;

export type ExportScope = { kind: 'institution'; id: string } | { kind: 'learner'; id: string } | { kind: 'all' };

const ALL: Lens = { kind: 'all' };
const SESSIONS_PER_EXPORT_PAGE = 500;

/**
 * The learner's electronic archive (M26): a read model over identity, classes,
 * lessons, hours, face checks, tests and certificates, recorded as it happens.
 * Every view by someone other than the learner is audited (M28); export is only
 * the hand-over to institutions and to another platform instance.
 */
export function createArchivesService(deps: { db: Db; clock: Clock; audit: AuditService; blobs: BlobStore; signer: Signer; certificates: CertificatesService; isCandidateOf?: CandidateCheck }) {
  const { db, clock, audit } = deps;
  const isCandidateOf: CandidateCheck = deps.isCandidateOf ?? (async () => false);

  /** The caller's lens on this learner's archive; 404 when they have none (no existence leak). */
  async function lensFor(actor: Actor, learnerId: string): Promise<Lens> {
    if (actor.accountId === learnerId) return ALL;
    const examInstitutionId = examInstitutionOf(actor);
    if (examInstitutionId && (await isCandidateOf({ learnerId, examInstitutionId }))) return ALL;
    const lens = staffLens(actor);
    if (lens && (await repo.enrolmentsOf(db, learnerId)).some((e) => lensSees(lens, e))) return lens;
    throw ArchiveErrors.ARCHIVE_NOT_FOUND();
  }

  /** M28: a view by anyone but the learner leaves an audit entry, in its own transaction before the data is returned. */
  async function open(actor: Actor, learnerId: string, part: string, requestId: string | null): Promise<Lens> {
    const lens = await lensFor(actor, learnerId);
    if (actor.accountId !== learnerId) {
      await db.transaction().execute((tx) => audit.record(tx, auditActorOf(actor, requestId), { action: 'archive.viewed', targetType: 'learner', targetId: learnerId, change: { part, lens: lens.kind } }));
    }
    return lens;
  }

  async function summaryOf(learnerId: string, lens: Lens) {
    const learner = await repo.learnerOf(db, learnerId);
    if (!learner) throw ArchiveErrors.ARCHIVE_NOT_FOUND();
    const enrolments = (await repo.enrolmentsOf(db, learnerId)).filter((e) => lensSees(lens, e));
    const classes = [];
    for (const e of enrolments) {
      classes.push({
        classId: e.class_id,
        name: e.name,
        institutionName: e.institution_name,
        categoryName: e.category_name ?? '',
        trainingType: e.training_type,
        startsOn: e.starts_on,
        endsOn: e.ends_on,
        enrolmentStatus: e.status,
        joinedVia: e.joined_via,
        joinedAt: e.joined_at.toISOString(),
        standing: await deps.certificates.standing(learnerId, e.class_id),
      });
    }
    const classIds = new Set(enrolments.map((e) => e.class_id));
    const certificates = (await deps.certificates.ofLearner(learnerId)).filter((c) => classIds.has(c.class_id));
    const windows = await repo.sessionWindows(db, learnerId, lens);
    const now = clock.now();
    const faceChecks = (await repo.faceChecksOf(db, learnerId)).filter((c) => lens.kind === 'all' || checkVisible(c, windows, now));
    return {
      learner: {
        id: learner.account_id,
        name: learner.name,
        idNumberMasked: learner.id_number_masked,
        gender: learner.gender,
        birthDate: learner.birth_date,
        employerName: learner.employer_name,
        employerCreditCode: learner.employer_credit_code,
        jobCategory: learner.job_category,
        registeredAt: learner.created_at.toISOString(),
      },
      classes,
      certificates: certificates.map((c) => ({ ...deps.certificates.summary(c), contentHash: c.content_hash })),
      faceChecks: faceChecks.map((c) => ({ id: c.id, purpose: c.purpose, decision: c.decision, score: c.score, faceCount: c.face_count, at: c.created_at.toISOString(), hasFrame: c.photo_blob_key !== null })),
      sessionCount: windows.length,
    };
  }

  async function sessionsOf(learnerId: string, lens: Lens, page: { cursor?: string | undefined; limit: number }) {
    const rows = await repo.sessionsPage(db, learnerId, lens, { before: page.cursor ? decodeCursor(page.cursor) : undefined, limit: page.limit + 1 });
    return pageOf(
      rows,
      page.limit,
      (last) => encodeCursor(last.started_at, last.id),
      (s) => ({
        id: s.id,
        classId: s.class_id,
        className: s.class_name,
        courseTitle: s.course_title ?? '',
        lessonTitle: s.lesson_title ?? '',
        deviceId: s.device_id,
        status: s.status,
        endReason: s.end_reason,
        startedAt: s.started_at.toISOString(),
        endedAt: s.ended_at?.toISOString() ?? null,
        durationSeconds: s.ended_at ? Math.round((s.ended_at.getTime() - s.started_at.getTime()) / 1000) : null,
        creditedSeconds: s.credited_seconds,
      }),
    );
  }

  async function view(actor: Actor, learnerId: string, requestId: string | null) {
    return summaryOf(learnerId, await open(actor, learnerId, 'summary', requestId));
  }

  async function sessions(actor: Actor, learnerId: string, page: { cursor?: string | undefined; limit: number }, requestId: string | null) {
    return sessionsOf(learnerId, await open(actor, learnerId, 'sessions', requestId), page);
  }

  /** The frame kept as evidence of one face check (M24, M26), if the caller's lens sees that check. */
  async function frame(actor: Actor, learnerId: string, checkId: number, requestId: string | null) {
    const lens = await open(actor, learnerId, `frame:${checkId}`, requestId);
    const windows = await repo.sessionWindows(db, learnerId, lens);
    const check = (await repo.faceChecksOf(db, learnerId)).find((c) => c.id === checkId);
    if (!check?.photo_blob_key || !(lens.kind === 'all' || checkVisible(check, windows, clock.now()))) throw ArchiveErrors.ARCHIVE_FRAME_NOT_FOUND();
    const bytes = await buffer(deps.blobs.open(check.photo_blob_key));
    return { bytes, contentType: sniffImage(bytes).contentType };
  }

  /** Institutions: their learners; regulators: learners of classes in their region. Listing names is not opening an archive. */
  async function list(actor: Actor, f: { name?: string | undefined; cursor?: string | undefined; limit: number }) {
    const lens = staffLens(actor);
    if (!lens) return { items: [], nextCursor: null };
    const rows = await repo.learnersSeen(db, lens, { name: f.name?.trim() || undefined, before: f.cursor ? decodeCursor(f.cursor) : undefined, limit: f.limit + 1 });
    return pageOf(
      rows,
      f.limit,
      (last) => encodeCursor(last.created_at, last.account_id),
      (r) => ({ learnerId: r.account_id, name: r.name, idNumberMasked: r.id_number_masked, employerName: r.employer_name }),
    );
  }

  /** One learner's part of a bundle: the archive with every lesson, the certificates' PDFs, the evidence frames. */
  async function writeLearner(bundle: BundleWriter, learnerId: string, lens: Lens) {
    const summary = await summaryOf(learnerId, lens);
    const allSessions = [];
    let cursor: string | undefined;
    do {
      const page = await sessionsOf(learnerId, lens, { cursor, limit: SESSIONS_PER_EXPORT_PAGE });
      allSessions.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const dir = `learners/${learnerId}`;
    bundle.add(`${dir}/archive.json`, new TextEncoder().encode(`${JSON.stringify({ ...summary, sessions: allSessions }, null, 2)}\n`));
    const numbers = new Set(summary.certificates.map((c) => c.number));
    for (const row of await deps.certificates.ofLearner(learnerId)) {
      if (numbers.has(row.number)) bundle.add(`${dir}/certificates/${row.number}.pdf`, (await deps.certificates.pdfOf(row)).bytes);
    }
    const keys = new Map((await repo.faceChecksOf(db, learnerId)).map((c) => [c.id, c.photo_blob_key]));
    for (const check of summary.faceChecks) {
      const key = keys.get(check.id);
      if (!key) continue;
      const bytes = await buffer(deps.blobs.open(key));
      bundle.add(`${dir}/evidence/face-check-${check.id}.${sniffImage(bytes).extension}`, bytes);
    }
    await bundle.drained();
    return { id: learnerId, name: summary.learner.name, idNumberMasked: summary.learner.idNumberMasked, archive: `${dir}/archive.json` };
  }

  /** M26 hand-over, streamed to `out`: `xunkao export-archive` and the institution's console download (M15). */
  async function exportBundle(scope: ExportScope, by: AuditActor, out: Writable) {
    const lens: Lens = scope.kind === 'institution' ? { kind: 'institution', institutionId: scope.id } : ALL;
    const learnerIds = scope.kind === 'learner' ? [scope.id] : scope.kind === 'all' ? await repo.allLearnerIds(db) : (await repo.learnersSeen(db, lens, { limit: 1_000_000 })).map((r) => r.account_id);
    const bundle = new BundleWriter(out);
    const learners = [];
    for (const id of learnerIds) learners.push(await writeLearner(bundle, id, lens));
    const files = bundle.fileCount;
    // Audited before the manifest is written: a bundle without its audit entry is never complete.
    await db.transaction().execute((tx) => audit.record(tx, by, { action: 'archive.exported', targetType: scope.kind === 'learner' ? 'learner' : 'archive_scope', targetId: scope.kind === 'all' ? null : scope.id, change: { scope: scope.kind, learners: learners.length, files } }));
    bundle.finish({ createdAt: clock.now().toISOString(), scope: { kind: scope.kind, id: scope.kind === 'all' ? null : scope.id }, learners }, deps.signer);
    return { learners: learners.length, files };
  }

  /** The institution's console download of its learners' archives (M15, M26): the bundle streams as it is built. */
  function exportForInstitution(actor: Actor, requestId: string | null): Readable {
    const lens = staffLens(actor);
    if (lens?.kind !== 'institution') throw ArchiveErrors.ARCHIVE_NOT_FOUND();
    const out = new PassThrough();
    exportBundle({ kind: 'institution', id: lens.institutionId }, auditActorOf(actor, requestId), out).catch((error: unknown) => out.destroy(error as Error));
    return out;
  }

  /** The receiving side: verified against the sending platform's public key, then kept read-only as received. */
  async function importBundle(zip: Uint8Array, trustedPublicKeyPem: string, by: AuditActor) {
    const { manifest, bundleHash, files } = openBundle(zip, trustedPublicKeyPem);
    let imported = 0;
    for (const l of manifest.learners) {
      const archiveBytes = files.get(l.archive);
      if (!archiveBytes) throw ArchiveErrors.ARCHIVE_BUNDLE_INVALID({ path: l.archive });
      const archive = JSON.parse(new TextDecoder().decode(archiveBytes)) as unknown;
      const own = manifest.files.filter((f) => f.path.startsWith(`learners/${l.id}/`));
      const stored: { path: string; sha256: string; size: number; blobKey: string }[] = [];
      for (const f of own) stored.push({ ...f, blobKey: (await deps.blobs.put(Readable.from([Buffer.from(files.get(f.path)!)]))).key });
      const done = await db.transaction().execute(async (tx) => {
        const row = await repo.insertImported(tx, { bundleHash, sourceKeyId: manifest.source.keyId, sourceLearnerId: l.id, name: l.name, idNumberMasked: l.idNumberMasked, archive, at: clock.now() });
        if (!row) return false;
        for (const f of stored) await repo.insertImportedFile(tx, { archiveId: row.id, path: f.path, sha256: f.sha256, size: f.size, blobKey: f.blobKey });
        await audit.record(tx, by, { action: 'archive.imported', targetType: 'imported_archive', targetId: row.id, change: { bundleHash, sourceKeyId: manifest.source.keyId, sourceLearnerId: l.id, files: stored.length } });
        return true;
      });
      if (done) imported++;
    }
    return { bundleHash, learners: manifest.learners.length, imported, alreadyImported: manifest.learners.length - imported };
  }

  /** Archives received in a hand-over, with their files' bytes from the blob store. */
  async function imported() {
    const out = [];
    for (const a of await repo.importedArchives(db)) {
      const files = [];
      for (const f of await repo.importedFiles(db, a.id)) files.push({ path: f.path, sha256: f.sha256, bytes: await buffer(deps.blobs.open(f.blob_key)) });
      out.push({ id: a.id, sourceLearnerId: a.source_learner_id, name: a.name, archive: a.archive, files });
    }
    return out;
  }

  return { view, sessions, frame, list, exportBundle, exportForInstitution, importBundle, imported };
}

export type ArchivesService = ReturnType<typeof createArchivesService>;

function sniffImage(bytes: Buffer): { contentType: string; extension: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return { contentType: 'image/png', extension: 'png' };
  return { contentType: 'application/octet-stream', extension: 'bin' };
}
