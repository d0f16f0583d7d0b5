/**
 * A block of text on the grid, set by the one text setter (setter.ts): one frame a grid row, each
 * line's text centred in its row, lines justified (or right-aligned, centred, centred on their ink)
 * between indents counted in body characters — so every kind of paragraph, heading and title stays
 * on the grid. Each frame says which line of the block it is; the page breaker's widow, orphan and
 * keep rules read that (src/paginate/keeps.ts), nothing here decides them.
 */
import type { RunKind } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { mmToPt } from '../page/units.js';
import type { GlyphBox, Span } from './boxes.js';
import { baselineInRow, type Frame, type FrameRole } from './frame.js';
import { setText, type SetOptions } from './setter.js';
import type { TextStyle } from './style.js';

export interface TextBlockOptions {
  kind: RunKind;
  /** Indents of every line from the block's left and right edges, in body characters. */
  left?: number;
  right?: number;
  /** Extra indent of the first line, in body characters (negative: a hanging first line). */
  first?: number;
  /** As the setter aligns lines (default justify). */
  align?: SetOptions['align'];
  /** What the lines are to the page breaker (default: text); src/paginate/keeps.ts keeps them. */
  role?: FrameRole;
  /** An entry for the PDF outline, on the first line's frame. */
  outline?: { title: string; level: number };
  /** As the setter cuts lines (default: broken on the measure). */
  lines?: SetOptions['lines'];
  /** Break measure of every line, pt, when narrower than the block (a title's margins). */
  measure?: number;
}

/** `style` is the block's main style: its em box is centred in each row. */
export function typesetText(input: Span[] | GlyphBox[], style: TextStyle, grid: Grid, opts: TextBlockOptions): Frame[] {
  const pitch = grid.charPitch;
  const left = (opts.left ?? 0) * pitch;
  const right = (opts.right ?? 0) * pitch;
  const set = setText(input, {
    kind: opts.kind,
    x: mmToPt(grid.geometry.blockLeft) + left,
    width: grid.measure - left - right,
    first: (opts.first ?? 0) * pitch,
    baseline: baselineInRow(grid, style),
    ...(opts.align ? { align: opts.align } : {}),
    ...(opts.lines ? { lines: opts.lines } : {}),
    ...(opts.measure !== undefined ? { measure: opts.measure } : {}),
  });
  return set.map((line, i) => ({
    rows: 1,
    items: line.runs,
    role: opts.role ?? 'text',
    line: { index: i, count: set.length },
    ...(i === 0 && opts.outline ? { outline: opts.outline } : {}),
  }));
}
