import { spawn } from 'node:child_process';
import path from 'node:path';

/** Where the binaries are; defaults resolve through PATH (Debian package `ffmpeg`). */
export interface MediaTools {
  ffprobe: string;
  ffmpeg: string;
}

export const DEFAULT_MEDIA_TOOLS: MediaTools = { ffprobe: 'ffprobe', ffmpeg: 'ffmpeg' };

export type MediaToolErrorCode = 'TOOL_MISSING' | 'TIMEOUT' | 'FAILED' | 'OUTPUT_TOO_LARGE';

/** An infrastructure failure (tool absent, hung, crashed), as opposed to a media file that fails a check. */
export class MediaToolError extends Error {
  constructor(
    readonly code: MediaToolErrorCode,
    message: string,
    readonly stderr = '',
  ) {
    super(message);
    this.name = 'MediaToolError';
  }
}

// Uploads are untrusted: only local files, and only container formats a lesson can come in.
// Without these, a playlist (HLS, concat) disguised as a video would make ffmpeg fetch URLs or read other files.
const ALLOWED_PROTOCOLS = 'file';
const ALLOWED_DEMUXERS = ['mov', 'matroska', 'mp3', 'wav', 'flac', 'ogg', 'aac', 'flv', 'avi', 'mpegts', 'asf'].join(',');

/** Input arguments that open `filePath` as a plain local media file (a leading `-` or `http:` in the name stays a file name). */
export function inputArgs(filePath: string): string[] {
  return ['-protocol_whitelist', ALLOWED_PROTOCOLS, '-format_whitelist', ALLOWED_DEMUXERS, '-i', `file:${path.resolve(filePath)}`];
}

const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Runs a tool with an argument array (no shell), collecting stdout and stderr; rejects with a MediaToolError. */
export function runTool(tool: keyof MediaTools, tools: MediaTools, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  const bin = tools[tool];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    let failure: MediaToolError | null = null;
    const stop = (e: MediaToolError) => {
      failure ??= e;
      child.kill('SIGKILL');
    };
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_OUTPUT_BYTES) stop(new MediaToolError('OUTPUT_TOO_LARGE', `${tool} wrote more than ${MAX_OUTPUT_BYTES} bytes`));
      else into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    const timer = setTimeout(() => stop(new MediaToolError('TIMEOUT', `${tool} did not finish within ${timeoutMs} ms`)), timeoutMs);

    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        e.code === 'ENOENT'
          ? new MediaToolError('TOOL_MISSING', `${tool} not found (looked for "${bin}"); install the Debian package "ffmpeg" or configure its path`)
          : new MediaToolError('FAILED', `${tool} could not start: ${e.message}`),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (failure) reject(failure);
      else if (code !== 0) reject(new MediaToolError('FAILED', `${tool} exited with ${code}: ${lastLines(stderr)}`, stderr));
      else resolve({ stdout, stderr });
    });
  });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ');
}
