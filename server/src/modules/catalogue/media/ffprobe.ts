import { DEFAULT_MEDIA_TOOLS, inputArgs, runTool, type MediaTools } from './media-tools.js';

export interface VideoStreamFacts {
  /** Stream index in the container, for later passes that must read this same stream. */
  index: number;
  codec: string;
  width: number;
  height: number;
  /** frames / duration as the container reports it, in frames per second. */
  avgFrameRate: number | null;
  /** The container's base ("real") frame rate guess, in frames per second. */
  rFrameRate: number | null;
  startTime: number | null;
  nbFrames: number | null;
}

export interface AudioStreamFacts {
  index: number;
  codec: string;
  channels: number;
  sampleRate: number;
  startTime: number | null;
}

export interface ProbeFacts {
  formatName: string;
  durationSeconds: number | null;
  video: VideoStreamFacts | null;
  audio: AudioStreamFacts | null;
}

const PROBE_TIMEOUT_MS = 30_000;

/** Container and stream facts from `ffprobe -show_streams -show_format` (reads headers only, no decoding). */
export async function probeMedia(filePath: string, tools: MediaTools = DEFAULT_MEDIA_TOOLS): Promise<ProbeFacts> {
  const args = ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', ...inputArgs(filePath)];
  const { stdout } = await runTool('ffprobe', tools, args, PROBE_TIMEOUT_MS);
  return parseProbeJson(stdout);
}

interface RawStream {
  index?: number;
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  start_time?: string;
  nb_frames?: string;
  duration?: string;
  channels?: number;
  sample_rate?: string;
  disposition?: { attached_pic?: number };
}

interface RawProbe {
  streams?: RawStream[];
  format?: { format_name?: string; duration?: string };
}

export function parseProbeJson(json: string): ProbeFacts {
  const raw = JSON.parse(json) as RawProbe;
  const streams = raw.streams ?? [];
  // Cover art in an MP3 or M4A is a one-frame "video" stream; it is not the lesson's picture.
  const video = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  const audio = streams.find((s) => s.codec_type === 'audio');
  return {
    formatName: raw.format?.format_name ?? '',
    durationSeconds: positive(num(raw.format?.duration)) ?? maxOf(streams.map((s) => positive(num(s.duration)))),
    video: video ? videoFacts(video) : null,
    audio: audio ? audioFacts(audio) : null,
  };
}

function videoFacts(s: RawStream): VideoStreamFacts {
  return {
    index: s.index ?? 0,
    codec: s.codec_name ?? 'unknown',
    width: s.width ?? 0,
    height: s.height ?? 0,
    avgFrameRate: rate(s.avg_frame_rate),
    rFrameRate: rate(s.r_frame_rate),
    startTime: num(s.start_time),
    nbFrames: num(s.nb_frames),
  };
}

function audioFacts(s: RawStream): AudioStreamFacts {
  return {
    index: s.index ?? 0,
    codec: s.codec_name ?? 'unknown',
    channels: s.channels ?? 0,
    sampleRate: num(s.sample_rate) ?? 0,
    startTime: num(s.start_time),
  };
}

/** ffprobe writes numbers as strings and "N/A" when unknown. */
function num(v: string | undefined): number | null {
  if (v === undefined || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function positive(n: number | null): number | null {
  return n !== null && n > 0 ? n : null;
}

function maxOf(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/** "30000/1001" → 29.97; "0/0" (unknown) → null. */
export function rate(v: string | undefined): number | null {
  if (!v) return null;
  const [n, d] = v.split('/').map(Number);
  if (n === undefined || !Number.isFinite(n)) return null;
  if (d === undefined) return n > 0 ? n : null;
  return Number.isFinite(d) && d > 0 && n > 0 ? n / d : null;
}
