import fs from 'node:fs/promises';
import { measureAudioLevels, readVideoFrameTimes, type AudioLevels } from './ffmpeg-analysis.js';
import { probeMedia, type ProbeFacts } from './ffprobe.js';
import { summariseFrameTimes, type FrameTiming } from './frame-timing.js';
import { DEFAULT_MEDIA_TOOLS, MediaToolError, type MediaTools } from './media-tools.js';
import { reasons } from './media-quality.reasons.js';
import {
  FPS_ROUNDING_SLACK,
  FPS_VARIATION_TOLERANCE,
  LOUDNESS_MAX_LUFS,
  LOUDNESS_MIN_LUFS,
  MAX_AV_OFFSET_MS,
  MAX_DROPPED_OR_DUPLICATED_RATIO,
  MAX_TRUE_PEAK_DBTP,
  MIN_FPS,
  MIN_HEIGHT,
  MIN_WIDTH,
  SILENCE_MAX_PEAK_DBFS,
} from './media-quality.thresholds.js';

export type MediaKind = 'video' | 'audio';

export type MediaCheckId =
  | 'READABLE'
  | 'DURATION'
  | 'VIDEO_MISSING'
  | 'RESOLUTION'
  | 'FRAME_RATE'
  | 'FRAME_RATE_VARIABLE'
  | 'FRAME_CONTINUITY'
  | 'AUDIO_MISSING'
  | 'AUDIO_SILENT'
  | 'AV_OFFSET'
  | 'LOUDNESS'
  | 'CLIPPING';

export interface MediaCheck {
  id: MediaCheckId;
  ok: boolean;
  /** zh-CN, for the uploader; present when the check failed. */
  reason?: string;
  measured?: unknown;
}

export interface MediaVerdict {
  ok: boolean;
  checks: MediaCheck[];
  /** Whole seconds, rounded down so credited study hours never exceed the media itself. */
  durationSeconds: number | null;
}

/** Everything the M21 rules look at, measured once. `audioLevels` null means the audio did not decode. */
export interface MediaFacts extends ProbeFacts {
  frameTiming: FrameTiming | null;
  audioLevels: AudioLevels | null;
}

export interface MediaInspection extends MediaVerdict {
  /** Null when the file could not be read as media at all. */
  facts: MediaFacts | null;
}

const pass = (id: MediaCheckId, measured?: unknown): MediaCheck => ({ id, ok: true, measured });
const fail = (id: MediaCheckId, reason: string, measured?: unknown): MediaCheck => ({ id, ok: false, reason, measured });
const check = (id: MediaCheckId, ok: boolean, measured: unknown, reason: () => string) => (ok ? pass(id, measured) : fail(id, reason(), measured));
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * M21 as a pure function of measured facts. Audio lessons get the audio checks only.
 * A check that depends on a failed one is left out (no resolution without a picture, no loudness
 * without sound), so each problem is reported once, by its cause.
 */
export function judgeMedia(facts: MediaFacts, kind: MediaKind): MediaVerdict {
  const checks = [durationCheck(facts), ...(kind === 'video' ? videoChecks(facts) : []), ...audioChecks(facts, kind)];
  return {
    ok: checks.every((c) => c.ok),
    checks,
    durationSeconds: facts.durationSeconds === null ? null : Math.floor(facts.durationSeconds),
  };
}

function durationCheck({ durationSeconds }: MediaFacts): MediaCheck {
  return durationSeconds !== null && durationSeconds > 0 ? pass('DURATION', { seconds: durationSeconds }) : fail('DURATION', reasons.durationUnknown());
}

function videoChecks(facts: MediaFacts): MediaCheck[] {
  const video = facts.video;
  if (!video) return [fail('VIDEO_MISSING', reasons.videoMissing())];
  const { width, height } = video;
  const checks = [
    pass('VIDEO_MISSING', { codec: video.codec }),
    // M21 "sharp": compared orientation-independently, so a portrait 720×1280 recording passes.
    check('RESOLUTION', Math.max(width, height) >= MIN_WIDTH && Math.min(width, height) >= MIN_HEIGHT, { width, height }, () =>
      reasons.resolution(width, height, MIN_WIDTH, MIN_HEIGHT),
    ),
  ];

  const timing = facts.frameTiming;
  const fps = timing?.nominalFps ?? video.avgFrameRate ?? video.rFrameRate;
  checks.push(
    fps === null
      ? fail('FRAME_RATE', reasons.frameRateUnknown())
      : check('FRAME_RATE', fps + FPS_ROUNDING_SLACK >= MIN_FPS, { fps: round(fps, 3) }, () => reasons.frameRate(fps, MIN_FPS)),
  );

  if (!timing) {
    checks.push(fail('FRAME_RATE_VARIABLE', reasons.timestampsUnknown()), fail('FRAME_CONTINUITY', reasons.timestampsUnknown()));
    return checks;
  }
  const variation = round(timing.variation, 4);
  checks.push(
    check('FRAME_RATE_VARIABLE', variation <= FPS_VARIATION_TOLERANCE, { variation }, () =>
      reasons.frameRateVariable(variation, FPS_VARIATION_TOLERANCE),
    ),
  );
  // M21 "no dropped or skipped frames": the share of frames that should have been there but weren't, or came twice.
  const { dropped, duplicated } = timing;
  const ratio = (dropped + duplicated) / (timing.frames + dropped);
  checks.push(
    check('FRAME_CONTINUITY', ratio <= MAX_DROPPED_OR_DUPLICATED_RATIO, { dropped, duplicated, frames: timing.frames, ratio: round(ratio, 5) }, () =>
      reasons.frameContinuity(dropped, duplicated, ratio, MAX_DROPPED_OR_DUPLICATED_RATIO),
    ),
  );
  return checks;
}

function audioChecks(facts: MediaFacts, kind: MediaKind): MediaCheck[] {
  const audio = facts.audio;
  if (!audio) return [fail('AUDIO_MISSING', reasons.audioMissing())];
  const checks = [pass('AUDIO_MISSING', { codec: audio.codec, channels: audio.channels, sampleRate: audio.sampleRate })];

  const levels = facts.audioLevels;
  const audible = levels !== null && levels.samplePeakDbfs >= SILENCE_MAX_PEAK_DBFS;
  if (levels === null) checks.push(fail('AUDIO_SILENT', reasons.audioUndecodable()));
  else {
    const peak = levels.samplePeakDbfs;
    checks.push(check('AUDIO_SILENT', audible, { samplePeakDbfs: peak }, () => reasons.audioSilent(peak, SILENCE_MAX_PEAK_DBFS)));
  }

  if (kind === 'video' && facts.video) checks.push(avOffsetCheck(facts.video.startTime, audio.startTime));

  if (levels !== null && audible) {
    const { integratedLufs: lufs, truePeakDbtp: truePeak } = levels;
    checks.push(
      check('LOUDNESS', lufs >= LOUDNESS_MIN_LUFS && lufs <= LOUDNESS_MAX_LUFS, { integratedLufs: lufs }, () =>
        reasons.loudness(lufs, LOUDNESS_MIN_LUFS, LOUDNESS_MAX_LUFS),
      ),
      check('CLIPPING', truePeak <= MAX_TRUE_PEAK_DBTP, { truePeakDbtp: truePeak, samplePeakDbfs: levels.samplePeakDbfs }, () =>
        reasons.clipping(truePeak, MAX_TRUE_PEAK_DBTP),
      ),
    );
  }
  return checks;
}

/** Start offset between the streams as the container presents them; positive means the sound comes late. */
function avOffsetCheck(videoStart: number | null, audioStart: number | null): MediaCheck {
  if (videoStart === null || audioStart === null) return fail('AV_OFFSET', reasons.avOffsetUnknown());
  const offsetMs = round((audioStart - videoStart) * 1000, 1);
  return check('AV_OFFSET', Math.abs(offsetMs) <= MAX_AV_OFFSET_MS, { offsetMs }, () => reasons.avOffset(offsetMs, MAX_AV_OFFSET_MS));
}

/**
 * Measures an uploaded file and judges it (M21). A file ffprobe cannot read is a failed READABLE check;
 * a missing, hung or crashing tool is a MediaToolError for the job to retry or report.
 */
export async function inspectMedia(filePath: string, kind: MediaKind, tools: MediaTools = DEFAULT_MEDIA_TOOLS): Promise<MediaInspection> {
  await fs.access(filePath);
  let probe: ProbeFacts;
  try {
    probe = await probeMedia(filePath, tools);
  } catch (e) {
    if (e instanceof MediaToolError && e.code === 'FAILED') {
      return { ok: false, checks: [fail('READABLE', reasons.unreadable())], durationSeconds: null, facts: null };
    }
    throw e;
  }
  const video = kind === 'video' ? probe.video : null;
  const [frameTimes, audioLevels] = await Promise.all([
    video ? nullIfUnreadable(readVideoFrameTimes(filePath, video.index, probe.durationSeconds, tools)) : null,
    probe.audio ? nullIfUnreadable(measureAudioLevels(filePath, probe.audio.index, probe.durationSeconds, tools)) : null,
  ]);
  const facts: MediaFacts = { ...probe, frameTiming: frameTimes ? summariseFrameTimes(frameTimes) : null, audioLevels };
  return { ...judgeMedia(facts, kind), facts };
}

/** A tool giving up on a stream ffprobe could describe means the stream is corrupt: nothing measured, not a tool fault. */
async function nullIfUnreadable<T>(measurement: Promise<T>): Promise<T | null> {
  try {
    return await measurement;
  } catch (e) {
    if (e instanceof MediaToolError && e.code === 'FAILED') return null;
    throw e;
  }
}
