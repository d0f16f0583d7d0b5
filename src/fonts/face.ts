/**
 * A font face as layout sees it: advances, ink extents and coverage, in font units. They come from
 * the face's entry in the metrics cache (face-cache.ts), made once with fontkit per version of the
 * font file; fontkit parses the whole file only to make that entry, or when something the entry
 * does not hold is asked for. Faces are opened once per process (see `openFace`) and shared by
 * every document.
 */
import * as fontkit from 'fontkit';
import { closeSync, fstatSync, readFileSync } from 'node:fs';
import { msg } from '../diagnostics/messages.js';
import { LIMITS, openRegular, readRegular, shownSize, type ReadFailure } from '../files/read.js';
import { CffOutlines } from './cff-outlines.js';
import { contentCheckOf, identityOf, loadFaceMetrics, storeFaceMetrics, type FaceIdentity } from './face-cache.js';
import { measureFace } from './face-measure.js';
import { findCodePoint, type FaceMetrics } from './face-record.js';
import { FontError } from './font-error.js';

export { FontError } from './font-error.js';

/** Ink extent of a glyph in font units. */
export interface Ink {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** What the renderer embeds a cached face from, without parsing the font. */
export interface CachedFaceData {
  metrics: FaceMetrics;
  /** The CFF outlines, read by offset; null for other outlines (TrueType), which fontkit embeds. */
  outlines: CffOutlines | null;
  /** Glyph id and advance of a code point (glyph 0, .notdef, when the face lacks it). */
  glyph(cp: number): { id: number; advance: number };
}

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
  /** Ink extent in font units, or null for an empty glyph. */
  ink(cp: number): Ink | null;
  /** Faces that set the characters this one lacks, tried in order (a role's fallback chain). */
  readonly fallbacks?: readonly Face[];
}

/**
 * What a renderer embeds a face from: fontkit's parse of it and its metrics-cache entry. Layout
 * (typeset, paginate) sees only `Face`, which names no fontkit type; src/render asks for this.
 */
export interface FaceEmbedding {
  /** The face parsed by fontkit (on first use when it came from the metrics cache). */
  readonly font: fontkit.Font;
  /** The face's metrics-cache entry and outlines, when it has one (every face openFace opens). */
  readonly cached?: CachedFaceData;
}

/** The embedding of a face src/fonts opened (directly or as a role's chain). */
export function embeddingOf(face: Face): FaceEmbedding {
  if (!('font' in face)) throw new Error(`${face.key}: not a face opened by src/fonts, nothing to embed`);
  return face as Face & FaceEmbedding;
}

/** Normalise typo metrics to an em box: some fonts' typo metrics are not ascender − descender = em. */
function emBox(asc: number, desc: number, unitsPerEm: number): { ascender: number; descender: number } {
  const span = asc - desc;
  const ascender = span > 0 ? (asc / span) * unitsPerEm : unitsPerEm * 0.88;
  return { ascender, descender: ascender - unitsPerEm };
}

const inkOf = (bbox: { minX: number; minY: number; maxX: number; maxY: number }): Ink | null =>
  Number.isFinite(bbox.minX) && bbox.maxX > bbox.minX ? { minX: bbox.minX, maxX: bbox.maxX, minY: bbox.minY, maxY: bbox.maxY } : null;

/** A face measured straight from fontkit (the path every cached face's entry was made by). */
class FontkitFace implements Face, FaceEmbedding {
  readonly key: string;
  readonly postscriptName: string;
  readonly familyName: string;
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  private readonly advances = new Map<number, number>();
  private readonly inks = new Map<number, Ink | null>();

  constructor(
    readonly file: string,
    readonly font: fontkit.Font,
  ) {
    this.postscriptName = font.postscriptName;
    this.familyName = font.familyName;
    this.key = `${file}#${font.postscriptName}`;
    this.unitsPerEm = font.unitsPerEm;
    const os2 = (font as unknown as { 'OS/2'?: { typoAscender: number; typoDescender: number } })['OS/2'];
    ({ ascender: this.ascender, descender: this.descender } = emBox(os2?.typoAscender ?? font.ascent, os2?.typoDescender ?? font.descent, this.unitsPerEm));
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

  ink(cp: number): Ink | null {
    if (!this.inks.has(cp)) this.inks.set(cp, inkOf(this.font.glyphForCodePoint(cp).bbox));
    return this.inks.get(cp) ?? null;
  }
}

/** A face read from its metrics-cache entry. */
class CachedFace implements Face, FaceEmbedding, CachedFaceData {
  readonly key: string;
  readonly postscriptName: string;
  readonly familyName: string;
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  readonly outlines: CffOutlines | null;
  private parsed?: fontkit.Font;
  private readonly lazyInks = new Map<number, Ink | null>();
  /** Where each code point asked about is in the sorted code points (−1: absent). */
  private readonly found = new Map<number, number>();

  constructor(
    readonly file: string,
    private readonly requested: string | undefined,
    readonly metrics: FaceMetrics,
    identity: FaceIdentity,
  ) {
    const r = metrics.record;
    this.postscriptName = r.postscriptName;
    this.familyName = r.familyName;
    this.key = `${file}#${r.postscriptName}`;
    this.unitsPerEm = r.unitsPerEm;
    ({ ascender: this.ascender, descender: this.descender } = emBox(r.typoAscender, r.typoDescender, r.unitsPerEm));
    this.outlines = r.cff ? new CffOutlines(file, r.cff, identity) : null;
  }

  get cached(): CachedFaceData {
    return this;
  }

  get font(): fontkit.Font {
    return (this.parsed ??= parseFace(this.file, this.requested).font);
  }

  /**
   * A build asks about a few hundred distinct characters, each many times (layout, then drawing):
   * each is searched for once and remembered. (A table of the whole BMP cost 256 KB a face and,
   * filled from its ~30,000 code points, more time than all the searches it saved.)
   */
  private indexOf(cp: number): number {
    let i = this.found.get(cp);
    if (i === undefined) this.found.set(cp, (i = findCodePoint(this.metrics.codePoints, cp)));
    return i;
  }

  glyph(cp: number): { id: number; advance: number } {
    const i = this.indexOf(cp);
    return i < 0 ? { id: 0, advance: this.metrics.record.notdefAdvance } : { id: this.metrics.glyphs[i]!, advance: this.metrics.advances[i]! };
  }

  has(cp: number): boolean {
    const i = this.indexOf(cp);
    return i >= 0 && this.metrics.glyphs[i] !== 0;
  }

  advance(cp: number): number {
    const i = this.indexOf(cp);
    return i < 0 ? this.metrics.record.notdefAdvance : this.metrics.advances[i]!;
  }

  ink(cp: number): Ink | null {
    const box = this.metrics.record.inks[cp];
    if (box !== undefined) return box && { minX: box[0], minY: box[1], maxX: box[2], maxY: box[3] };
    // Not punctuation: measured by fontkit (the whole font parsed) — the layout asks only for punctuation.
    if (!this.lazyInks.has(cp)) this.lazyInks.set(cp, inkOf(this.font.glyphForCodePoint(cp).bbox));
    return this.lazyInks.get(cp) ?? null;
  }
}

/** A font file that cannot be read, or is not a regular file within the limit. */
function unreadableFont(file: string, why: ReadFailure): FontError {
  const reason = why.reason === 'too-large' ? `${shownSize(why.size)}, over the limit of ${shownSize(why.limit)} for a font file` : 'code' in why ? why.code : why.reason;
  return new FontError(msg('font-unreadable', { file, reason }), file);
}

/** Parses a font file with fontkit (the face `postscriptName` of a collection), refusing what it cannot read. */
function parseFace(file: string, postscriptName: string | undefined, data?: Buffer): { font: fontkit.Font; data: Buffer } {
  if (!data) {
    const read = readRegular(file, LIMITS.font);
    if ('failure' in read) throw unreadableFont(file, read.failure);
    data = read.bytes;
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
  return { font, data };
}

const cache = new Map<string, Face>();

/**
 * Opens a font file (OTF, TTF, or a face of a TTC/OTC collection chosen by PostScript name), once
 * per process: from its metrics-cache entry when one matches the file, else measured with fontkit
 * (and the entry made).
 */
export function openFace(file: string, postscriptName?: string): Face {
  const key = `${file}#${postscriptName ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // Only a regular file within the font size limit is opened: a pipe would hang, /dev/zero never end.
  const opened = openRegular(file, LIMITS.font);
  if ('failure' in opened) throw unreadableFont(file, opened.failure);
  const fd = opened.fd;
  let face: Face;
  try {
    let identity: FaceIdentity;
    try {
      identity = identityOf(fd);
    } catch (e) {
      if (fstatSync(fd).isDirectory()) throw new FontError(msg('font-unreadable', { file, reason: 'folder' }), file);
      throw new FontError(msg('font-not-readable', { file }), file);
    }
    const metrics = loadFaceMetrics(file, postscriptName ?? '', identity);
    if (metrics) face = new CachedFace(file, postscriptName, metrics, identity);
    else face = measure(file, postscriptName, fd);
  } finally {
    closeSync(fd);
  }
  cache.set(key, face);
  return face;
}

/** Measures a face with fontkit: its metrics-cache entry and the file's identity. */
export function measureFile(file: string, postscriptName: string | undefined, fd: number): { metrics: FaceMetrics; identity: FaceIdentity } {
  const st = fstatSync(fd);
  const { font, data } = parseFace(file, postscriptName, readFileSync(fd));
  let metrics: FaceMetrics;
  try {
    metrics = measureFace(font, data);
  } catch {
    throw new FontError(msg('font-damaged', { file }), file);
  }
  return { metrics, identity: { size: data.length, mtimeMs: st.mtimeMs, check: contentCheckOf(data) } };
}

/** Measures a face and stores its entry in the user's cache. */
function measure(file: string, postscriptName: string | undefined, fd: number): Face {
  const { metrics, identity } = measureFile(file, postscriptName, fd);
  storeFaceMetrics(file, postscriptName ?? '', identity, metrics);
  return new CachedFace(file, postscriptName, metrics, identity);
}

/**
 * Forgets the faces opened so far, so the next openFace looks at the file and its cache entry again
 * (a long-running `--watch`, and tests of the cache).
 */
export function forgetOpenFaces(): void {
  cache.clear();
}

/** A face measured by fontkit alone, bypassing the metrics cache: the reference the cached path is tested against. */
export function openFontkitFace(file: string, postscriptName?: string): Face {
  return new FontkitFace(file, parseFace(file, postscriptName).font);
}
