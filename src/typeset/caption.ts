/** Photo captions: 楷体, centred under their photo, broken to its width, one grid row a line. */
import { BLACK, type GlyphRun } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { mmToPt } from '../page/units.js';
import { boxesOf, normaliseSpaces } from './boxes.js';
import { baselineInRow, runsOf } from './frame.js';
import { breakLines } from './linebreak.js';
import type { TextStyle } from './style.js';

/**
 * The caption's lines as runs, each centred on [x, x + width] mm; line k's baseline sits in grid
 * row `row + k` (rows counted from the frame's top).
 */
export function captionLines(text: string, style: TextStyle, grid: Grid, x: number, width: number, row: number): GlyphRun[][] {
  const boxes = boxesOf(normaliseSpaces(text), style);
  const measure = mmToPt(width);
  // Fewer than four characters a line would be unreadable: let a caption that narrow overhang.
  const lines = breakLines(boxes, { first: Math.max(measure, 4 * style.pitch), rest: Math.max(measure, 4 * style.pitch) });
  const baseline = baselineInRow(grid, style);
  return lines.map((line, k) => {
    // Centred lines are set at their natural width; a long caption's full lines fill the photo's width.
    const x0 = mmToPt(x) + (measure - line.width) / 2;
    return runsOf(boxes, line, x0, baseline + (row + k) * grid.linePitch, 'caption', BLACK);
  });
}
