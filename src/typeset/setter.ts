/**
 * The text setter: every piece of text a bulletin prints — paragraphs, notes, headings, titles,
 * captions, 版记 items, masthead lines — is set here, one way: spans → glyph boxes (kinsoku, glue,
 * fallback faces: boxes.ts) → lines broken on a measure (linebreak.ts), or kept as one line at
 * natural width → glyph runs placed on the page. The kinds differ only in the options they pass.
 */
import { BLACK, type Cmyk, type GlyphRun, type RunKind } from '../page/display.js';
import { ptToMm } from '../page/units.js';
import { boxesOfSpans, type GlyphBox, type Span } from './boxes.js';
import { breakLines, naturalLine, naturalWidth, type BrokenLine } from './linebreak.js';
import type { TextStyle } from './style.js';

export interface SetOptions {
  kind: RunKind;
  color?: Cmyk;
  /** Left edge of the lines' box, pt from the page's left edge. */
  x: number;
  /** Width of the lines' box, pt: lines are broken to it less their indents, and aligned in it. */
  width: number;
  /** Indent of the first line / of the other lines from `x`, pt (negative: a hanging first line). */
  first?: number;
  rest?: number;
  /**
   * justify: full lines fill the measure, the last keeps its natural width at its indent;
   * right / center: each line placed so in its measure; ink-center: centred on its ink (a closing
   * mark's blank right half at the line end counts nothing).
   */
  align?: 'justify' | 'right' | 'center' | 'ink-center';
  /** Baseline of the first line, pt from the frame's top; each next line `leading` pt lower. */
  baseline: number;
  leading?: number;
  /**
   * How the text is cut into lines: broken on the measure (default: `width` less the indents, or a
   * number of pt for every line), `natural` — never broken, one line at natural width — or the
   * given line ends (indexes into the boxes), each line at natural width.
   */
  lines?: 'break' | 'natural' | number[];
  /** Break measure of every line, pt, when it differs from the box the lines are aligned in. */
  measure?: number;
  /** Extra advance after every character but the last, pt (a masthead name's letter-spacing). */
  tracking?: number;
  /** Avoid a last line of a single character (default true). */
  avoidSingleCharLastLine?: boolean;
}

/** One line as set: its glyph runs and the width it takes, pt. */
export interface SetLine {
  runs: GlyphRun[];
  width: number;
}

/** The boxes of a text given as spans or already boxed (a title measured before it is set). */
function boxesOfInput(input: Span[] | GlyphBox[]): GlyphBox[] {
  return input.length > 0 && 'ch' in input[0]! ? (input as GlyphBox[]) : boxesOfSpans(input as Span[]);
}

/** Natural width of a text set as one line, pt: what a text takes before it is placed. */
export function widthOf(spans: Span[]): number {
  const boxes = boxesOfSpans(spans);
  return naturalWidth(boxes, 0, boxes.length);
}

/** The line ends of the breaker for these boxes on these measures (a title's fallback). */
function brokenLines(boxes: GlyphBox[], first: number, rest: number, avoid: boolean | undefined): BrokenLine[] {
  return breakLines(boxes, { first, rest, ...(avoid === false ? { avoidSingleCharLastLine: false } : {}) });
}

export function setText(input: Span[] | GlyphBox[], opts: SetOptions): SetLine[] {
  const boxes = boxesOfInput(input);
  if (boxes.length === 0) return [];
  if (opts.tracking) boxes.forEach((b, i) => i < boxes.length - 1 && (b.width += opts.tracking!));
  const first = opts.first ?? 0;
  const rest = opts.rest ?? 0;
  const spec = opts.lines ?? 'break';
  let lines: BrokenLine[];
  if (spec === 'natural') lines = [naturalLine(boxes, 0, boxes.length)];
  else if (Array.isArray(spec)) lines = spec.map((e, i) => naturalLine(boxes, i === 0 ? 0 : spec[i - 1]!, e));
  else if (opts.measure !== undefined) lines = brokenLines(boxes, opts.measure, opts.measure, opts.avoidSingleCharLastLine);
  else lines = brokenLines(boxes, opts.width - first, opts.width - rest, opts.avoidSingleCharLastLine);
  const align = opts.align ?? 'justify';
  const color = opts.color ?? BLACK;
  return lines.map((line, i) => {
    const indent = i === 0 ? first : rest;
    let x0 = opts.x + indent;
    if (align === 'right' || align === 'center') {
      const room = opts.width - indent - line.width;
      x0 += align === 'right' ? room : room / 2;
    } else if (align === 'ink-center') {
      const lastBox = boxes[line.end - 1]!;
      const ink = naturalWidth(boxes, line.start, line.end) - (lastBox.kind === 'punct' ? lastBox.shrinkRight : 0);
      x0 += (opts.width - indent - ink) / 2;
    }
    return { runs: runsOf(boxes, line, x0, opts.baseline + i * (opts.leading ?? 0), opts.kind, color), width: line.width };
  });
}

/**
 * A broken line as glyph runs starting at `x0` pt from the page's left edge: one run per stretch
 * of characters in the same face and size. `baseline` is that of the line's main style; a
 * character in another size sits on the same baseline.
 */
function runsOf(boxes: GlyphBox[], line: BrokenLine, x0: number, baseline: number, kind: RunKind, color: Cmyk): GlyphRun[] {
  const runs: GlyphRun[] = [];
  let run: GlyphRun | undefined;
  let runStyle: TextStyle | undefined;
  for (let i = line.start; i < line.end; i++) {
    const b = boxes[i]!;
    if (b.kind === 'space') continue;
    if (!run || runStyle!.face !== b.style.face || runStyle!.size !== b.style.size || runStyle!.font !== b.style.font) {
      runStyle = b.style;
      run = { type: 'text', kind, font: b.style.font, size: b.style.size, color, y: ptToMm(baseline + (b.style.baselineShift ?? 0)), glyphs: [] };
      if (b.style.fallback) run.face = b.style.face.key;
      runs.push(run);
    }
    run.glyphs.push({ ch: b.ch, x: ptToMm(x0 + line.x[i - line.start]!), advance: ptToMm(b.natural) });
  }
  return runs;
}
