import sharp from 'sharp';
import { FaceEngineError, type FaceBox } from './face-engine.js';
import { MAX_IMAGE_SIDE_PX, MAX_INPUT_PIXELS, SHARPNESS_SAMPLE_WIDTH_PX } from './face-thresholds.js';

/** 8-bit RGB pixels, row by row, upright (EXIF orientation applied). */
export interface RgbImage {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Decodes any image sharp reads (JPEG, PNG, WebP, HEIF…) to upright RGB,
 * scaled down to MAX_IMAGE_SIDE_PX: a camera frame rarely needs more, and
 * inference time grows with pixels.
 */
export async function decodeRgb(image: Buffer): Promise<RgbImage> {
  try {
    const { data, info } = await sharp(image, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: MAX_IMAGE_SIDE_PX, height: MAX_IMAGE_SIDE_PX, fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`expected 3 channels, got ${info.channels}`);
    return { data, width: info.width, height: info.height };
  } catch (cause) {
    throw new FaceEngineError('IMAGE_UNREADABLE', `image cannot be decoded: ${(cause as Error).message}`, { cause });
  }
}

/** The part of `box` inside the image, in whole pixels (detector boxes may overhang the edges). */
export function clampBox(box: FaceBox, width: number, height: number): FaceBox {
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  const right = Math.min(width, Math.ceil(box.x + box.width));
  const bottom = Math.min(height, Math.ceil(box.y + box.height));
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

/**
 * Focus measure of the face: standard deviation of the Laplacian of the face
 * crop, resampled to a fixed width so a large blurry face and a small sharp
 * one compare fairly. Re-photographed prints and screens, motion and
 * out-of-focus frames score low.
 */
export async function faceSharpness(image: RgbImage, box: FaceBox): Promise<number> {
  const crop = clampBox(box, image.width, image.height);
  if (crop.width < 8 || crop.height < 8) return 0;
  // sharp's stats() reads the input, not the pipeline's output: take the pixels and measure here
  const laplacian = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .extract({ left: crop.x, top: crop.y, width: crop.width, height: crop.height })
    .resize({ width: SHARPNESS_SAMPLE_WIDTH_PX })
    .greyscale()
    .convolve({ width: 3, height: 3, kernel: [0, 1, 0, 1, -4, 1, 0, 1, 0], scale: 1, offset: 128 })
    .raw()
    .toBuffer();
  return standardDeviation(laplacian);
}

function standardDeviation(values: Uint8Array): number {
  let sum = 0;
  let sumOfSquares = 0;
  for (const value of values) {
    sum += value;
    sumOfSquares += value * value;
  }
  const mean = sum / values.length;
  return Math.sqrt(Math.max(0, sumOfSquares / values.length - mean * mean));
}
