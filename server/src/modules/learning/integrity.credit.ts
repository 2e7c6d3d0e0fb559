import { addInterval, uncoveredLength, type Interval } from './integrity.intervals.js';
import { MAX_CREDIT_PER_HEARTBEAT_SECONDS, MAX_PLAYBACK_RATE, POSITION_TOLERANCE_SECONDS, SKIP_TOLERANCE_SECONDS } from './integrity.rules.js';

/**
 * The server alone judges time (DESIGN §5.2). Credit for one heartbeat is
 * min(Δ server clock, new media actually played at ≤ 1.0×, cap), only while
 * playing, visible and focused, only for media not credited before, and only
 * from the furthest point legitimately reached. Pure: the cheat tests replay it.
 */
export interface PlaybackState {
  lastSeq: number;
  /** Server time of the last accepted heartbeat (ms), null before the first. */
  lastServerAt: number | null;
  lastPosition: number;
  /** Furthest media second legitimately reached in this lesson. */
  furthest: number;
  /** Media already credited (or credited provisionally) in this lesson. */
  watched: Interval[];
}

export interface Heartbeat {
  seq: number;
  mediaPosition: number;
  playing: boolean;
  visible: boolean;
  focused: boolean;
}

export type CreditReason =
  | 'credited'
  | 'already_watched'
  | 'first'
  | 'duplicate'
  | 'out_of_order'
  | 'blocked'
  | 'paused'
  | 'hidden'
  | 'no_progress'
  | 'too_fast'
  | 'skipped_ahead';

export interface CreditVerdict {
  credit: number;
  reason: CreditReason;
  state: PlaybackState;
  /** The media segment newly credited, for the provisional record. */
  segment: Interval | null;
}

export function creditHeartbeat(state: PlaybackState, hb: Heartbeat, ctx: { serverNow: number; lessonDuration: number; creditAllowed: boolean }): CreditVerdict {
  if (hb.seq === state.lastSeq) return { credit: 0, reason: 'duplicate', state, segment: null };
  if (hb.seq < state.lastSeq) return { credit: 0, reason: 'out_of_order', state, segment: null };
  const position = Math.min(Math.max(hb.mediaPosition, 0), ctx.lessonDuration);
  const moved: PlaybackState = { ...state, lastSeq: hb.seq, lastServerAt: ctx.serverNow, lastPosition: position };
  const none = (reason: CreditReason): CreditVerdict => ({ credit: 0, reason, state: moved, segment: null });

  if (state.lastServerAt === null) return none('first');
  if (!ctx.creditAllowed) return none('blocked');
  if (!hb.playing) return none('paused');
  if (!hb.visible || !hb.focused) return none('hidden');

  const elapsed = Math.max(0, (ctx.serverNow - state.lastServerAt) / 1000);
  const from = state.lastPosition;
  const advance = position - from;
  if (advance <= 0) return none('no_progress');
  if (advance > elapsed * MAX_PLAYBACK_RATE + POSITION_TOLERANCE_SECONDS) return none('too_fast');
  if (from > state.furthest + SKIP_TOLERANCE_SECONDS) return none('skipped_ahead');

  const fresh = uncoveredLength(state.watched, from, position);
  const credit = Math.min(fresh, elapsed, MAX_CREDIT_PER_HEARTBEAT_SECONDS);
  return {
    credit,
    reason: credit > 0 ? 'credited' : 'already_watched',
    state: { ...moved, furthest: Math.max(state.furthest, position), watched: addInterval(state.watched, from, position) },
    segment: credit > 0 ? [from, position] : null,
  };
}
