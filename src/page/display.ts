/**
 * The display list: what a page shows, as plain data in millimetres from the page's top-left
 * corner. Layout produces it; the renderer only draws it. Tests read it.
 */
import type { FontRole } from './font-roles.js';

/** Process colour, C M Y K in percent (print-ready: red is 0/100/100/0, black is K100). */
export type Cmyk = readonly [number, number, number, number];
export const RED: Cmyk = [0, 100, 100, 0];
export const BLACK: Cmyk = [0, 0, 0, 100];

export interface PlacedGlyph {
  /** The character as written in the source (one code point). */
  ch: string;
  /** Origin of the glyph (left edge of its advance box), mm. */
  x: number;
  /** Natural advance of the glyph at this size, mm (before tracking or compression). */
  advance: number;
}

/** What kind of text a run carries, for tests and checks (body lines sit on the grid). */
export type RunKind =
  | 'body' | 'heading' | 'title' | 'masthead' | 'footer' | 'folio'
  | 'caption' | 'note' | 'source' | 'subheading' | 'quote' | 'contents';

export interface GlyphRun {
  type: 'text';
  kind: RunKind;
  font: FontRole;
  /** Type size, pt. */
  size: number;
  /** Key of the fallback face the run is set in, when not the role's own face (see src/fonts). */
  face?: string;
  color: Cmyk;
  /** Baseline, mm from the page top. */
  y: number;
  glyphs: PlacedGlyph[];
}

export interface Rule {
  type: 'rule';
  x1: number;
  x2: number;
  /** Centre line of the stroke, mm from the page top. */
  y: number;
  /** Stroke thickness, mm. */
  thickness: number;
  color: Cmyk;
}

/** A photo, drawn scaled to its box; JPEG data is embedded as it is in the file. */
export interface ImageBox {
  type: 'image';
  /** Top-left corner of the photo, mm from the page's top-left corner. */
  x: number;
  y: number;
  /** Printed size, mm. */
  width: number;
  height: number;
  /** Absolute path of the file. */
  file: string;
  format: 'jpeg' | 'png';
  /** Size in pixels, and the resolution it prints at (pixels per inch across its width). */
  pixelWidth: number;
  pixelHeight: number;
  dpi: number;
  /** Where the photo is named in the issue (for warnings). */
  path: (string | number)[];
}

export type DisplayItem = GlyphRun | Rule | ImageBox;

export interface OutlineEntry {
  title: string;
  level: number;
  /** Top of the entry on its page, mm. */
  y: number;
}

export interface Page {
  /** 1-based page number, printed as "— N —". */
  number: number;
  items: DisplayItem[];
  outline: OutlineEntry[];
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** ISO date yyyy-mm-dd: the date, also the PDF creation date (reproducible output). */
  date: string;
  lang: string;
}

export interface LaidOutDocument {
  info: DocumentInfo;
  pageWidth: number;
  pageHeight: number;
  pages: Page[];
}
