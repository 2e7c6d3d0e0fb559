import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectMedia, MediaToolError, probeMedia, type MediaCheckId, type MediaInspection } from '../../src/modules/catalogue/media/index.js';
import { mediaFixtures, type MediaFixtureName, type MediaFixtures } from '../support/media-fixtures.js';

// M21 (粤应急规〔2022〕3号): uploaded lesson media is measured with ffprobe/ffmpeg and rejected with a zh-CN reason per failed check.

let fx: MediaFixtures;

beforeAll(async () => {
  fx = await mediaFixtures();
});
afterAll(async () => {
  await fx?.cleanup();
});

const CHINESE = /[\u4e00-\u9fff]/;
const failedIds = (r: MediaInspection) => r.checks.filter((c) => !c.ok).map((c) => c.id);
const reasonOf = (r: MediaInspection, id: MediaCheckId) => r.checks.find((c) => c.id === id)?.reason ?? '';

const VIDEO_CHECKS: MediaCheckId[] = [
  'DURATION',
  'VIDEO_MISSING',
  'RESOLUTION',
  'FRAME_RATE',
  'FRAME_RATE_VARIABLE',
  'FRAME_CONTINUITY',
  'AUDIO_MISSING',
  'AUDIO_SILENT',
  'AV_OFFSET',
  'LOUDNESS',
  'CLIPPING',
];
const AUDIO_CHECKS: MediaCheckId[] = ['DURATION', 'AUDIO_MISSING', 'AUDIO_SILENT', 'LOUDNESS', 'CLIPPING'];

describe('video lesson quality gate (M21)', () => {
  it('passes a sharp, constant-rate, in-sync lesson with level sound on every check, and reports its length', async () => {
    const r = await inspectMedia(fx.files.good, 'video');
    expect(r.checks.map((c) => c.id)).toEqual(VIDEO_CHECKS);
    expect(failedIds(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.durationSeconds).toBe(2);
    expect(r.facts?.frameTiming).toMatchObject({ frames: 60, dropped: 0, duplicated: 0 });
  });

  it.each<[MediaFixtureName, MediaCheckId, string]>([
    ['lowResolution', 'RESOLUTION', '640×360'],
    ['lowFrameRate', 'FRAME_RATE', '15.00 帧/秒'],
    ['variableFrameRate', 'FRAME_RATE_VARIABLE', '帧率不稳定'],
    ['droppedFrames', 'FRAME_CONTINUITY', '丢帧 6 帧'],
    ['noAudio', 'AUDIO_MISSING', '没有音频'],
    ['silentAudio', 'AUDIO_SILENT', '无声'],
    ['audioDelayed', 'AV_OFFSET', '声音比画面晚'],
    ['tooQuiet', 'LOUDNESS', '音量过小'],
    ['clipping', 'CLIPPING', 'dBTP'],
  ])('rejects %s on exactly %s, saying why in Chinese', async (fixture, id, mentions) => {
    const r = await inspectMedia(fx.files[fixture], 'video');
    expect(failedIds(r)).toEqual([id]);
    expect(r.ok).toBe(false);
    expect(reasonOf(r, id)).toMatch(CHINESE);
    expect(reasonOf(r, id)).toContain(mentions);
  });

  it('measures the container start offset: audio shifted by 500 ms is reported as roughly that', async () => {
    const r = await inspectMedia(fx.files.audioDelayed, 'video');
    const offset = r.checks.find((c) => c.id === 'AV_OFFSET')?.measured as { offsetMs: number };
    // AAC encoder priming (1024 samples ≈ 21 ms) is trimmed by the edit list.
    expect(offset.offsetMs).toBeGreaterThan(450);
    expect(offset.offsetMs).toBeLessThanOrEqual(500);
  });

  it('rejects an audio file uploaded as a video lesson: its cover art is not a picture track', async () => {
    const r = await inspectMedia(fx.files.goodAudio, 'video');
    expect(failedIds(r)).toEqual(['VIDEO_MISSING']);
    expect(r.checks.map((c) => c.id)).not.toContain('RESOLUTION');
  });

  it('rejects a file that is not media at all as unreadable', async () => {
    const r = await inspectMedia(fx.files.notMedia, 'video');
    expect(r).toMatchObject({ ok: false, facts: null, durationSeconds: null });
    expect(failedIds(r)).toEqual(['READABLE']);
    expect(reasonOf(r, 'READABLE')).toMatch(CHINESE);
  });
});

describe('audio lesson quality gate (M21)', () => {
  it('gives an audio lesson the audio checks only, and passes a level recording', async () => {
    const r = await inspectMedia(fx.files.goodAudio, 'audio');
    expect(r.checks.map((c) => c.id)).toEqual(AUDIO_CHECKS);
    expect(r.ok).toBe(true);
    expect(r.durationSeconds).toBe(2);
  });

  it('rejects a recording that is too quiet on LOUDNESS', async () => {
    const r = await inspectMedia(fx.files.quietAudio, 'audio');
    expect(failedIds(r)).toEqual(['LOUDNESS']);
    expect(reasonOf(r, 'LOUDNESS')).toContain('音量过小');
  });

  it('does not hold picture faults against an audio lesson', async () => {
    const r = await inspectMedia(fx.files.lowFrameRate, 'audio');
    expect(r.checks.map((c) => c.id)).toEqual(AUDIO_CHECKS);
    expect(r.ok).toBe(true);
  });

  it('still rejects a missing audio track for an audio lesson', async () => {
    const r = await inspectMedia(fx.files.noAudio, 'audio');
    expect(failedIds(r)).toEqual(['AUDIO_MISSING']);
  });
});

describe('media tools', () => {
  it('says clearly when ffprobe is not installed', async () => {
    const missing = { ffprobe: '/nonexistent/ffprobe', ffmpeg: '/nonexistent/ffmpeg' };
    const err = await probeMedia(fx.files.good, missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MediaToolError);
    expect(err).toMatchObject({ code: 'TOOL_MISSING', message: expect.stringContaining('ffprobe not found') });
    await expect(inspectMedia(fx.files.good, 'video', missing)).rejects.toMatchObject({ code: 'TOOL_MISSING' });
  });
});
