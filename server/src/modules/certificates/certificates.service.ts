import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Signer } from '../../platform/crypto/signing.js';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { shanghaiDay, type AuditActor, type AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { institutionOf } from '../institutions/index.js';
import { composeContent, completionFrom, courseLines, type Facts } from './certificates.compose.js';
import type { TestResult } from './certificates.content.js';
import { CertificateErrors } from './certificates.errors.js';
import { createRenderPool } from './certificates.render-pool.js';
import { certificateNumber, mayRevoke, maySee, maySeeClass, nextVersionNumber, statusOf } from './certificates.policy.js';
import * as repo from './certificates.repository.js';
import { checkContent, compactPayload, readPayload, sealContent } from './certificates.seal.js';

type Tx = Transaction<Database>;

/** A learner's tests in a class (the assessments module answers; until then, none are required). */
/** The class's tests as the learner stands: results that count, and how many tests have none yet (M25). */
export interface ClassTests {
  results: TestResult[];
  outstanding: number;
}
export type TestResultsProvider = (q: { learnerId: string; classId: string }) => Promise<ClassTests>;

const ISSUER: AuditActor = { accountId: null, role: 'system', scope: 'certificates', requestId: null };

/**
 * Hour certificates (M25, DESIGN §6): issued the moment the ledger completes a
 * class, immutable, reissued as a new version, revoked by a new record, and
 * verifiable by anyone with the number, the QR payload or the PDF.
 */
export function createCertificatesService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  signer: Signer;
  publicUrl: string;
  testResults?: TestResultsProvider;
  /** M30: enforcement's answer to "is this institution suspended?" (issue 8 part C). */
  suspended?: (institutionId: string) => Promise<boolean>;
  /** After the first certificate of a class is issued: the enrolment is completed (结业). */
  onIssued?: (q: { learnerId: string; classId: string }) => Promise<void>;
}) {
  const { db, clock, audit, signer } = deps;
  const testResults: TestResultsProvider = deps.testResults ?? (async () => ({ results: [], outstanding: 0 }));
  const renderer = createRenderPool();

  /** `tests` are read by the caller before any transaction: the provider has its own connection (one only, on PGlite). */
  async function factsOf(q: Db | Tx, learnerId: string, classId: string, tests: ClassTests): Promise<Facts | null> {
    const [cls, learner] = await Promise.all([repo.classForCertificate(q, classId), repo.learnerForCertificate(q, learnerId)]);
    if (!cls || !learner) return null;
    const [ledger, courses] = await Promise.all([repo.ledgerOf(q, learnerId, classId), repo.classCourses(q, classId)]);
    return { cls, learner, ledger, courses, tests: tests.results, testsOutstanding: tests.outstanding };
  }

  async function writeVersion(tx: Tx, facts: Facts, learnerId: string, v: { serial: number; version: number; supersedes: { id: string; number: string } | null; reason: string; by: AuditActor }) {
    const at = clock.now();
    const number = v.supersedes ? nextVersionNumber(v.supersedes.number, v.version) : certificateNumber(Number(shanghaiDay(at).slice(0, 4)), facts.cls.city_code, v.serial, v.version);
    const content = composeContent(facts, { number, version: v.version, supersedes: v.supersedes?.number ?? null, issuedAt: at, keyId: signer.keyId });
    const sealed = sealContent(content, signer);
    const row = await repo.insertCertificate(tx, {
      number,
      serial: v.serial,
      version: v.version,
      learnerId,
      classId: facts.cls.id,
      institutionId: facts.cls.institution_id,
      cityCode: facts.cls.city_code,
      supersedesId: v.supersedes?.id ?? null,
      content,
      ...sealed,
      keyId: signer.keyId,
      reason: v.reason,
      issuedBy: v.by.accountId,
      at,
    });
    if (!row) return null;
    await audit.record(tx, v.by, { action: v.version === 1 ? 'certificate.issued' : 'certificate.reissued', targetType: 'certificate', targetId: number, change: { contentHash: sealed.contentHash, supersedes: v.supersedes?.number ?? null, reason: v.reason } });
    return { number };
  }

  /** M25 in real time: after each confirmed credit. Idempotent: the first version exists once per learner and class. */
  async function issueIfComplete(q: { learnerId: string; classId: string }) {
    if (await repo.firstVersionExists(db, q.learnerId, q.classId)) return null;
    const facts = await factsOf(db, q.learnerId, q.classId, await testResults(q));
    if (!facts || !completionFrom(facts).complete) return null;
    // M30: none while the institution is suspended; the catch-up job issues it once the suspension is lifted.
    if (await deps.suspended?.(facts.cls.institution_id)) throw CertificateErrors.CERTIFICATE_INSTITUTION_SUSPENDED();
    const issued = await db.transaction().execute(async (tx) => writeVersion(tx, facts, q.learnerId, { serial: await repo.nextSerial(tx), version: 1, supersedes: null, reason: '完成培训班要求的学时与考核', by: ISSUER }));
    if (issued) await deps.onIssued?.(q);
    return issued;
  }

  /** The catch-up job and `xunkao issue-certificates`: any completed class still without a certificate. */
  async function issueMissing() {
    const issued: string[] = [];
    for (const c of await repo.completionCandidates(db)) {
      const result = await issueIfComplete({ learnerId: c.learner_account_id, classId: c.class_id }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'CERTIFICATE_INSTITUTION_SUSPENDED') return null;
        throw error;
      });
      if (result) issued.push(result.number);
    }
    return issued;
  }

  async function visible(actor: Actor, number: string) {
    const row = await repo.findByNumber(db, number);
    if (!row || !maySee(actor, { learnerId: row.learner_account_id, institutionId: row.institution_id, supervisingRegion: row.supervising_region })) throw CertificateErrors.CERTIFICATE_NOT_FOUND();
    return row;
  }

  function current(row: repo.CertificateRow) {
    if (row.superseded_by || row.revoked_at) throw CertificateErrors.CERTIFICATE_NOT_CURRENT({ supersededBy: row.superseded_by });
  }

  const requireReason = (reason: string) => {
    const r = reason.trim();
    if (!r) throw CertificateErrors.CERTIFICATE_REASON_REQUIRED();
    return r;
  };

  /** After an audited hours correction or an identity fix: a new version from today's ledger; the old one reads as superseded. */
  async function reissue(actor: Actor, number: string, reason: string, requestId: string | null) {
    const why = requireReason(reason);
    const old = await visible(actor, number);
    if (institutionOf(actor) !== old.institution_id) throw CertificateErrors.CERTIFICATE_NOT_FOUND();
    const tests = await testResults({ learnerId: old.learner_account_id, classId: old.class_id });
    return db.transaction().execute(async (tx) => {
      await repo.lockForChange(tx, old.id);
      const fresh = await repo.findByNumber(tx, number);
      current(fresh!);
      const facts = await factsOf(tx, old.learner_account_id, old.class_id, tests);
      if (!facts || !completionFrom(facts).complete) throw CertificateErrors.CERTIFICATE_NOT_COMPLETE();
      return (await writeVersion(tx, facts, old.learner_account_id, { serial: old.serial, version: old.version + 1, supersedes: { id: old.id, number }, reason: why, by: auditActorOf(actor, requestId) }))!;
    });
  }

  /** A revocation is a record of its own, with reason and actor; the certificate itself is never changed. */
  async function revoke(actor: Actor, number: string, reason: string, requestId: string | null) {
    const why = requireReason(reason);
    const row = await visible(actor, number);
    if (!mayRevoke(actor, { institutionId: row.institution_id, supervisingRegion: row.supervising_region })) throw CertificateErrors.CERTIFICATE_NOT_FOUND();
    const by = auditActorOf(actor, requestId);
    await db.transaction().execute(async (tx) => {
      await repo.lockForChange(tx, row.id);
      current((await repo.findByNumber(tx, number))!);
      await repo.insertRevocation(tx, { certificateId: row.id, reason: why, by: actor.accountId, role: by.role, at: clock.now() });
      await audit.record(tx, by, { action: 'certificate.revoked', targetType: 'certificate', targetId: number, change: { reason: why } });
    });
    return { number, status: 'revoked' as const };
  }

  function payloadOf(row: repo.CertificateRow) {
    const k = row.content;
    return compactPayload({ n: row.number, h: row.content_hash, nm: k.learner.name, id: k.learner.idNumberMasked, hrs: k.hours.totalStudyHours, d: shanghaiDay(row.issued_at), k: row.key_id }, signer);
  }

  const verifyUrlOf = (number: string, payload: string) => `${deps.publicUrl.replace(/\/$/, '')}/verify/${encodeURIComponent(number)}?p=${payload}`;

  function summary(row: repo.CertificateRow) {
    return {
      number: row.number,
      version: row.version,
      status: statusOf({ revoked: Boolean(row.revoked_at), supersededBy: row.superseded_by }),
      className: row.content.class.name,
      learnerName: row.content.learner.name,
      idNumberMasked: row.content.learner.idNumberMasked,
      categoryName: row.content.training.categoryName,
      totalStudyHours: row.content.hours.totalStudyHours,
      issuedAt: row.issued_at.toISOString(),
    };
  }

  /** Anyone (public page, QR): the full content and its status; with a QR payload, whether it belongs to this certificate. */
  async function verify(number: string, payload?: string) {
    const row = await repo.findByNumber(db, number);
    if (!row) throw CertificateErrors.CERTIFICATE_NOT_FOUND();
    const seal = checkContent({ content: row.content, contentHash: row.content_hash, signature: row.signature }, signer.publicKeyPem);
    let payloadMatches: boolean | null = null;
    if (payload) {
      const read = readPayload(payload, signer.publicKeyPem);
      payloadMatches = read.ok && read.value.n === row.number && read.value.h === row.content_hash;
    }
    return {
      ...summary(row),
      signatureValid: seal.ok,
      payloadMatches,
      revocation: row.revoked_at ? { reason: row.revoked_reason!, at: row.revoked_at.toISOString() } : null,
      supersededBy: row.superseded_by,
      supersedes: row.supersedes_number,
      content: row.content,
      contentHash: row.content_hash,
      signature: row.signature,
      keyId: row.key_id,
    };
  }

  const publicKey = () => ({ algorithm: 'Ed25519' as const, keyId: signer.keyId, publicKeyPem: signer.publicKeyPem });

  async function pdfOf(row: repo.CertificateRow) {
    const payload = payloadOf(row);
    const bytes = await renderer.render({ content: row.content, contentHash: row.content_hash, signature: row.signature, payload, verifyUrl: verifyUrlOf(row.number, payload) });
    return { filename: `学时证明-${row.content.learner.name}-${row.number}.pdf`, bytes };
  }

  /** M25: downloadable and printable, generated on demand from the stored (signed) content. */
  async function pdf(actor: Actor, number: string) {
    return pdfOf(await visible(actor, number));
  }

  async function mine(actor: Actor) {
    return (await repo.ofLearner(db, actor.accountId)).map(summary);
  }

  /** Where a learner stands in a class (M26 archive): hours by course against the requirement, tests, completion. */
  async function standing(learnerId: string, classId: string) {
    const facts = await factsOf(db, learnerId, classId, await testResults({ learnerId, classId }));
    if (!facts) return null;
    const done = completionFrom(facts);
    return {
      onlineSeconds: done.online,
      offlineSeconds: done.offline,
      countedOnlineSeconds: done.countedOnlineSeconds,
      totalStudyHours: done.totalStudyHours,
      requiredStudyHours: done.requiredStudyHours,
      complete: done.complete,
      courses: courseLines(facts),
      tests: facts.tests,
    };
  }

  /** N2.6: a learner may sit the exam of a category with a valid (current, unrevoked) certificate of it. */
  async function examEligibility(learnerId: string, categoryId: string) {
    const rows = await repo.ofLearner(db, learnerId);
    const valid = rows.find((r) => r.content.training.categoryId === categoryId && statusOf({ revoked: Boolean(r.revoked_at), supersededBy: r.superseded_by }) === 'valid');
    return valid ? { eligible: true, certificateNumber: valid.number } : { eligible: false, reason: 'no_valid_certificate' };
  }

  /** For the learner archive and the hand-over bundle. */
  async function ofLearner(learnerId: string) {
    return repo.ofLearner(db, learnerId);
  }

  /** The class's certificates, every version, for its institution and the regulators supervising it (M29). */
  async function ofClass(actor: Actor, classId: string) {
    const cls = await repo.classForCertificate(db, classId);
    if (!cls || !maySeeClass(actor, { institutionId: cls.institution_id, supervisingRegion: cls.supervising_region })) throw CertificateErrors.CERTIFICATE_CLASS_NOT_FOUND();
    return { className: cls.name, items: (await repo.ofClass(db, classId)).map(summary) };
  }

  return { issueIfComplete, issueMissing, examEligibility, reissue, revoke, verify, publicKey, pdf, pdfOf, mine, ofLearner, ofClass, summary, standing, close: () => renderer.close() };
}

export type CertificatesService = ReturnType<typeof createCertificatesService>;
