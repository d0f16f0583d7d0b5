/**
 * Reads what a built PDF really draws — every glyph's origin, advance, size and font, every
 * horizontal rule and every image's box — with a real PDF reader (pdfjs-dist), by walking each page's operator list the
 * way a renderer does. Nothing here looks at our display list: the grid check judges the PDF.
 * Positions are in millimetres from the page's top-left corner, like the display list's.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PT_PER_MM } from '../page/units.js';

export interface PdfGlyph {
  /** The character, from the font's ToUnicode map. */
  ch: string;
  /** Origin (left end of the advance, on the baseline), mm. */
  x: number;
  /** Baseline, mm from the page top. */
  y: number;
  /** The glyph's own advance at its size, mm (without character spacing). */
  advance: number;
  /** Type size as drawn, pt. */
  size: number;
  /** The font's PostScript name without the subset tag ("FandolFang-Regular"). */
  font: string;
}

export interface PdfRule {
  x1: number;
  x2: number;
  /** Centre line, mm from the page top. */
  y: number;
  /** Stroke thickness, mm. */
  thickness: number;
  /** Stroke colour as the reader sees it ("#rrggbb"). */
  color: string;
}

/** Where an image is painted: its box on the page, mm from the top-left corner. */
export interface PdfImage {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  glyphs: PdfGlyph[];
  rules: PdfRule[];
  images: PdfImage[];
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 applied first, then m2. */
function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = m1 as Matrix;
  const [A, B, C, D, E, F] = m2 as Matrix;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

interface State {
  ctm: Matrix;
  lineWidth: number;
  stroke: string;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  rise: number;
  leading: number;
  font: string;
  fontMatrix0: number;
  fontSize: number;
}

interface GlyphOp {
  unicode: string;
  width: number;
  isSpace?: boolean;
}

/** The subset tag "ABCDEF+" is an artefact of embedding, not part of the font's name. */
const untagged = (name: string): string => name.replace(/^[A-Z]{6}\+/, '');

function asMatrix(arg: unknown): Matrix {
  const m = arg as ArrayLike<number>;
  return [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
}

/** Reads every page of a PDF. Throws the reader's own error for a file that is not a PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), fontExtraProperties: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const ops = await page.getOperatorList();
      const glyphs: PdfGlyph[] = [];
      const rules: PdfRule[] = [];
      const images: PdfImage[] = [];
      // User space (pt, y up) → mm from the top-left corner.
      const toMm = (x: number, y: number) => ({ x: (x - x0) / PT_PER_MM, y: (y1 - y) / PT_PER_MM });
      const fontName = (ref: string): { name: string; m0: number } => {
        const f = page.commonObjs.get(ref) as { name?: string; fontMatrix?: number[] } | undefined;
        return { name: untagged(f?.name ?? ref), m0: f?.fontMatrix?.[0] ?? 0.001 };
      };

      let s: State = { ctm: IDENTITY, lineWidth: 1, stroke: '#000000', charSpacing: 0, wordSpacing: 0, hScale: 1, rise: 0, leading: 0, font: '', fontMatrix0: 0.001, fontSize: 0 };
      const stack: State[] = [];
      let tm: Matrix = IDENTITY;
      let tx = 0; // position in text space, relative to the text matrix
      let ty = 0;
      let lineX = 0;
      let lineY = 0;

      const showText = (items: (GlyphOp | number | null)[]) => {
        const m = multiply(tm, s.ctm);
        const scale = Math.hypot(m[0], m[1]);
        for (const item of items) {
          if (item === null) continue;
          if (typeof item === 'number') {
            tx -= (item * s.fontSize) / 1000 * s.hScale;
            continue;
          }
          const w = item.width * s.fontSize * s.fontMatrix0;
          const [px, py] = apply(m, tx, ty + s.rise);
          if (item.unicode && item.unicode.trim() !== '') {
            const at = toMm(px, py);
            glyphs.push({ ch: item.unicode, x: at.x, y: at.y, advance: (w * s.hScale * scale) / PT_PER_MM, size: s.fontSize * scale, font: s.font });
          }
          tx += (w + s.charSpacing + (item.isSpace ? s.wordSpacing : 0)) * s.hScale;
        }
      };
      const moveText = (x: number, y: number) => {
        lineX += x;
        lineY += y;
        tx = lineX;
        ty = lineY;
      };

      for (let i = 0; i < ops.fnArray.length; i++) {
        const args = ops.argsArray[i] as unknown[];
        switch (ops.fnArray[i]) {
          case OPS.save:
            stack.push({ ...s });
            break;
          case OPS.restore:
            s = stack.pop() ?? s;
            break;
          case OPS.transform:
            s.ctm = multiply(asMatrix(args), s.ctm);
            break;
          case OPS.setLineWidth:
            s.lineWidth = args[0] as number;
            break;
          case OPS.setStrokeRGBColor:
            s.stroke = String(args[0]);
            break;
          case OPS.beginText:
            tm = IDENTITY;
            tx = ty = lineX = lineY = 0;
            break;
          case OPS.setTextMatrix:
            tm = asMatrix(args[0] && typeof args[0] === 'object' ? args[0] : args);
            tx = ty = lineX = lineY = 0;
            break;
          case OPS.moveText:
            moveText(args[0] as number, args[1] as number);
            break;
          case OPS.setLeadingMoveText:
            s.leading = -(args[1] as number);
            moveText(args[0] as number, args[1] as number);
            break;
          case OPS.setLeading:
            s.leading = args[0] as number;
            break;
          case OPS.nextLine:
            moveText(0, -s.leading);
            break;
          case OPS.setFont: {
            const f = fontName(args[0] as string);
            s.font = f.name;
            s.fontMatrix0 = f.m0;
            s.fontSize = Math.abs(args[1] as number);
            break;
          }
          case OPS.setCharSpacing:
            s.charSpacing = args[0] as number;
            break;
          case OPS.setWordSpacing:
            s.wordSpacing = args[0] as number;
            break;
          case OPS.setHScale:
            s.hScale = (args[0] as number) / 100;
            break;
          case OPS.setTextRise:
            s.rise = args[0] as number;
            break;
          case OPS.showText:
          case OPS.showSpacedText:
            showText(args[0] as (GlyphOp | number | null)[]);
            break;
          case OPS.paintFormXObjectBegin:
            stack.push({ ...s });
            if (args[0]) s.ctm = multiply(asMatrix(args[0]), s.ctm);
            break;
          case OPS.paintFormXObjectEnd:
            s = stack.pop() ?? s;
            break;
          case OPS.paintImageXObject:
          case OPS.paintInlineImageXObject:
          case OPS.paintImageMaskXObject:
            images.push(unitSquare(s.ctm, toMm));
            break;
          case OPS.constructPath:
            if (args[0] === OPS.stroke) rules.push(...horizontalLines(args[1], s, toMm));
            break;
        }
      }
      pages.push({ number: n, width: (x1 - x0) / PT_PER_MM, height: (y1 - y0) / PT_PER_MM, glyphs, rules, images });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** An image fills the unit square of the current transformation. */
function unitSquare(ctm: Matrix, toMm: (x: number, y: number) => { x: number; y: number }): PdfImage {
  const corners = [apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 0, 1), apply(ctm, 1, 1)].map(([x, y]) => toMm(x, y));
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** The straight horizontal segments of a stroked path (pdfjs 5 path data: op codes and points). */
function horizontalLines(pathArg: unknown, s: State, toMm: (x: number, y: number) => { x: number; y: number }): PdfRule[] {
  const out: PdfRule[] = [];
  const datas = (Array.isArray(pathArg) ? pathArg : [pathArg]) as ArrayLike<number>[];
  const thickness = (s.lineWidth * Math.hypot(s.ctm[0], s.ctm[1])) / PT_PER_MM;
  for (const data of datas) {
    if (!data) continue;
    let cur: [number, number] | undefined;
    for (let i = 0; i < data.length; ) {
      const op = data[i++]!;
      if (op === 0 || op === 1) {
        const p = apply(s.ctm, data[i++]!, data[i++]!);
        if (op === 1 && cur && Math.abs(cur[1] - p[1]) < 1e-3) {
          const a = toMm(Math.min(cur[0], p[0]), p[1]);
          const b = toMm(Math.max(cur[0], p[0]), p[1]);
          out.push({ x1: a.x, x2: b.x, y: a.y, thickness, color: s.stroke });
        }
        cur = p;
      } else if (op === 2) {
        i += 6;
        cur = undefined;
      } else if (op === 3) {
        i += 4;
        cur = undefined;
      } else {
        cur = undefined; // closePath
      }
    }
  }
  return out;
}
