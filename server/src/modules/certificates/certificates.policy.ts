import type { Actor } from '../../platform/http/access.js';
import { institutionOf } from '../institutions/index.js';
import { SECONDS_PER_STUDY_HOUR, studyHours } from '../learning/index.js';
import { regulatorPrefixes } from '../regions/index.js';
import type { TestResult } from './certificates.content.js';

export interface RequiredHours {
  theoryHours: number;
  practicalHours: number;
  maxOnlineHours: number;
}

/**
 * M25: a class is complete when the ledger reaches the class's required hours
 * and every required test is passed. M19: online seconds count only up to the
 * class's online cap; 学时 are whole 45-minute hours. The ledger does not yet
 * tell offline theory from practical hours, so offline seconds count toward
 * the total (theory + practical) the class requires.
 */
export function completionOf(required: RequiredHours, seconds: { online: number; offline: number }, tests: TestResult[], outstandingTests = 0) {
  const countedOnlineSeconds = Math.min(Math.max(0, seconds.online), required.maxOnlineHours * SECONDS_PER_STUDY_HOUR);
  const totalStudyHours = studyHours(countedOnlineSeconds + Math.max(0, seconds.offline));
  const requiredStudyHours = required.theoryHours + required.practicalHours;
  const hoursReached = totalStudyHours >= requiredStudyHours;
  // A class without tests requires none; a test not yet taken is not passed.
  const testsPassed = outstandingTests === 0 && tests.every((t) => t.passed);
  return { countedOnlineSeconds, totalStudyHours, requiredStudyHours, hoursReached, testsPassed, complete: hoursReached && testsPassed };
}

export type CertificateStatus = 'valid' | 'superseded' | 'revoked';

/** A revocation outranks a newer version: a revoked certificate never reads as merely superseded. */
export function statusOf(c: { revoked: boolean; supersededBy: string | null }): CertificateStatus {
  if (c.revoked) return 'revoked';
  return c.supersededBy ? 'superseded' : 'valid';
}

/**
 * Certificate numbers: XK-<year>-<city>-<serial>-<version>, e.g. XK-2026-4401-000123-1.
 * The serial is the series (one learner's class); a reissue keeps it and counts the version up,
 * so an old printout is found and shown as superseded.
 */
export function certificateNumber(year: number, cityCode: string, serial: number, version: number): string {
  return `XK-${year}-${cityCode.slice(0, 4)}-${String(serial).padStart(6, '0')}-${version}`;
}

/** A reissue keeps the series' number (its year and city too) and counts the version up. */
export function nextVersionNumber(number: string, version: number): string {
  return number.replace(/-\d+$/, `-${version}`);
}

export const NUMBER_PATTERN = '^XK-[0-9]{4}-[0-9]{4}-[0-9]{6,}-[0-9]+$';

/**
 * A class's certificates are its institution's and its supervising bureau's to see (M25, M29): the
 * province sees all, a city every class supervised in the city, a county only those of its county.
 */
export function maySeeClass(actor: Actor, c: { institutionId: string; supervisingRegion: string }): boolean {
  return institutionOf(actor) === c.institutionId || regulatorPrefixes(actor).some((p) => c.supervisingRegion.startsWith(p));
}

/** Who sees a certificate other than the public verification: the learner, and those who see its class. */
export function maySee(actor: Actor, c: { learnerId: string; institutionId: string; supervisingRegion: string }): boolean {
  return actor.accountId === c.learnerId || maySeeClass(actor, c);
}

/** Revocation (M30, N3.5: false certificates): the issuing institution, or a regulator supervising the class. */
export const mayRevoke = maySeeClass;
