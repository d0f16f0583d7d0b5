/**
 * Compact CFF subsets (src/render/desubroutinize.ts): every glyph of a subset without subroutines
 * draws exactly the outline of fontkit's own subset, and the subset is much smaller.
 */
import * as fontkit from 'fontkit';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCompactSubsets } from '../src/render/desubroutinize.js';
import { ROOT } from './helpers.js';

type Any = any; // fontkit internals, untyped
const TEXT = '河南省科协党史学习教育简报第期召开阶段工作汇报会“迎七一”红歌传唱备受关注（）《》、。，！0123456789MV';

function outlines(font: Any, encoded: Uint8Array, count: number): string[] {
  const cff = new font['CFF '].constructor(new font['CFF '].stream.constructor(encoded));
  const Glyph = font.getGlyph(1).constructor;
  return Array.from({ length: count }, (_, i) => new Glyph(i, [], { 'CFF ': cff, _variationProcessor: null }).path.toSVG() as string);
}

describe('compact CFF subsets', () => {
  for (const [file, face] of [['NotoSerifCJK-Bold.ttc', 'NotoSerifCJKsc-Bold'], ['FandolFang-Regular.otf', undefined]] as const) {
    it(`draws the same outlines as fontkit's subset: ${face ?? file}`, () => {
      const font = fontkit.openSync(path.join(ROOT, 'fonts', file), face) as Any;
      const gids = [...new Set([...TEXT].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id as number))];
      const Original = font.createSubset().constructor;
      useCompactSubsets(font);
      const original = new Original(font);
      const compact = font.createSubset();
      expect(compact.constructor).not.toBe(Original);
      for (const g of gids) {
        original.includeGlyph(g);
        compact.includeGlyph(g);
      }
      const a: Uint8Array = original.encode();
      const b: Uint8Array = compact.encode();
      const count = gids.length + 1; // and .notdef
      const expected = outlines(font, a, count);
      expect(expected.filter((p) => p.length > 0).length).toBeGreaterThan(count / 2);
      expect(outlines(font, b, count)).toEqual(expected);
      expect(expected.slice(1)).toEqual(gids.map((g) => font.getGlyph(g).path.toSVG()));
      expect(b.length).toBeLessThanOrEqual(a.length);
      if (face) expect(b.length).toBeLessThan(a.length / 4);
    });
  }
});
