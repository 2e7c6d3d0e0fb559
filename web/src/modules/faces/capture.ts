import { base64OfDataUrl, FRAME_JPEG_QUALITY, scaledFrameSize } from './frame';

/** The current picture of a playing <video> as bare base64 JPEG, scaled down (never the mirrored preview). */
export async function grabFrame(video: HTMLVideoElement): Promise<string> {
  const { width, height } = scaledFrameSize({ width: video.videoWidth, height: video.videoHeight });
  if (width === 0) throw new Error('the camera has not delivered a picture yet');
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d is unavailable');
  context.drawImage(video, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', FRAME_JPEG_QUALITY));
  if (!blob) throw new Error('the browser could not encode the frame');
  return base64OfDataUrl(await readAsDataUrl(blob));
}

/** Milliseconds between the two frames of a live check: a camera's frames differ by then, a still picture's do not (M24). */
export const LIVE_FRAME_GAP_MS = 500;

/** What a live face check sends: a frame, and the camera's frame half a second later. */
export interface LiveFrames {
  image: string;
  nextFrame: string;
}

export async function grabLiveFrames(video: HTMLVideoElement): Promise<LiveFrames> {
  const [image, nextFrame] = await grabFrames(video, 2, LIVE_FRAME_GAP_MS);
  return { image: image!, nextFrame: nextFrame! };
}

/** `count` frames `intervalMs` apart; `onFrame` tells the page how many are taken. */
export async function grabFrames(video: HTMLVideoElement, count: number, intervalMs: number, onFrame?: (taken: number) => void): Promise<string[]> {
  const frames: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, intervalMs));
    frames.push(await grabFrame(video));
    onFrame?.(frames.length);
  }
  return frames;
}

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the frame'));
    reader.readAsDataURL(blob);
  });
}
