/**
 * Every rule of the learning-integrity protocol (M24, DESIGN §5) as a named
 * constant, with the attack it stops. docs/integrity.md lists them too.
 */

/** The player reports about every 15 s. */
export const HEARTBEAT_SECONDS = 15;
/** At most this much credit per heartbeat, whatever the gap: a long gap is a pause, not study. */
export const MAX_CREDIT_PER_HEARTBEAT_SECONDS = 30;
/** Media may advance at most at 1.0× real time (no 2× playback credit)… */
export const MAX_PLAYBACK_RATE = 1.0;
/** …plus this slack for buffering and timer jitter, in seconds. */
export const POSITION_TOLERANCE_SECONDS = 2;
/** A segment must start at or before the furthest point reached (plus tolerance): no credit after skipping ahead. */
export const SKIP_TOLERANCE_SECONDS = 2;
/** Random face checks during a lesson: every 10–20 minutes. */
export const FACE_CHECK_INTERVAL_SECONDS: readonly [number, number] = [600, 1200];
/** A face check that is due must be passed within this time, or it counts as missed. */
export const FACE_CHECK_GRACE_SECONDS = 90;
/** Attention challenges: every 8–20 minutes (DESIGN §5.3)… */
export const CHALLENGE_INTERVAL_SECONDS: readonly [number, number] = [480, 1200];
/** …answered within 60 s. */
export const CHALLENGE_ANSWER_SECONDS = 60;
/** Failed or missed face checks in one enrolment before it is locked for the institution's review. */
export const MAX_FACE_FAILURES_BEFORE_LOCK = 3;
/** Configurable daily cap (DESIGN §5.5), default 8 h of credited study per learner per day. */
export const DEFAULT_DAILY_CAP_SECONDS = 8 * 3600;
/** A lesson counts as studied when all but this many of its seconds are confirmed (the last heartbeat may fall short of the end). */
export const LESSON_DONE_TOLERANCE_SECONDS = 5;
/** M19: 45 minutes = 1 学时. */
export const SECONDS_PER_STUDY_HOUR = 45 * 60;

/** 学时 from credited seconds: whole hours only, the fraction is kept in seconds (M19). */
export const studyHours = (seconds: number): number => Math.floor(seconds / SECONDS_PER_STUDY_HOUR);
