import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Small lessons generated with ffmpeg: one clean one, and one per M21 check that fails exactly that check. */
export type MediaFixtureName =
  | 'good'
  | 'lowResolution'
  | 'lowFrameRate'
  | 'variableFrameRate'
  | 'droppedFrames'
  | 'noAudio'
  | 'silentAudio'
  | 'audioDelayed'
  | 'tooQuiet'
  | 'clipping'
  | 'goodAudio'
  | 'quietAudio'
  | 'notMedia';

export interface MediaFixtures {
  files: Record<MediaFixtureName, string>;
  cleanup(): Promise<void>;
}

const SECONDS = 2;
const picture = (size = '1280x720', rate = 30) => ['-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=${rate}:duration=${SECONDS}`];
// A 440 Hz tone at about −19 LUFS in stereo: inside the −24…−14 band with plenty of headroom.
const tone = ['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${SECONDS}`];
const level = (db: number) => ['-af', `volume=${db}dB`];
const h264 = (preset = 'ultrafast') => ['-c:v', 'libx264', '-preset', preset, '-pix_fmt', 'yuv420p'];
const aac = ['-c:a', 'aac', '-ac', '2'];
const mp3 = ['-c:a', 'libmp3lame', '-ac', '2'];
// Keep each frame's own timestamp instead of letting the muxer resample to a constant rate.
const ownTimestamps = ['-fps_mode', 'passthrough', '-enc_time_base', '1:90000'];

const recipes: Record<Exclude<MediaFixtureName, 'notMedia'>, { file: string; args: string[] }> = {
  // superfast uses B-frames, so packets arrive out of presentation order as in real uploads.
  good: { file: 'good.mp4', args: [...picture(), ...tone, ...level(3), ...h264('superfast'), ...aac] },
  lowResolution: { file: 'low-resolution.mp4', args: [...picture('640x360'), ...tone, ...level(3), ...h264(), ...aac] },
  lowFrameRate: { file: 'low-frame-rate.mp4', args: [...picture('1280x720', 15), ...tone, ...level(3), ...h264(), ...aac] },
  // 1 s at 30 fps, then 24 fps: the pattern of a phone camera lowering its rate in dim light.
  variableFrameRate: {
    file: 'variable-frame-rate.mp4',
    args: [...picture(), ...tone, '-vf', "settb=1/90000,setpts='if(lt(N,30),N/30,1+(N-30)/24)/TB'", ...ownTimestamps, ...h264(), ...level(3), ...aac],
  },
  // Every tenth frame missing with the others keeping their timestamps: a capture that could not keep up.
  droppedFrames: {
    file: 'dropped-frames.mp4',
    args: [...picture(), ...tone, '-vf', "select='not(eq(mod(n,10),5))'", ...ownTimestamps, ...h264(), ...level(3), ...aac],
  },
  noAudio: { file: 'no-audio.mp4', args: [...picture(), ...h264(), '-an'] },
  silentAudio: {
    file: 'silent-audio.mp4',
    args: [...picture(), '-f', 'lavfi', '-i', `anullsrc=r=48000:cl=stereo:d=${SECONDS}`, ...h264(), ...aac],
  },
  audioDelayed: { file: 'audio-delayed.mp4', args: [...picture(), '-itsoffset', '0.5', ...tone, ...level(3), ...h264(), ...aac] },
  tooQuiet: { file: 'too-quiet.mp4', args: [...picture(), ...tone, ...level(-30), ...h264(), ...aac] },
  // A moderate voice-level tone with short bursts driven past full scale and hard-clipped to 16 bits,
  // like plosives hitting a close microphone: overall loudness stays in range, the peaks clip.
  clipping: {
    file: 'clipping.mp4',
    args: [
      ...picture(),
      '-f', 'lavfi', '-i', `aevalsrc='0.14*sin(2*PI*440*t)+if(lt(mod(t,0.5),0.01),2,0)':s=48000:d=${SECONDS}:c=stereo`,
      '-af', 'aformat=sample_fmts=s16',
      ...h264(), '-c:a', 'aac',
    ],
  },
  // An MP3 lesson with cover art, as exported by most audio tools: the cover is not a video track.
  goodAudio: {
    file: 'good-audio.mp3',
    args: [
      ...tone, '-f', 'lavfi', '-i', 'testsrc2=size=320x320:rate=1:duration=1',
      '-map', '0:a', '-map', '1:v', '-c:v', 'mjpeg', '-disposition:v', 'attached_pic', '-id3v2_version', '3',
      ...level(3), ...mp3,
    ],
  },
  quietAudio: { file: 'quiet-audio.mp3', args: [...tone, ...level(-30), ...mp3] },
};

type GeneratedFixture = Exclude<MediaFixtureName, 'notMedia'>;

/** Encodes one fixture into `dir` and returns its path (for tests that need only a few). */
export async function makeMediaFixture(name: GeneratedFixture, dir: string): Promise<string> {
  const { file, args } = recipes[name];
  const out = path.join(dir, file);
  await run('ffmpeg', ['-nostdin', '-hide_banner', '-v', 'error', '-y', ...args, out], { timeout: 60_000 });
  return out;
}

let cached: Promise<MediaFixtures> | null = null;

/** Generates the fixtures once per test file (two encodes at a time, one per core) into a fresh temp dir. */
export function mediaFixtures(): Promise<MediaFixtures> {
  cached ??= generate();
  return cached;
}

async function generate(): Promise<MediaFixtures> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xunkao-media-'));
  const files = { notMedia: path.join(dir, 'not-media.mp4') } as Record<MediaFixtureName, string>;
  await fs.writeFile(files.notMedia, '这不是视频文件\n');

  const queue = Object.keys(recipes) as GeneratedFixture[];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) files[name] = await makeMediaFixture(name, dir);
  };
  await Promise.all([worker(), worker()]);
  return { files, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
}
