import { DEFAULT_MEDIA_TOOLS, inputArgs, runTool, type MediaTools } from './media-tools.js';

export interface AudioLevels {
  /** ITU-R BS.1770 / EBU R128 gated integrated loudness; −70 when nothing rises above the absolute gate. */
  integratedLufs: number;
  /** Loudest decoded sample; −Infinity for digital silence. */
  samplePeakDbfs: number;
  /** Loudest peak between samples (4× oversampled), which is what clips in playback. */
  truePeakDbtp: number;
}

// Passes read packets or decode audio only (never video), so their cost grows slowly with length;
// the budget still scales with duration so a long lesson on a busy host is not cut off.
const PASS_TIMEOUT_BASE_MS = 60_000;
const PASS_TIMEOUT_MS_PER_MEDIA_SECOND = 250;

function passTimeout(durationSeconds: number | null): number {
  return PASS_TIMEOUT_BASE_MS + PASS_TIMEOUT_MS_PER_MEDIA_SECOND * (durationSeconds ?? 3_600);
}

/**
 * Presentation times of every video frame, from the container's packet index (`ffprobe -show_entries packet`):
 * no decoding, so a 10-minute lesson takes well under a second. Packets the container marks discarded
 * (edit-list pre-roll) are skipped; a packet without pts falls back to its dts.
 */
export async function readVideoFrameTimes(
  filePath: string,
  streamIndex: number,
  durationSeconds: number | null,
  tools: MediaTools = DEFAULT_MEDIA_TOOLS,
): Promise<number[]> {
  const args = ['-v', 'error', '-select_streams', String(streamIndex), '-show_entries', 'packet=pts_time,dts_time,flags', '-of', 'compact=p=0', ...inputArgs(filePath)];
  const { stdout } = await runTool('ffprobe', tools, args, passTimeout(durationSeconds));
  return parsePacketTimes(stdout);
}

/** Parses `compact=p=0` lines such as `pts_time=0.033333|dts_time=-0.033333|flags=__`. */
export function parsePacketTimes(output: string): number[] {
  const times: number[] = [];
  for (const line of output.split('\n')) {
    if (!line.includes('=')) continue;
    const fields = new Map(line.split('|').map((kv) => kv.trim().split('=', 2) as [string, string | undefined]));
    if (fields.get('flags')?.includes('D')) continue;
    const t = Number(fields.get('pts_time') ?? 'N/A');
    const fallback = Number(fields.get('dts_time') ?? 'N/A');
    if (Number.isFinite(t)) times.push(t);
    else if (Number.isFinite(fallback)) times.push(fallback);
  }
  return times;
}

/**
 * Loudness, sample peak and true peak of one audio stream in a single decode pass through ffmpeg's `ebur128` filter.
 * Null when the stream decoded to nothing (no summary printed).
 */
export async function measureAudioLevels(
  filePath: string,
  streamIndex: number,
  durationSeconds: number | null,
  tools: MediaTools = DEFAULT_MEDIA_TOOLS,
): Promise<AudioLevels | null> {
  const args = [
    '-nostdin', '-hide_banner', '-nostats', '-v', 'info',
    ...inputArgs(filePath),
    '-map', `0:${streamIndex}`,
    // framelog=verbose keeps the per-100 ms lines out of the info-level log; only the summary is printed.
    '-af', 'ebur128=peak=sample+true:framelog=verbose',
    '-f', 'null', '-',
  ];
  const { stderr } = await runTool('ffmpeg', tools, args, passTimeout(durationSeconds));
  return parseEbur128Summary(stderr);
}

/**
 * Reads the final `Summary:` block ebur128 logs when the filter closes. Only the last one counts:
 * the input's metadata tags are echoed earlier in the same log and could imitate it.
 */
export function parseEbur128Summary(log: string): AudioLevels | null {
  const at = log.lastIndexOf('] Summary:');
  if (at < 0) return null;
  const summary = log.slice(at);
  const integrated = level(summary, /Integrated loudness:\s*I:\s*(\S+)\s*LUFS/);
  const samplePeak = level(summary, /Sample peak:\s*Peak:\s*(\S+)\s*dBFS/);
  const truePeak = level(summary, /True peak:\s*Peak:\s*(\S+)\s*dBFS/);
  if (integrated === null || samplePeak === null || truePeak === null) return null;
  return { integratedLufs: integrated, samplePeakDbfs: samplePeak, truePeakDbtp: truePeak };
}

function level(text: string, pattern: RegExp): number | null {
  const token = pattern.exec(text)?.[1];
  if (token === undefined) return null;
  if (token === '-inf') return Number.NEGATIVE_INFINITY;
  if (token === 'inf' || token === '+inf') return Number.POSITIVE_INFINITY;
  const n = Number(token);
  return Number.isFinite(n) ? n : null;
}
