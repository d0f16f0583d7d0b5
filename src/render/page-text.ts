/**
 * Text written straight into a page's content stream. pdfkit's text() is made for flowing text:
 * for each string it sets up options, measures the string twice (for alignment and to move its
 * cursor), keeps a transformation stack and turns every operator line into bytes one at a time —
 * most of the page drawing time. The display list already says where every glyph goes, so a run
 * is written here as the operators pdfkit's text(x, y, { lineBreak: false, baseline: 'alphabetic',
 * characterSpacing }) writes for it, the same bytes (tests/page-text.test.ts compares them), and
 * each page's text reaches pdfkit as one chunk. The glyphs are encoded as pdfkit's font object
 * encodes them (EmbeddedFont.encode), without its measuring and positioning.
 */
import type { Cmyk, GlyphRun, PlacedGlyph } from '../page/display.js';
import { mmToPt } from '../page/units.js';

/** A segment of a run drawn with one text operation: its glyphs share one letter-spacing. */
export interface Segment {
  glyphs: PlacedGlyph[];
  spacing: number;
}

/** Cuts a run into segments of constant letter-spacing, each drawn by one text operation. */
export function segments(glyphs: PlacedGlyph[]): Segment[] {
  const out: Segment[] = [];
  for (const g of glyphs) {
    const seg = out[out.length - 1];
    if (seg) {
      const prev = seg.glyphs[seg.glyphs.length - 1]!;
      const spacing = g.x - prev.x - prev.advance;
      if (seg.glyphs.length === 1) {
        seg.spacing = spacing;
        seg.glyphs.push(g);
        continue;
      }
      if (Math.abs(spacing - seg.spacing) < 1e-5) {
        seg.glyphs.push(g);
        continue;
      }
    }
    out.push({ glyphs: [g], spacing: 0 });
  }
  return out;
}

/** A number as pdfkit writes it in a content stream (PDFObject.number): rounded to six decimals. */
export const pdfNumber = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A glyph as the registered font's layout gives it (unshaped: one per character, its own advance). */
interface LaidGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/**
 * What drawing needs of pdfkit's font object (EmbeddedFont, `doc._font` after `doc.font(name)`):
 * the object it was registered with, and what its encode() fills in — the subset, the glyphs'
 * widths and the ToUnicode map — which the font writes out when the document ends.
 */
export interface PdfFont {
  /** The font's resource name on the page: F1, F2, ... */
  id: string;
  ref(): unknown;
  font: { layout(text: string): { glyphs: LaidGlyph[] } };
  subset: { includeGlyph(id: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  /** 1000 / units per em. */
  scale: number;
}

/**
 * The glyphs of `text` as pdfkit's EmbeddedFont.encode gives them — 4-digit hex ids in the subset —
 * with what it records of each. Like its layout, the text is laid out in pieces that end at a space
 * or tab; the registered layouts never move a glyph (unshaped.ts), so no position is needed.
 */
export function encode(font: PdfFont, text: string): string {
  let hex = '';
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && text[end] !== ' ' && text[end] !== '\t') end++;
    end = Math.min(end + 1, text.length);
    for (const glyph of font.font.layout(text.slice(start, end)).glyphs) {
      const gid = font.subset.includeGlyph(glyph.id);
      hex += `0000${gid.toString(16)}`.slice(-4);
      font.widths[gid] ??= glyph.advanceWidth * font.scale;
      font.unicode[gid] ??= glyph.codePoints;
    }
    start = end;
  }
  return hex;
}

/** What drawing needs of pdfkit's page (PDFPage). */
export interface PdfPage {
  height: number;
  readonly fonts: Record<string, unknown>;
  write(chunk: Uint8Array): void;
}

/** The text operators of one page, collected and handed to pdfkit's page as one chunk. */
export class PageText {
  private ops: string[] = [];
  private readonly flip: string;

  constructor(private readonly page: PdfPage) {
    this.flip = `1 0 0 -1 0 ${pdfNumber(page.height)} cm`; // pdfkit's y-down user space, per text object
  }

  /** Fill colour as pdfkit's fillColor(cmyk) sets it: percentages as fractions, in DeviceCMYK. */
  fill(color: Cmyk): void {
    this.ops.push('/DeviceCMYK cs', `${color.map((part) => part / 100).join(' ')} scn`);
  }

  /** One run in `font` at `size` pt, a text object for each of its segments. */
  run(run: GlyphRun, font: PdfFont): void {
    const size = pdfNumber(run.size);
    const y = pdfNumber(this.page.height - mmToPt(run.y));
    for (const seg of segments(run.glyphs)) {
      if (this.page.fonts[font.id] == null) this.page.fonts[font.id] = font.ref(); // as text() does: a run without glyphs makes no font object
      const hex = encode(font, seg.glyphs.map((g) => g.ch).join(''));
      const spacing = mmToPt(seg.spacing);
      this.ops.push('q', this.flip, 'BT', `1 0 0 1 ${pdfNumber(mmToPt(seg.glyphs[0]!.x))} ${y} Tm`, `/${font.id} ${size} Tf`);
      if (spacing) this.ops.push(`${pdfNumber(spacing)} Tc`);
      this.ops.push(`[<${hex}> 0] TJ`, 'ET', 'Q');
    }
  }

  /** Hands what was collected to the page (before anything else draws on it, and at its end). */
  flush(): void {
    if (!this.ops.length) return;
    this.ops.push('');
    this.page.write(Buffer.from(this.ops.join('\n'), 'latin1'));
    this.ops = [];
  }
}
