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

/** A broken line as a glyph run starting at `x0` pt from the page's left edge. */
export function runOf(
  boxes: GlyphBox[],
  line: BrokenLine,
  style: TextStyle,
  x0: number,
  baseline: number,
  kind: RunKind,
  color: Cmyk,
): GlyphRun {
  const glyphs = [];
  for (let i = line.start; i < line.end; i++) {
    const b = boxes[i]!;
    if (b.kind === 'space') continue;
    glyphs.push({ ch: b.ch, x: ptToMm(x0 + line.x[i - line.start]!), advance: ptToMm(b.natural) });
  }
  return { type: 'text', kind, font: style.font, size: style.size, color, y: ptToMm(baseline), glyphs };
}
