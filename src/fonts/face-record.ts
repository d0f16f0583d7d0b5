/**
 * What a build needs from a font face, measured once with fontkit and then kept in the metrics cache
 * (face-cache.ts): the character map with each character's glyph and advance, the ink of punctuation,
 * the values the PDF's font descriptor takes, and where the CFF outlines lie in the file, so a build
 * reads the charstrings of the glyphs it uses by offset instead of parsing a 20 MB file.
 */

/** Where a CFF INDEX starts in the file (absolute offset), or null when the font has none. */
export type IndexAt = number | null;

/** The CFF table as fontkit's subsetter reads it, minus the charstrings and subroutines themselves. */
export interface CffRecord {
  hdrSize: number;
  /** The font's name in the Name INDEX. */
  name: string;
  isCIDFont: boolean;
  /** The top DICT as fontkit decoded it, without its pointers (CharStrings, charset, Encoding, Private, FDArray, FDSelect). */
  topDict: Record<string, unknown>;
  /** The strings the subset copies (sid → string). */
  strings: Record<string, string>;
  charStrings: number;
  globalSubrs: IndexAt;
  /** CID-keyed fonts: each font DICT as decoded (its Private without Subrs) and where its local subroutines are. */
  fdArray: { dict: Record<string, unknown>; subrs: IndexAt }[] | null;
  /** Glyph ranges of FDSelect: [first gid, fd], ascending; `fdEnd` closes the last range. */
  fdRanges: [number, number][] | null;
  fdEnd: number;
  /** Name-keyed fonts: the top DICT's Private (without Subrs) and its local subroutines. */
  private: { dict: Record<string, unknown>; subrs: IndexAt } | null;
}

/** Ink box of a glyph in font units: [minX, minY, maxX, maxY]. */
export type InkBox = [number, number, number, number];

export interface FaceRecord {
  postscriptName: string;
  familyName: string;
  unitsPerEm: number;
  /** OS/2 typo metrics when present, else hhea (fontkit's ascent/descent). */
  typoAscender: number;
  typoDescender: number;
  /** For the PDF font descriptor, as fontkit reports them. */
  pdf: {
    ascent: number;
    descent: number;
    lineGap: number;
    xHeight: number;
    capHeight: number;
    italicAngle: number;
    bbox: [number, number, number, number];
    isFixedPitch: boolean;
    sFamilyClass: number;
    italic: boolean;
    checkSumAdjustment: number;
  };
  /** Advance of glyph 0 (.notdef), which pdfkit puts first in its widths. */
  notdefAdvance: number;
  /** Ink of punctuation and symbols (code point → box, null for an empty glyph). */
  inks: Record<string, InkBox | null>;
  outlines: 'cff' | 'other';
  cff: CffRecord | null;
}

/** A face's record with its character map: parallel arrays sorted by code point. */
export interface FaceMetrics {
  record: FaceRecord;
  codePoints: Uint32Array;
  glyphs: Uint16Array;
  advances: Uint16Array;
}

/** Index of `cp` in the sorted code points, or -1. */
export function findCodePoint(codePoints: Uint32Array, cp: number): number {
  let lo = 0;
  let hi = codePoints.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = codePoints[mid]!;
    if (v < cp) lo = mid + 1;
    else if (v > cp) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Characters whose ink the layout may ask for: punctuation and symbols (not letters or Han). */
export const WANTS_INK = /^[\p{P}\p{S}]$/u;
