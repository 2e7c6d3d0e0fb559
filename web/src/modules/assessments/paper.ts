import type { QuestionKind } from './types';

export const optionLetter = (index: number): string => 'ABCDEF'[index] ?? '?';

/** Tapping an option: single choice and true/false replace the choice, multiple choice toggles it. */
export function toggleChoice(kind: QuestionKind, current: readonly number[], index: number): number[] {
  if (kind !== 'multiple') return [index];
  return current.includes(index) ? current.filter((i) => i !== index) : [...current, index].sort((a, b) => a - b);
}

/** Questions without a saved answer, for the confirmation before submitting. */
export function unansweredCount(questionIds: readonly string[], answers: Readonly<Record<string, readonly number[]>>): number {
  return questionIds.filter((id) => !(answers[id]?.length ?? 0)).length;
}

/** The server's clock minus this device's: the countdown follows the server, not a wrong phone clock. */
export const clockOffsetMs = (serverNow: string, localNow: number): number => Date.parse(serverNow) - localNow;

export function remainingSeconds(deadline: string, offsetMs: number, localNow: number): number {
  return Math.max(0, Math.floor((Date.parse(deadline) - (localNow + offsetMs)) / 1000));
}

/** 59:05, or 1:02:05 past an hour. */
export function formatCountdown(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
