import { describe, expect, it } from 'vitest';
import { anyPending, failedReasons, mediaMatchesKind, mediaTypeOf } from './lesson-media';
import type { Lesson } from './types';

const lesson = (over: Partial<Lesson> = {}): Lesson => ({
  id: 'l1',
  position: 1,
  title: '第一讲',
  kind: 'video',
  durationSeconds: 600,
  qualityStatus: 'passed',
  qualityChecks: [],
  textContent: null,
  hasMedia: true,
  ...over,
});

describe('lesson media', () => {
  it('declares the browser type, or guesses it from the extension', () => {
    expect(mediaTypeOf({ name: 'a.mp4', type: 'video/mp4' })).toBe('video/mp4');
    expect(mediaTypeOf({ name: '讲解.MP3', type: '' })).toBe('audio/mpeg');
    expect(mediaTypeOf({ name: 'x.avi', type: '' })).toBe('application/octet-stream');
  });

  it('accepts MP4 for video and MP3/M4A for audio (M20)', () => {
    expect(mediaMatchesKind('video/mp4', 'video')).toBe(true);
    expect(mediaMatchesKind('audio/mpeg', 'video')).toBe(false);
    expect(mediaMatchesKind('audio/x-m4a', 'audio')).toBe(true);
  });

  it('keeps polling while any lesson waits for its quality gates (M21)', () => {
    expect(anyPending([lesson(), lesson({ qualityStatus: 'pending' })])).toBe(true);
    expect(anyPending([lesson(), lesson({ qualityStatus: 'failed' })])).toBe(false);
  });

  it('lists the reasons of failed checks only', () => {
    const failed = lesson({
      qualityStatus: 'failed',
      qualityChecks: [
        { id: 'RESOLUTION', ok: true },
        { id: 'AUDIO_MISSING', ok: false, reason: '文件中没有音频轨，课件须有讲解声音' },
        { id: 'LOUDNESS', ok: false },
      ],
    });
    expect(failedReasons(failed)).toEqual(['文件中没有音频轨，课件须有讲解声音', 'LOUDNESS']);
  });
});
