/**
 * Frames: the pieces the flow is cut into. A frame is a whole number of grid rows tall and holds
 * display items placed relative to its top (x is already absolute on the page).
 */
import type { Cmyk, DisplayItem, GlyphRun, RunKind } from '../page/display.js';
import { ptToMm } from '../page/units.js';
import type { Grid } from '../page/geometry.js';
import type { BrokenLine } from './linebreak.js';
import type { GlyphBox } from './boxes.js';
import type { TextStyle } from './style.js';

export interface Frame {
  rows: number;
  items: DisplayItem[];
  /** Do not break the page after this frame. */
  keepWithNext: boolean;
  /** A blank row that disappears at the top of a page. */
  blank?: boolean;
  /** An entry for the PDF outline (bookmarks). */
  outline?: { title: string; level: number };
  /** A photo that may move to the top of the next page, the text after it filling the gap. */
  float?: boolean;
  /** Starts a new article or column: a photo waiting to float to the next page is not passed by it. */
  barrier?: boolean;
}

/**
 * The baseline of text of `size` pt centred on a grid row: its ideographic em box sits in the
 * middle of the row, pt below the row's top.
 */
export function baselineInRow(grid: Grid, style: TextStyle, rows = 1): number {
  const { face, size } = style;
  const ascent = (face.ascender / face.unitsPerEm) * size;
  return (grid.linePitch * rows - size) / 2 + ascent;
}

/**
 * A broken line as glyph runs starting at `x0` pt from the page's left edge: one run per stretch
 * of characters in the same face and size. `baseline` is that of the line's main style; a
 * character in another size sits on the same baseline.
 */
export function runsOf(boxes: GlyphBox[], line: BrokenLine, x0: number, baseline: number, kind: RunKind, color: Cmyk): GlyphRun[] {
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
