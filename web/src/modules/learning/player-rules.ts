import { learningTexts as t } from './texts';

/** The player lets the learner seek back freely but never past what was really reached (the server credits nothing there, DESIGN §5.2). */
export const SEEK_SLACK_SECONDS = 1;

export function allowedSeek(target: number, furthest: number): number {
  return Math.min(target, furthest + SEEK_SLACK_SECONDS);
}

/** "1小时05分" / "12分30秒" / "40秒": credited time as learners say it. */
export function formatStudyTime(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h}小时${String(m).padStart(2, '0')}分`;
  if (m > 0) return `${m}分${String(sec).padStart(2, '0')}秒`;
  return `${sec}秒`;
}

/** The line under the player for the server's verdict on the last heartbeat. */
export function creditStatusText(reason: string): string {
  return t.status[reason] ?? t.status.credited!;
}

/** Why provisional credit was thrown away, in plain words. */
export function voidedText(reason: string): string {
  return t.voided[reason] ?? t.voided.face_check_failed!;
}

/** Why the session is over (another device, a lock, or closed). */
export function endedText(reason: unknown): string {
  return (typeof reason === 'string' && t.ended[reason]) || t.ended.closed!;
}

/** A course the learner may rate (M22): some of its time is confirmed in this class — the server checks the same ledger. */
export function hasConfirmedTime(course: { lessons: { confirmedSeconds: number }[] }): boolean {
  return course.lessons.some((lesson) => lesson.confirmedSeconds > 0);
}
