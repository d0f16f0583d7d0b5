/**
 * The CFF subset writer (src/render/cff-subset.ts). The oracle is fontkit's own CFF subset encoder
 * (its class for CFF fonts, with the flattened charstrings of desubroutinize.ts), given the same
 * outlines read by offset: for every bundled face and glyph sets that exercise each layout choice
 * (charset format 1 and 2, INDEX offset sizes 1 to 3, one or several font DICTs), the bytes are equal.
 */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS, LAST_RESORT } from '../src/fonts/bundled.js';
import { embeddingOf, openFace } from '../src/fonts/face.js';
import type { CffOutlines } from '../src/fonts/cff-outlines.js';
import { writeCffSubset } from '../src/render/cff-subset.js';
import { compactSubsetClass, flattenCharstring, type CffSubset, type SubsetClass } from '../src/render/desubroutinize.js';

type FontkitSubset = CffSubset & { includeGlyph(g: number): number; encode(): Uint8Array };

/** fontkit's CFF subset class, flattened: fontkit's createSubset picks it for any font listing a CFF table. */
function fontkitClass(): SubsetClass {
  const otto = new Uint8Array(12);
  otto.set([0x4f, 0x54, 0x54, 0x4f]);
  const proto = Object.getPrototypeOf(fontkit.create(Buffer.from(otto))) as { createSubset(this: unknown): object };
  return compactSubsetClass(proto.createSubset.call({ directory: { tables: { 'CFF ': {} } }, 'CFF ': {} }).constructor as SubsetClass, true);
}

const faces = [...new Map([...Object.values(BUNDLED_FONTS), ...Object.values(LAST_RESORT)].map((s) => [`${s.file}:${s.postscriptName ?? ''}`, s])).values()];

/** Glyph sets, glyph 0 first, each glyph once: what a document's subset holds. */
function glyphSets(glyphOf: (cp: number) => number): Record<string, number[]> {
  const of = (cps: number[]) => [...new Set([0, ...cps.map(glyphOf)])];
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  return {
    'only .notdef': [0],
    'a few Latin characters (1-byte offsets)': of([...'MV 7'].map((c) => c.codePointAt(0)!)),
    'a title (under 256 glyphs)': of([...'河南省科协党史学习教育简报第期召开阶段工作汇报会“迎七一”红歌传唱备受关注（）《》、。，！0123456789'].map((c) => c.codePointAt(0)!)),
    '300 ideographs (charset format 2, 3-byte offsets)': of(range(0x4e00, 300)),
    'ideographs, punctuation and digits in mixed order': of([...range(0x7000, 40), ...range(0x3000, 20), ...range(0x30, 10), ...range(0x5000, 40)]),
  };
}

describe('CFF subset writer', () => {
  const Fontkit = fontkitClass();
  for (const spec of faces) {
    it(`writes fontkit's bytes: ${spec.file.split('/').pop()} ${spec.postscriptName ?? ''}`, () => {
      const face = openFace(spec.file, spec.postscriptName);
      const cached = embeddingOf(face).cached!;
      const cff = cached.outlines as CffOutlines;
      expect(cff, 'CFF outlines read by offset').toBeTruthy();
      const fds = new Set<number | null>();
      for (const [label, glyphs] of Object.entries(glyphSets((cp) => cached.glyph(cp).id))) {
        const ours = cff.reading(() => writeCffSubset(cff, glyphs, glyphs.map((g) => flattenCharstring(cff, g))));
        const theirs = cff.reading(() => {
          const subset = new Fontkit({ 'CFF ': cff } as unknown as fontkit.Font) as FontkitSubset;
          for (const g of glyphs) subset.includeGlyph(g);
          return subset.encode();
        });
        expect(theirs.length, label).toBeGreaterThan(50);
        expect(Buffer.from(ours).equals(Buffer.from(theirs)), label).toBe(true);
        for (const g of glyphs) fds.add(cff.fdForGlyph(g));
      }
      // Noto's ideographs, punctuation and Latin letters lie in different font DICTs.
      if (spec.file.includes('Noto')) expect(fds.size).toBeGreaterThan(1);
    });
  }
});

describe('outlines of a few glyphs (a rare character from a fallback face)', () => {
  it('are read entry by entry and give the charstrings and subroutines fontkit parses from the whole font', () => {
    const spec = BUNDLED_FONTS.body.file.includes('Noto') ? BUNDLED_FONTS.body : faces.find((s) => s.file.includes('Noto'))!;
    const face = openFace(spec.file, spec.postscriptName);
    const cached = embeddingOf(face).cached!;
    const shared = cached.outlines as CffOutlines;
    // A fresh reader of the same face, so its INDEXes are first read for a subset of two glyphs.
    const few = new (shared.constructor as new (...a: unknown[]) => CffOutlines)(shared.file, (shared as unknown as { record: unknown }).record, (shared as unknown as { identity: unknown }).identity);
    const glyphs = [0, cached.glyph(0x5803).id]; // .notdef and 堃
    expect(glyphs[1]).toBeGreaterThan(0);
    const parsed = (embeddingOf(face).font as unknown as { 'CFF ': { getCharString(g: number): Uint8Array; globalSubrIndex: unknown[] } })['CFF '];
    const read = few.reading(() => {
      few.prefetch(glyphs);
      return { charstrings: glyphs.map((g) => few.getCharString(g)), flat: glyphs.map((g) => flattenCharstring(few, g)), globals: few.globalSubrIndex.length, sparse: few.globalSubrIndex.isSparse };
    });
    expect(read.sparse, 'offsets read entry by entry').toBe(true);
    expect(read.globals).toBe(parsed.globalSubrIndex.length);
    glyphs.forEach((g, i) => expect(Buffer.from(read.charstrings[i]!).equals(Buffer.from(parsed.getCharString(g))), `charstring ${g}`).toBe(true));
    // Flattened from subroutines read one by one, the same as from the shared reader's whole INDEXes.
    const whole = shared.reading(() => glyphs.map((g) => flattenCharstring(shared, g)));
    glyphs.forEach((g, i) => expect(Buffer.from(read.flat[i]!).equals(Buffer.from(whole[i]!)), `flattened ${g}`).toBe(true));
    // And the subset written from it is the one written from whole INDEXes.
    const a = few.reading(() => writeCffSubset(few, glyphs, read.flat));
    const b = shared.reading(() => writeCffSubset(shared, glyphs, whole));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
