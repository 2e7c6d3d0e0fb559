import { describe, expect, it } from 'vitest';
import { base64OfDataUrl, scaledFrameSize } from './frame';

describe('camera frame scaling', () => {
  it('scales the long side of a landscape frame down to 960 px, keeping the shape', () => {
    expect(scaledFrameSize({ width: 1920, height: 1080 })).toEqual({ width: 960, height: 540 });
    expect(scaledFrameSize({ width: 1280, height: 720 })).toEqual({ width: 960, height: 540 });
  });

  it('scales a portrait phone frame by its height', () => {
    expect(scaledFrameSize({ width: 1080, height: 1920 })).toEqual({ width: 540, height: 960 });
    expect(scaledFrameSize({ width: 720, height: 1280 })).toEqual({ width: 540, height: 960 });
  });

  it('never enlarges a small frame', () => {
    expect(scaledFrameSize({ width: 640, height: 480 })).toEqual({ width: 640, height: 480 });
    expect(scaledFrameSize({ width: 960, height: 960 })).toEqual({ width: 960, height: 960 });
  });

  it('rounds to whole pixels', () => {
    expect(scaledFrameSize({ width: 1000, height: 333 })).toEqual({ width: 960, height: 320 });
  });

  it('gives an empty size while the camera has not reported one', () => {
    expect(scaledFrameSize({ width: 0, height: 0 })).toEqual({ width: 0, height: 0 });
  });

  it('honours another limit', () => {
    expect(scaledFrameSize({ width: 1280, height: 960 }, 640)).toEqual({ width: 640, height: 480 });
  });
});

describe('frame encoding', () => {
  it('strips the data-URL prefix', () => {
    expect(base64OfDataUrl('data:image/jpeg;base64,/9j/4AAQ')).toBe('/9j/4AAQ');
    expect(base64OfDataUrl('/9j/4AAQ')).toBe('/9j/4AAQ');
  });
});
