/**
 * Unshaped text (src/render/unshaped.ts): for the seed's characters, in every font, skipping
 * fontkit's shaper gives the glyphs the shaper gives (no substitution happens) with the advances
 * the layout measured (the glyphs' own: Noto's shaper would kern some digit pairs, which the
 * layout does not model, so drawing kerned text would drift from the computed positions).
 */
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS } from '../src/fonts/bundled.js';
import { useUnshapedLayout } from '../src/render/unshaped.js';
import { SEED } from './helpers.js';

const text = [...new Set(readFileSync(SEED, 'utf8').replace(/[\s#:\-a-z]/gu, ''))].join('') + '— 1 —（共印100份）2.4万';

describe('unshaped layout', () => {
  const specs = [...new Map(Object.values(BUNDLED_FONTS).map((s) => [`${s.file}#${s.postscriptName ?? ''}`, s])).values()];
  for (const spec of specs) {
    it(`matches the shaper on the seed's text: ${spec.postscriptName ?? spec.file}`, () => {
      const font = fontkit.openSync(spec.file, spec.postscriptName) as fontkit.Font;
      const chars = [...text].filter((c) => font.hasGlyphForCodePoint(c.codePointAt(0)!));
      for (let i = 0; i < chars.length; i += 28) {
        const line = chars.slice(i, i + 28).join('');
        const shaped = font.layout(line);
        const fresh = fontkit.openSync(spec.file, spec.postscriptName) as fontkit.Font;
        const plain = useUnshapedLayout(fresh).layout(line);
        const measured = [...line].map((c) => fresh.glyphForCodePoint(c.codePointAt(0)!));
        expect(plain.glyphs.map((g) => g.id)).toEqual(shaped.glyphs.map((g) => g.id));
        expect(plain.glyphs.map((g) => g.id)).toEqual(measured.map((g) => g.id));
        expect(plain.positions.map((p) => p.xAdvance)).toEqual(measured.map((g) => g.advanceWidth));
        expect(plain.advanceWidth).toBe(measured.reduce((w, g) => w + g.advanceWidth, 0));
      }
    });
  }
});
