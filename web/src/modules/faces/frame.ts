/**
 * Camera frames as the face service wants them: JPEG, at most 960 px on the
 * long side (a phone camera gives 1280 or more; the face needs far less, and a
 * slow line uploads three frames), base64 without the data-URL prefix.
 */
export const FRAME_MAX_SIDE_PX = 960;
export const FRAME_JPEG_QUALITY = 0.9;
/** Enrolment averages three live frames half a second apart: steadier than one (M24). */
export const ENROLMENT_FRAME_COUNT = 3;
export const ENROLMENT_FRAME_INTERVAL_MS = 500;

export interface Size {
  width: number;
  height: number;
}

/** The frame's size after scaling its long side down to `maxSide`; never scaled up. */
export function scaledFrameSize(source: Size, maxSide: number = FRAME_MAX_SIDE_PX): Size {
  const { width, height } = source;
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** `data:image/jpeg;base64,AAAA` → `AAAA` (the API takes bare base64). */
export function base64OfDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? dataUrl : dataUrl.slice(comma + 1);
}
