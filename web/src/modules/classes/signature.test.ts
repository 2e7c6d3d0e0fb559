import { describe, expect, it } from 'vitest';
import { base64Bytes, canvasPoint, MAX_SIGNATURE_BYTES, signaturePayload } from './signature';

describe('signature pad (N1.3: a real handwritten sign-in)', () => {
  it('maps a pointer to canvas pixels when the canvas is drawn at another size', () => {
    const rect = { left: 100, top: 50, width: 300, height: 150 };
    expect(canvasPoint({ clientX: 250, clientY: 125 }, rect, { width: 600, height: 300 })).toEqual({ x: 300, y: 150 });
    expect(canvasPoint({ clientX: 100, clientY: 50 }, rect, { width: 600, height: 300 })).toEqual({ x: 0, y: 0 });
  });

  it('counts decoded bytes of base64, padding included', () => {
    expect(base64Bytes('iVBORw==')).toBe(4);
    expect(base64Bytes('iVBORw0=')).toBe(5);
    expect(base64Bytes('iVBORw0K')).toBe(6);
  });

  it('exports the PNG as bare base64 for the API', () => {
    expect(signaturePayload('data:image/png;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
  });

  it('refuses what the server would refuse: not a PNG, or over 500 KB (CLASSROOM_SIGNATURE_INVALID)', () => {
    expect(signaturePayload('data:image/webp;base64,UklGRg==')).toBeNull();
    const tooLarge = 'A'.repeat(Math.ceil((MAX_SIGNATURE_BYTES * 4) / 3) + 4);
    expect(signaturePayload(`data:image/png;base64,${tooLarge}`)).toBeNull();
  });
});
