/**
 * A cached face as pdfkit embeds it, without parsing the font: pdfkit's EmbeddedFont asks its font
 * object for metrics, for a layout of each string and for a subset; this object answers from the
 * face's metrics-cache entry, and its subset reads the used glyphs' charstrings by offset
 * (CffOutlines), flattens them as desubroutinize.ts does and writes the CFF table (cff-subset.ts;
 * fontkit's encoder for the rare name-keyed font) — the same bytes fontkit writes for a subset of
 * the parsed font, without loading fontkit.
 *
 * The layout is unshaped (one glyph per character, its own advance), as unshaped.ts makes it for
 * parsed fonts. A face without CFF outlines (TrueType) is embedded from the parsed font instead.
 */
import * as fontkit from 'fontkit';
import { embeddingOf, type CachedFaceData, type Face } from '../fonts/face.js';
import type { CffOutlines } from '../fonts/cff-outlines.js';
import { compactSubsetClass, flattenCharstring, Unsupported, useCompactSubsets, type CffSubset, type SubsetClass } from './desubroutinize.js';
import { writeCffSubset } from './cff-subset.js';
import { unshapedRun, useUnshapedLayout, type Position } from './unshaped.js';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

let compactClass: SubsetClass | undefined;

/**
 * fontkit's CFF subset class (flattened), reached without parsing a font: fontkit's createSubset
 * picks it for any font object whose table directory lists a CFF table. Only name-keyed fonts need
 * it: cff-subset.ts writes CID-keyed ones without loading fontkit.
 */
function compactSubset(): SubsetClass {
  if (!compactClass) {
    const empty = new Uint8Array(12);
    empty.set([0x4f, 0x54, 0x54, 0x4f]); // 'OTTO' with no tables: only the class is wanted
    const proto = Object.getPrototypeOf(fontkit.create(Buffer.from(empty))) as { createSubset(this: unknown): CffSubset };
    const probe = proto.createSubset.call({ directory: { tables: { 'CFF ': {} } }, 'CFF ': {} });
    compactClass = compactSubsetClass(probe.constructor as SubsetClass, true);
  }
  return compactClass;
}

const isSelector = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

/** The glyph subset of a face in one document: filled before drawing (document-fonts.ts) or by pdfkit while drawing, encoded once. */
export class CachedSubset {
  readonly glyphs: number[] = [];
  readonly mapping: Record<number, number> = {};
  /** The code points of each glyph, as pdfkit records them (its first character; .notdef: 0), when filled by a plan. */
  readonly unicode: number[][] = [[0]];
  /** The last encoding and the glyph count it was made for (glyphs are only ever added). */
  private encoded?: { count: number; bytes: Uint8Array };
  constructor(
    readonly cff: CffOutlines,
    private readonly face: Face,
  ) {
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const gid = typeof glyph === 'object' ? glyph.id : glyph;
    if (this.mapping[gid] == null) {
      this.glyphs.push(gid);
      this.mapping[gid] = this.glyphs.length - 1;
    }
    return this.mapping[gid]!;
  }

  /** The subset as a CFF table; encoded again only when glyphs were added since the last time. */
  encode(): Uint8Array {
    if (this.encoded?.count !== this.glyphs.length) this.encoded = { count: this.glyphs.length, bytes: this.encodeNow() };
    return this.encoded.bytes;
  }

  private encodeNow(): Uint8Array {
    try {
      return this.cff.reading(() => {
        this.cff.prefetch(this.glyphs);
        if (this.cff.isCIDFont) return writeCffSubset(this.cff, this.glyphs, this.glyphs.map((gid) => flattenCharstring(this.cff, gid)));
        const subset = new (compactSubset())({ 'CFF ': this.cff } as unknown as fontkit.Font) as CffSubset & { includeGlyph(g: number): number; encode(): Uint8Array };
        for (const gid of this.glyphs) subset.includeGlyph(gid);
        return subset.encode();
      });
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      // A charstring the flattener does not know: the parsed font's subset, as before the cache.
      const subset = useCompactSubsets(embeddingOf(this.face).font).createSubset() as unknown as { includeGlyph(g: number): number; encode(): Uint8Array };
      for (const gid of this.glyphs) subset.includeGlyph(gid);
      return subset.encode();
    }
  }
}

/** The font object pdfkit is given for a cached face with CFF outlines. */
export class CachedFont {
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly xHeight: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly bbox: { minX: number; minY: number; maxX: number; maxY: number };
  readonly 'OS/2': { sFamilyClass: number };
  readonly post: { isFixedPitch: boolean };
  readonly head: { macStyle: { italic: boolean } };
  /** What pdfkit compares when two fonts share a PostScript name: the face's file tells them apart. */
  readonly _tables: { head: { checkSumAdjustment: number }; name: { records: string } };

  constructor(
    private readonly face: Face,
    private readonly data: CachedFaceData,
    private readonly outlines: CffOutlines,
  ) {
    const r = data.metrics.record;
    const p = r.pdf;
    this.postscriptName = r.postscriptName;
    this.unitsPerEm = r.unitsPerEm;
    this.ascent = p.ascent;
    this.descent = p.descent;
    this.lineGap = p.lineGap;
    this.xHeight = p.xHeight;
    this.capHeight = p.capHeight;
    this.italicAngle = p.italicAngle;
    this.bbox = { minX: p.bbox[0], minY: p.bbox[1], maxX: p.bbox[2], maxY: p.bbox[3] };
    this['OS/2'] = { sFamilyClass: p.sFamilyClass };
    this.post = { isFixedPitch: p.isFixedPitch };
    this.head = { macStyle: { italic: p.italic } };
    this._tables = { head: { checkSumAdjustment: p.checkSumAdjustment }, name: { records: face.key } };
  }

  getGlyph(gid: number): { id: number; advanceWidth: number } {
    if (gid !== 0) throw new Error('CachedFont.getGlyph: only .notdef is looked up by id');
    return { id: 0, advanceWidth: this.data.metrics.record.notdefAdvance };
  }

  /** One glyph per character with its own advance (a variation selector is dropped). */
  layout(text: string): { glyphs: Glyph[]; positions: Position[]; advanceWidth: number } {
    const glyphs: Glyph[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (isSelector(cp) && glyphs.length) continue;
      const g = this.data.glyph(cp);
      glyphs.push({ id: g.id, advanceWidth: g.advance, codePoints: [cp] });
    }
    return unshapedRun(glyphs);
  }

  /**
   * Adds to `subset` the glyphs pdfkit's EmbeddedFont meets drawing these characters as one text,
   * in its order, without building the layout: it lays a text out piece by piece (each piece ends
   * after a space or tab), each piece by `layout`, which drops a variation selector unless it
   * begins the piece.
   */
  include(subset: CachedSubset, chars: readonly { ch: string }[]): void {
    let pieceStart = true;
    for (const { ch } of chars) {
      for (const c of ch) {
        const cp = c.codePointAt(0)!;
        if (!isSelector(cp) || pieceStart) {
          const count = subset.glyphs.length;
          const i = subset.includeGlyph(this.data.glyph(cp).id);
          if (i === count) subset.unicode[i] = [cp]; // a new glyph: the character it stands for in the ToUnicode map
        }
        pieceStart = c === ' ' || c === '\t';
      }
    }
  }

  createSubset(): CachedSubset {
    return new CachedSubset(this.outlines, this.face);
  }
}

const made = new WeakMap<object, CachedFont>();

/**
 * What pdfkit registers for a face: a cached face with CFF outlines as a CachedFont, anything else
 * as its parsed fontkit font, unshaped and with compact subsets. One object per face and process.
 */
export function embeddable(face: Face): object {
  return cachedFont(face) ?? useUnshapedLayout(useCompactSubsets(embeddingOf(face).font)); // both idempotent
}

/** The CachedFont of a cached face with CFF outlines, else undefined. */
function cachedFont(face: Face): CachedFont | undefined {
  const data = embeddingOf(face).cached; // `font` parses the whole file: asked only when there is no cache entry
  if (!data?.outlines) return undefined;
  let font = made.get(data);
  if (!font) made.set(data, (font = new CachedFont(face, data, data.outlines)));
  return font;
}

export interface PlannedSubset {
  /** What pdfkit is given for the face in one document: the face's font, whose first subset is `subset`. */
  font: CachedFont;
  subset: CachedSubset;
}

/**
 * For a cached face with CFF outlines, a subset to fill before drawing and the font object that
 * hands it to pdfkit (one per document: the face's CachedFont is shared by documents); else undefined.
 */
export function plannedSubset(face: Face): PlannedSubset | undefined {
  const shared = cachedFont(face);
  if (!shared) return undefined;
  const subset = shared.createSubset();
  let given = false;
  // pdfkit asks once per document and font; should it ask again, the next subset is a new one.
  const font = Object.create(shared, { createSubset: { value: () => (given ? shared.createSubset() : ((given = true), subset)) } }) as CachedFont;
  return { font, subset };
}
