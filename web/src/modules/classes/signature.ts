/** The server refuses a signature image over 500 KB (CLASSROOM_SIGNATURE_INVALID). */
export const MAX_SIGNATURE_BYTES = 500 * 1024;

const PNG_DATA_URL_PREFIX = 'data:image/png;base64,';

export interface Point {
  x: number;
  y: number;
}

/**
 * Where a pointer (finger, stylus or mouse) touches the canvas, in the
 * canvas's own pixels: the element may be drawn smaller or larger than its
 * bitmap (CSS size, device pixel ratio).
 */
export function canvasPoint(client: { clientX: number; clientY: number }, rect: { left: number; top: number; width: number; height: number }, bitmap: { width: number; height: number }): Point {
  if (rect.width <= 0 || rect.height <= 0) return { x: 0, y: 0 };
  return {
    x: ((client.clientX - rect.left) * bitmap.width) / rect.width,
    y: ((client.clientY - rect.top) * bitmap.height) / rect.height,
  };
}

/** How many bytes a bare base64 string decodes to. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** A canvas export (`data:image/png;base64,…`) as the API takes it, or null when too large to send. */
export function signaturePayload(dataUrl: string): string | null {
  if (!dataUrl.startsWith(PNG_DATA_URL_PREFIX)) return null;
  const base64 = dataUrl.slice(PNG_DATA_URL_PREFIX.length);
  return base64Bytes(base64) <= MAX_SIGNATURE_BYTES ? base64 : null;
}
