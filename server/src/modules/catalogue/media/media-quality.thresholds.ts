// M21 (粤应急规〔2022〕3号): course media must be sharp, smooth, without dropped or skipped frames,
// with audio in sync and neither distorted nor too weak. Every number the media gate uses lives here.

/** M21 "sharp": 720p is the floor; compared orientation-independently so portrait 720×1280 also passes. */
export const MIN_WIDTH = 1280;
export const MIN_HEIGHT = 720;

/** M21 "smooth": below film rate motion visibly judders. */
export const MIN_FPS = 24;

/** 23.976 fps (NTSC "24p") and millisecond-timebase rounding must count as 24 fps. */
export const FPS_ROUNDING_SLACK = 0.1;

/** Spread (5th–95th percentile) of frame intervals over their mean: millisecond timebases jitter ≤ 6 % at 60 fps, a 30↔25 fps swing is ~18 %. */
export const FPS_VARIATION_TOLERANCE = 0.1;

/** A frame interval longer than this multiple of the typical one is a gap: round(gap / typical) − 1 frames were dropped. */
export const FRAME_GAP_DROP_FACTOR = 1.5;

/** A frame interval shorter than this multiple of the typical one repeats a frame (duplicated or doubled timestamp). */
export const FRAME_GAP_DUPLICATE_FACTOR = 0.5;

/** M21 "no dropped or skipped frames", allowing one timestamp glitch per ~1,000 frames (~33 s at 30 fps). */
export const MAX_DROPPED_OR_DUPLICATED_RATIO = 0.001;

/** M21 "audio in sync": about where viewers start to notice lip-sync error (ITU-R BT.1359 puts detectability at +45/−125 ms). */
export const MAX_AV_OFFSET_MS = 100;

/** M21 "not too weak / not distorted": EBU R128 targets −23 LUFS, streaming platforms −14 to −16; outside this band learners reach for the volume. */
export const LOUDNESS_MIN_LUFS = -24;
export const LOUDNESS_MAX_LUFS = -14;

/** M21 "not distorted": EBU R128 / ITU-R BS.1770 ceiling; true peaks above it clip in lossy decoding and playback resampling. */
export const MAX_TRUE_PEAK_DBTP = -1;

/** A track whose loudest sample stays below this carries no audible speech, only a noise floor or digital silence. */
export const SILENCE_MAX_PEAK_DBFS = -60;
