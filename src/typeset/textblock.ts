/**
 * A block of text on the grid in one or more faces: one frame a line, lines justified (or right-
 * aligned, or centred) between indents counted in body characters, so every kind of paragraph —
 * editor's notes, quotations, source lines, sub-headings, contents entries — stays on the grid.
 */
import { BLACK, type RunKind } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { mmToPt } from '../page/units.js';
import { boxesOfSpans, type Span } from './boxes.js';
import { baselineInRow, runsOf, type Frame, type FrameRole } from './frame.js';
import { breakLines } from './linebreak.js';
import type { TextStyle } from './style.js';

export interface TextBlockOptions {
  kind: RunKind;
  /** Indents of every line from the block's left and right edges, in body characters. */
  left?: number;
  right?: number;
  /** Extra indent of the first line, in body characters (negative: a hanging first line). */
  first?: number;
  /** justify: the last line flush left; right / center: the last line placed so (the others are full). */
  align?: 'justify' | 'right' | 'center';
  /** What the lines are to the page breaker (default: text); src/paginate/keeps.ts keeps them. */
  role?: FrameRole;
}

export function typesetText(spans: Span[], style: TextStyle, grid: Grid, opts: TextBlockOptions): Frame[] {
  const pitch = grid.charPitch;
  const boxes = boxesOfSpans(spans);
  if (boxes.length === 0) return [];
  const left = (opts.left ?? 0) * pitch;
  const right = (opts.right ?? 0) * pitch;
  const first = (opts.first ?? 0) * pitch;
  const measure = grid.measure - left - right;
  const lines = breakLines(boxes, { first: measure - first, rest: measure });
  const blockLeft = mmToPt(grid.geometry.blockLeft);
  const baseline = baselineInRow(grid, style);
  const align = opts.align ?? 'justify';
  return lines.map((line, i) => {
    const indent = left + (i === 0 ? first : 0);
    // Lines other than the last are full (justified); the last keeps its natural width.
    const room = (i === 0 ? measure - first : measure) - line.width;
    const x0 = blockLeft + indent + (align === 'right' ? room : align === 'center' ? room / 2 : 0);
    return {
      rows: 1,
      items: runsOf(boxes, line, x0, baseline, opts.kind, BLACK),
      role: opts.role ?? 'text',
      line: { index: i, count: lines.length },
    };
  });
}

