import fs from 'node:fs';
import { createRequire } from 'node:module';
import { EventEmitter } from 'node:events';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';

/**
 * The certificate's Chinese font: Noto Sans SC Regular from an npm package (a full
 * TTF, SIL OFL), embedded as a subset of the glyphs used.
 *
 * pdf-lib 1.17 expects `@pdf-lib/fontkit`, whose subsetter drops CJK glyphs
 * (DESIGN §10). Upstream fontkit 2 subsets correctly; this shim gives it the one
 * method pdf-lib calls that fontkit 2 lacks (`encodeStream`), parses the 10 MB
 * font once per process instead of once per document, and maps characters to
 * glyphs without OpenType shaping (see `layout` below).
 */
const require = createRequire(import.meta.url);
const FONT_FILE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

let bytes: Uint8Array | null = null;
const parsed = new WeakMap<Uint8Array, Font>();

/** The font file's bytes, read once. */
export function fontBytes(): Uint8Array {
  bytes ??= fs.readFileSync(require.resolve(FONT_FILE));
  return bytes;
}

/** What pdf-lib's `registerFontkit` needs: `create(bytes)` returning a font whose subsets stream. */
export const fontkitForPdfLib = {
  create(data: Uint8Array) {
    let font = parsed.get(data);
    if (!font) {
      font = fontkit.create(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) as Font;
      parsed.set(data, font);
    }
    return withStreamingSubsets(font);
  },
};

function withStreamingSubsets(font: Font) {
  return new Proxy(font, {
    get(target, key, receiver) {
      // pdf-lib reads only the glyphs of a layout. Certificate text needs no OpenType shaping (CJK and
      // digits: no ligatures, no contextual forms), so a plain character-to-glyph mapping replaces the shaper.
      if (key === 'layout') return (text: string) => ({ glyphs: target.glyphsForString(text) });
      if (key !== 'createSubset') return Reflect.get(target, key, receiver) as unknown;
      return () => {
        const subset = target.createSubset();
        return {
          includeGlyph: (glyph: Parameters<typeof subset.includeGlyph>[0]) => subset.includeGlyph(glyph),
          encodeStream() {
            const stream = new EventEmitter();
            setImmediate(() => {
              try {
                stream.emit('data', subset.encode());
                stream.emit('end');
              } catch (error) {
                stream.emit('error', error);
              }
            });
            return stream;
          },
        };
      };
    },
  });
}
