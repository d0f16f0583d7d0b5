/**
 * A font face as layout sees it: advances, ink extents and coverage, in font units, read through
 * fontkit. Faces are parsed once per process (see `openFace`) and shared by every document.
 */
import { msg } from '../diagnostics/messages.js';
import { FontError } from './font-error.js';
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';

export interface Face {
  /** Stable key: file path plus PostScript name of the face. */
  key: string;
  file: string;
  postscriptName: string;
  familyName: string;
  unitsPerEm: number;
  /** Ideographic em box from OS/2 typo metrics (hhea is wrong in FandolSong). */
  ascender: number;
  descender: number;
  has(cp: number): boolean;
  /** Advance width in font units. */
  advance(cp: number): number;
  /** Horizontal ink extent in font units, or null for an empty glyph. */
  ink(cp: number): { minX: number; maxX: number } | null;
  /** The parsed fontkit font, handed to the renderer so it is never parsed twice. */
  readonly font: fontkit.Font;
  /** Faces that set the characters this one lacks, tried in order (a role's fallback chain). */
  readonly fallbacks?: readonly Face[];
}

class FontkitFace implements Face {
  readonly key: string;
  readonly postscriptName: string;
  readonly familyName: string;
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  private readonly advances = new Map<number, number>();
  private readonly inks = new Map<number, { minX: number; maxX: number } | null>();

  constructor(
    readonly file: string,
    readonly font: fontkit.Font,
  ) {
    this.postscriptName = font.postscriptName;
    this.familyName = font.familyName;
    this.key = `${file}#${font.postscriptName}`;
    this.unitsPerEm = font.unitsPerEm;
    const os2 = (font as unknown as { 'OS/2'?: { typoAscender: number; typoDescender: number } })['OS/2'];
    const asc = os2?.typoAscender ?? font.ascent;
    const desc = os2?.typoDescender ?? font.descent;
    // Normalise to an em box: some fonts' typo metrics are not ascender − descender = em.
    const span = asc - desc;
    this.ascender = span > 0 ? (asc / span) * this.unitsPerEm : this.unitsPerEm * 0.88;
    this.descender = this.ascender - this.unitsPerEm;
  }

  has(cp: number): boolean {
    return this.font.hasGlyphForCodePoint(cp);
  }

  advance(cp: number): number {
    let a = this.advances.get(cp);
    if (a === undefined) {
      a = this.font.glyphForCodePoint(cp).advanceWidth;
      this.advances.set(cp, a);
    }
    return a;
  }

  ink(cp: number): { minX: number; maxX: number } | null {
    if (this.inks.has(cp)) return this.inks.get(cp) ?? null;
    const bbox = this.font.glyphForCodePoint(cp).bbox;
    const v = Number.isFinite(bbox.minX) && bbox.maxX > bbox.minX ? { minX: bbox.minX, maxX: bbox.maxX } : null;
    this.inks.set(cp, v);
    return v;
  }
}

export { FontError } from './font-error.js';

const cache = new Map<string, Face>();

/**
 * Opens a font file (OTF, TTF, or a face of a TTC/OTC collection chosen by PostScript name), once
 * per process.
 */
export function openFace(file: string, postscriptName?: string): Face {
  const key = `${file}#${postscriptName ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    throw new FontError(msg('font-unreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }), file);
  }
  let parsed: fontkit.Font | fontkit.FontCollection;
  try {
    parsed = fontkit.create(data);
  } catch {
    throw new FontError(msg('font-not-readable', { file }), file);
  }
  let font: fontkit.Font;
  if (parsed.type === 'TTC' || parsed.type === 'DFont') {
    const collection = parsed as fontkit.FontCollection;
    const names = collection.fonts.map((f) => f.postscriptName);
    const chosen = postscriptName ? collection.getFont(postscriptName) : collection.fonts[0];
    if (!chosen) {
      throw new FontError(msg('font-collection-no-face', { file, face: postscriptName ?? '', faces: names.join(', ') }), file);
    }
    font = chosen;
  } else {
    font = parsed as fontkit.Font;
  }
  try {
    // fontkit parses tables when first used: touch the character map and metrics now, so a damaged
    // font is refused here rather than failing in the middle of the layout.
    font.glyphForCodePoint(font.hasGlyphForCodePoint(0x4e00) ? 0x4e00 : 0x20).advanceWidth.toFixed();
  } catch {
    throw new FontError(msg('font-damaged', { file }), file);
  }
  const face = new FontkitFace(file, font);
  cache.set(key, face);
  return face;
}
