import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipCertificates } from './download';

describe('a class ZIP of certificates', () => {
  it('holds one PDF per certificate and reports progress after each', async () => {
    const seen: number[] = [];
    const zip = await zipCertificates(['XK-2026-4401-000001-1', 'XK-2026-4401-000002-1'], async (n) => new TextEncoder().encode(`%PDF ${n}`), (done) => seen.push(done));
    expect(seen).toEqual([1, 2]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['XK-2026-4401-000001-1.pdf', 'XK-2026-4401-000002-1.pdf']);
    expect(new TextDecoder().decode(files['XK-2026-4401-000002-1.pdf'])).toBe('%PDF XK-2026-4401-000002-1');
  });
});
