import sharp from 'sharp';
import { FaceEngineError } from './face-engine.js';
import { MAX_INPUT_PIXELS, STILL_FRAME_SAMPLE_PX } from './face-thresholds.js';

async function greySample(image: Buffer): Promise<Buffer> {
  try {
    return await sharp(image, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize(STILL_FRAME_SAMPLE_PX, STILL_FRAME_SAMPLE_PX, { fit: 'fill', kernel: 'nearest' })
      .greyscale()
      .raw()
      .toBuffer();
  } catch (cause) {
    throw new FaceEngineError('IMAGE_UNREADABLE', `image cannot be decoded: ${(cause as Error).message}`, { cause });
  }
}

/**
 * Mean absolute difference, in grey levels (0–255), between two frames
 * sampled on the same grid. A camera never delivers the same frame twice —
 * sensor noise alone moves every pixel — so two frames of one check that do
 * not differ come from a still picture, not a camera (M24).
 */
export async function frameDifference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([greySample(a), greySample(b)]);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += Math.abs(x[i]! - y[i]!);
  return sum / x.length;
}
