/**
 * Unshaped text (src/render/unshaped.ts): for the seed's characters, in every font, skipping
 * fontkit's shaper gives the glyphs the shaper gives (no substitution happens) with the advances
 * the layout measured (the glyphs' own: Noto's shaper would kern some digit pairs, which the
 * layout does not model, so drawing kerned text would drift from the computed positions).
 * And the PDF drawn so, read back with pdfjs, has its body characters where GB/T 9704 puts them:
 * numbers written out here, not the layout's own arithmetic.
 */
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS } from '../src/fonts/bundled.js';
import { useUnshapedLayout } from '../src/render/unshaped.js';
import { renderPdf } from '../src/render/pdf.js';
import { readPdf, type PdfGlyph } from '../src/verify/pdf-glyphs.js';
import { SEED, fonts, layoutSeed } from './helpers.js';
import { BASELINES, CELL, INDENT, LEFT } from './gbt9704-numbers.js';

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

  it('draws the seed issue’s body characters on the standard’s grid, read back from the PDF', async () => {
    const pages = await readPdf(await renderPdf(layoutSeed(), fonts()));
    const lines = new Map<string, PdfGlyph[]>();
    for (const p of pages) {
      for (const g of p.glyphs) {
        if (g.font !== 'FandolFang-Regular' || Math.abs(g.size - 16) > 0.01) continue;
        expect(BASELINES.some((b) => Math.abs(b - g.y) < 0.01), `${g.ch} at ${g.y} mm`).toBe(true);
        const key = `${p.number}@${g.y.toFixed(2)}`;
        lines.set(key, [...(lines.get(key) ?? []), g]);
      }
    }
    expect(lines.size).toBeGreaterThan(80);
    // Lines of 28 Han characters and lone marks (nothing to squeeze or stretch) sit exactly on the
    // cells; paragraphs open at the indent.
    const text = (l: PdfGlyph[]) => l.map((g) => g.ch).join('');
    const plain = [...lines.values()].filter((l) => l.length === 28 && /^[\p{Script=Han}，、。；：]+$/u.test(text(l)) && !/[，、。；：]{2}/u.test(text(l)));
    expect(plain.length).toBeGreaterThan(10);
    for (const line of plain) line.sort((a, b) => a.x - b.x).forEach((g, k) => expect(g.x).toBeCloseTo(LEFT + k * CELL, 2));
    const starts = [...lines.values()].map((l) => Math.min(...l.map((g) => g.x)));
    expect(starts.filter((x) => Math.abs(x - INDENT) < 0.01).length).toBeGreaterThan(10);
  });
});
