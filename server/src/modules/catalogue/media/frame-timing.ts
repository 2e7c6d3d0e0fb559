import { FRAME_GAP_DROP_FACTOR, FRAME_GAP_DUPLICATE_FACTOR } from './media-quality.thresholds.js';

/** What the presentation timestamps of the video frames say about smoothness. */
export interface FrameTiming {
  frames: number;
  /** 1 / mean of the regular frame intervals, so gaps don't drag it down and timebase rounding averages out. */
  nominalFps: number;
  /** (95th − 5th percentile of the regular intervals) / their mean: 0 for constant frame rate. */
  variation: number;
  /** Frames missing from gaps of ≥ FRAME_GAP_DROP_FACTOR typical intervals. */
  dropped: number;
  /** Intervals shorter than FRAME_GAP_DUPLICATE_FACTOR typical intervals (a frame shown twice or a repeated timestamp). */
  duplicated: number;
}

/**
 * Summarises frame presentation times (seconds, any order: B-frames arrive out of order).
 * The median interval is the typical one; it stays put when a minority of frames are missing or repeated.
 * Null when there are too few frames, or most timestamps coincide, to have a typical interval.
 */
export function summariseFrameTimes(times: readonly number[]): FrameTiming | null {
  const sorted = times.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 3) return null;
  const intervals = sorted.slice(1).map((t, i) => t - sorted[i]!);
  const typical = quantile([...intervals].sort((a, b) => a - b), 0.5);
  if (typical <= 0) return null;

  let dropped = 0;
  let duplicated = 0;
  const regular: number[] = [];
  for (const d of intervals) {
    if (d < typical * FRAME_GAP_DUPLICATE_FACTOR) duplicated += 1;
    else if (d > typical * FRAME_GAP_DROP_FACTOR) dropped += Math.round(d / typical) - 1;
    else regular.push(d);
  }
  regular.sort((a, b) => a - b);
  const mean = regular.reduce((s, d) => s + d, 0) / regular.length;
  return {
    frames: sorted.length,
    nominalFps: 1 / mean,
    variation: (quantile(regular, 0.95) - quantile(regular, 0.05)) / mean,
    dropped,
    duplicated,
  };
}

/** Nearest-rank quantile of an ascending, non-empty array. */
function quantile(ascending: readonly number[], q: number): number {
  const i = Math.min(ascending.length - 1, Math.max(0, Math.ceil(q * ascending.length) - 1));
  return ascending[i]!;
}
