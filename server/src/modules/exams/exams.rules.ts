/** Numeric exam rules with their sources (STYLE 3), pure so tests and the UI read the same values. */

/** N3.2: a site's exam business is suspended for 3 months or more and 6 months or less. */
export const SUSPENSION_MIN_MONTHS = 3;
export const SUSPENSION_MAX_MONTHS = 6;
/** N2.4: the exam room is ready at least one day before the exam. */
export const READINESS_LEAD_HOURS = 24;
/** N2.4: room cameras on 15 minutes before the exam, off at its end. */
export const CAMERA_ON_BEFORE_MINUTES = 15;
/** N2.4: exam logs are kept at least 3 years. */
export const LOG_RETENTION_YEARS = 3;
/** N2.5: warn this many days before a responsibility letter or confidentiality agreement expires. */
export const AGREEMENT_WARNING_DAYS = 30;
/** N2.2: the notice of 2023-08-10; sites hosted by training institutions before it are carried over. */
export const TRAINING_INSTITUTION_SITE_CUTOFF = '2023-08-10';

/** A calendar date plus whole months, clamped to the month's last day as PostgreSQL's `date + interval` does. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** N3.2: whether a suspension from `startsOn` to `endsOn` lasts 3 to 6 months. */
export function suspensionInRange(startsOn: string, endsOn: string): boolean {
  return endsOn >= addMonths(startsOn, SUSPENSION_MIN_MONTHS) && endsOn <= addMonths(startsOn, SUSPENSION_MAX_MONTHS);
}

export function readinessInTime(now: Date, startsAt: Date): boolean {
  return startsAt.getTime() - now.getTime() >= READINESS_LEAD_HOURS * 3_600_000;
}

export interface CameraEvent {
  cameraId: string;
  event: 'on' | 'off';
  at: Date;
}

export type CameraProblem = 'not_on_in_time' | 'off_before_end' | 'no_camera_reported';

/**
 * N2.4: each camera must be on by 15 minutes before the start and stay on
 * until the end. Judged only for the part of the window that has passed.
 */
export function cameraProblems(events: CameraEvent[], startsAt: Date, endsAt: Date, now: Date): { cameraId: string | null; problem: CameraProblem }[] {
  const due = startsAt.getTime() - CAMERA_ON_BEFORE_MINUTES * 60_000;
  if (now.getTime() < due) return [];
  const cameras = [...new Set(events.map((e) => e.cameraId))].sort();
  if (cameras.length === 0) return [{ cameraId: null, problem: 'no_camera_reported' }];
  const out: { cameraId: string; problem: CameraProblem }[] = [];
  for (const cameraId of cameras) {
    const own = events.filter((e) => e.cameraId === cameraId).sort((a, b) => a.at.getTime() - b.at.getTime());
    const before = own.filter((e) => e.at.getTime() <= due);
    if (before[before.length - 1]?.event !== 'on') out.push({ cameraId, problem: 'not_on_in_time' });
    if (own.some((e) => e.event === 'off' && e.at.getTime() > due && e.at.getTime() < endsAt.getTime() && e.at.getTime() <= now.getTime())) out.push({ cameraId, problem: 'off_before_end' });
  }
  return out;
}

export interface StaffDocument {
  kind: 'training' | 'evaluation' | 'responsibility_letter' | 'confidentiality_agreement';
  datedOn: string;
  expiresOn: string | null;
}

/** N2.5: a signed responsibility letter and a confidentiality agreement, both in force on the day. */
export function agreementsInForce(documents: StaffDocument[], day: string): boolean {
  const inForce = (kind: StaffDocument['kind']) => documents.some((d) => d.kind === kind && d.datedOn <= day && (d.expiresOn === null || d.expiresOn >= day));
  return inForce('responsibility_letter') && inForce('confidentiality_agreement');
}

/** The agreements that lapse within the warning period (or already have). */
export function expiringAgreements<T extends StaffDocument>(documents: T[], day: string): T[] {
  const horizon = new Date(Date.parse(`${day}T00:00:00Z`) + AGREEMENT_WARNING_DAYS * 86_400_000).toISOString().slice(0, 10);
  return documents.filter((d) => (d.kind === 'responsibility_letter' || d.kind === 'confidentiality_agreement') && d.expiresOn !== null && d.expiresOn <= horizon);
}
