import { describe, expect, it } from 'vitest';
import {
  judgeMedia,
  mediaQualityThresholds as T,
  parseEbur128Summary,
  parsePacketTimes,
  parseProbeJson,
  summariseFrameTimes,
  type MediaCheckId,
  type MediaFacts,
} from '../../src/modules/catalogue/media/index.js';

// M21 as pure rules over measured facts: edge values at each threshold, without ffmpeg.

/** A lesson that passes everything; each test changes only what matters to it. */
function facts(over: Partial<MediaFacts> = {}): MediaFacts {
  return {
    formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
    durationSeconds: 600.4,
    video: { index: 0, codec: 'h264', width: 1280, height: 720, avgFrameRate: 25, rFrameRate: 25, startTime: 0, nbFrames: 15_010 },
    audio: { index: 1, codec: 'aac', channels: 2, sampleRate: 48_000, startTime: 0 },
    frameTiming: { frames: 15_010, nominalFps: 25, variation: 0, dropped: 0, duplicated: 0 },
    audioLevels: { integratedLufs: -18, samplePeakDbfs: -3, truePeakDbtp: -2.5 },
    ...over,
  };
}
const video = (over: Partial<NonNullable<MediaFacts['video']>>) => ({ ...facts().video!, ...over });
const timing = (over: Partial<NonNullable<MediaFacts['frameTiming']>>) => ({ ...facts().frameTiming!, ...over });
const levels = (over: Partial<NonNullable<MediaFacts['audioLevels']>>) => ({ ...facts().audioLevels!, ...over });

const failed = (f: MediaFacts, kind: 'video' | 'audio' = 'video') => judgeMedia(f, kind).checks.filter((c) => !c.ok).map((c) => c.id);
const reason = (f: MediaFacts, id: MediaCheckId) => judgeMedia(f, 'video').checks.find((c) => c.id === id)?.reason;

describe('judgeMedia (M21 rules on measured facts)', () => {
  it('passes a compliant lesson and floors its duration to whole seconds for hour credit', () => {
    expect(judgeMedia(facts(), 'video')).toMatchObject({ ok: true, durationSeconds: 600 });
  });

  it.each([
    [1280, 720, []],
    [720, 1280, []],
    [1279, 720, ['RESOLUTION']],
    [1280, 719, ['RESOLUTION']],
    [1920, 1080, []],
  ])('resolution %i×%i at the 1280×720 floor → %j', (width, height, expected) => {
    expect(failed(facts({ video: video({ width, height }) }))).toEqual(expected);
  });

  it('names the measured resolution and the requirement', () => {
    expect(reason(facts({ video: video({ width: 640, height: 360 }) }), 'RESOLUTION')).toBe('视频分辨率 640×360 低于要求的 1280×720');
  });

  it.each([
    [24, []],
    [24000 / 1001, []],
    [23.8, ['FRAME_RATE']],
    [15, ['FRAME_RATE']],
  ])('frame rate %f fps against the 24 fps minimum (NTSC 23.976 counts as 24) → %j', (nominalFps, expected) => {
    expect(failed(facts({ frameTiming: timing({ nominalFps }) }))).toEqual(expected);
  });

  it('falls back to the container frame rate when timestamps are unreadable, and fails the timing checks it cannot verify', () => {
    const f = facts({ frameTiming: null, video: video({ avgFrameRate: 30 }) });
    expect(failed(f)).toEqual(['FRAME_RATE_VARIABLE', 'FRAME_CONTINUITY']);
    expect(reason(f, 'FRAME_CONTINUITY')).toContain('无法读取视频帧时间戳');
  });

  it.each([
    [T.FPS_VARIATION_TOLERANCE, []],
    [T.FPS_VARIATION_TOLERANCE + 0.001, ['FRAME_RATE_VARIABLE']],
  ])('frame interval variation %f against the tolerance → %j', (variation, expected) => {
    expect(failed(facts({ frameTiming: timing({ variation }) }))).toEqual(expected);
  });

  it.each([
    [1, 0, 1_000, []],
    [0, 1, 1_000, []],
    [1, 1, 1_000, ['FRAME_CONTINUITY']],
    [0, 2, 1_000, ['FRAME_CONTINUITY']],
  ])('%i dropped + %i duplicated in %i frames against 0.1 % → %j', (dropped, duplicated, frames, expected) => {
    expect(failed(facts({ frameTiming: timing({ dropped, duplicated, frames }) }))).toEqual(expected);
  });

  it.each([
    [0.1, []],
    [-0.1, []],
    [0.1001, ['AV_OFFSET']],
    [-0.15, ['AV_OFFSET']],
  ])('audio starting at %f s against the picture at 0 s, ±100 ms allowed → %j', (startTime, expected) => {
    expect(failed(facts({ audio: { ...facts().audio!, startTime } }))).toEqual(expected);
  });

  it('says which way the sound is off', () => {
    expect(reason(facts({ audio: { ...facts().audio!, startTime: -0.25 } }), 'AV_OFFSET')).toContain('声音比画面早 250 毫秒');
  });

  it.each([
    [-24, []],
    [-14, []],
    [-24.1, ['LOUDNESS']],
    [-13.9, ['LOUDNESS']],
  ])('integrated loudness %f LUFS against −24…−14 → %j', (integratedLufs, expected) => {
    expect(failed(facts({ audioLevels: levels({ integratedLufs }) }))).toEqual(expected);
  });

  it('tells too loud from too quiet', () => {
    expect(reason(facts({ audioLevels: levels({ integratedLufs: -30 }) }), 'LOUDNESS')).toContain('音量过小');
    expect(reason(facts({ audioLevels: levels({ integratedLufs: -10 }) }), 'LOUDNESS')).toContain('音量过大');
  });

  it.each([
    [T.MAX_TRUE_PEAK_DBTP, []],
    [T.MAX_TRUE_PEAK_DBTP + 0.1, ['CLIPPING']],
  ])('true peak %f dBTP against the clipping ceiling → %j', (truePeakDbtp, expected) => {
    expect(failed(facts({ audioLevels: levels({ truePeakDbtp }) }))).toEqual(expected);
  });

  it('calls a track silent below −60 dBFS and then does not also blame its loudness or peaks', () => {
    const quiet = facts({ audioLevels: levels({ samplePeakDbfs: -60, integratedLufs: -65 }) });
    expect(failed(quiet)).toEqual(['LOUDNESS']);
    const silent = facts({ audioLevels: levels({ samplePeakDbfs: Number.NEGATIVE_INFINITY, integratedLufs: -70 }) });
    expect(failed(silent)).toEqual(['AUDIO_SILENT']);
    expect(judgeMedia(silent, 'video').checks.map((c) => c.id)).not.toContain('LOUDNESS');
  });

  it('reports a missing audio track once, not again as silence, offset or loudness', () => {
    const r = judgeMedia(facts({ audio: null, audioLevels: null }), 'video');
    expect(r.checks.filter((c) => c.id.startsWith('AUDIO') || ['AV_OFFSET', 'LOUDNESS', 'CLIPPING'].includes(c.id))).toEqual([
      { id: 'AUDIO_MISSING', ok: false, reason: '文件中没有音频轨，课件须有讲解声音', measured: undefined },
    ]);
  });

  it('fails undecodable audio as unheard', () => {
    expect(failed(facts({ audioLevels: null }))).toEqual(['AUDIO_SILENT']);
  });

  it('judges an audio lesson on its sound only, whatever its picture', () => {
    const r = judgeMedia(facts({ video: video({ width: 320, height: 240 }), frameTiming: null }), 'audio');
    expect(r.checks.map((c) => c.id)).toEqual(['DURATION', 'AUDIO_MISSING', 'AUDIO_SILENT', 'LOUDNESS', 'CLIPPING']);
    expect(r.ok).toBe(true);
  });

  it('rejects media without a readable duration, since study hours are credited from it', () => {
    expect(judgeMedia(facts({ durationSeconds: null }), 'audio')).toMatchObject({ ok: false, durationSeconds: null });
  });
});

describe('summariseFrameTimes', () => {
  const cfr = (n: number, fps: number) => Array.from({ length: n }, (_, i) => i / fps);

  it('sees constant 25 fps as steady and complete, even when B-frames arrive out of order', () => {
    const times = cfr(100, 25);
    [times[1], times[2]] = [times[2]!, times[1]!];
    const t = summariseFrameTimes(times)!;
    expect(t).toMatchObject({ frames: 100, dropped: 0, duplicated: 0 });
    expect(t.variation).toBeCloseTo(0, 9);
    expect(t.nominalFps).toBeCloseTo(25, 6);
  });

  it('averages out millisecond timebase rounding of 29.97 fps', () => {
    const t = summariseFrameTimes(cfr(300, 30_000 / 1001).map((s) => Math.round(s * 1000) / 1000))!;
    expect(t.nominalFps).toBeCloseTo(29.97, 1);
    expect(t.variation).toBeLessThanOrEqual(T.FPS_VARIATION_TOLERANCE);
    expect(t.dropped + t.duplicated).toBe(0);
  });

  it('counts the frames missing from a gap and the repeats of a timestamp', () => {
    const times = cfr(100, 25).filter((_, i) => i < 40 || i > 42);
    times.push(times[10]!);
    expect(summariseFrameTimes(times)).toMatchObject({ dropped: 3, duplicated: 1 });
  });

  it('measures a 30 → 24 fps swing as variation, not as drops', () => {
    const times = [...cfr(50, 30), ...cfr(50, 24).map((s) => 50 / 30 + s)];
    const t = summariseFrameTimes(times)!;
    expect(t.dropped).toBe(0);
    expect(t.variation).toBeGreaterThan(0.2);
  });

  it('has nothing to say about fewer than three frames', () => {
    expect(summariseFrameTimes([0, 0.04])).toBeNull();
  });
});

describe('tool output parsers', () => {
  it('reads the last ebur128 summary, including −inf peaks of digital silence', () => {
    const summary = (i: string, sp: string, tp: string) =>
      `[Parsed_ebur128_0 @ 0x5] Summary:\n\n  Integrated loudness:\n    I:         ${i} LUFS\n    Threshold: -31.8 LUFS\n\n` +
      `  Loudness range:\n    LRA:  0.0 LU\n\n  Sample peak:\n    Peak:      ${sp} dBFS\n\n  True peak:\n    Peak:      ${tp} dBFS\n`;
    const log = `    title : ${summary('-18.0', '-1.0', '-1.0')}\n[Parsed_ebur128_0 @ 0x5] t: 1.0 M: -21.8\n${summary('-70.0', '-inf', '-inf')}`;
    expect(parseEbur128Summary(log)).toEqual({ integratedLufs: -70, samplePeakDbfs: Number.NEGATIVE_INFINITY, truePeakDbtp: Number.NEGATIVE_INFINITY });
    expect(parseEbur128Summary('Output #0, null\n')).toBeNull();
  });

  it('reads packet times, skipping discarded pre-roll and falling back to dts', () => {
    const out = 'pts_time=-0.040000|dts_time=-0.080000|flags=_D\npts_time=0.000000|dts_time=-0.040000|flags=K_\npts_time=N/A|dts_time=0.040000|flags=__\n\n';
    expect(parsePacketTimes(out)).toEqual([0, 0.04]);
  });

  it('ignores cover art when picking the video stream, and reads N/A as unknown', () => {
    const json = JSON.stringify({
      streams: [
        { index: 0, codec_type: 'audio', codec_name: 'mp3', channels: 2, sample_rate: '44100', start_time: 'N/A' },
        { index: 1, codec_type: 'video', codec_name: 'mjpeg', width: 320, height: 320, disposition: { attached_pic: 1 } },
      ],
      format: { format_name: 'mp3', duration: '62.5' },
    });
    expect(parseProbeJson(json)).toMatchObject({ video: null, durationSeconds: 62.5, audio: { index: 0, sampleRate: 44_100, startTime: null } });
  });
});
