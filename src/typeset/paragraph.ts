/** Body paragraphs: indented two characters, justified on the grid, one frame a line. */
import { BLACK } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { mmToPt } from '../page/units.js';
import { boxesOf, normaliseSpaces } from './boxes.js';
import { baselineInRow, runsOf, type Frame } from './frame.js';
import { breakLines } from './linebreak.js';
import type { TextStyle } from './style.js';

export interface ParagraphOptions {
  /** First-line indent in characters (段首空二字). */
  indent: number;
}

export function typesetParagraph(text: string, style: TextStyle, grid: Grid, opts: ParagraphOptions = { indent: 2 }): Frame[] {
  const boxes = boxesOf(normaliseSpaces(text), style);
  const indent = opts.indent * style.pitch;
  const lines = breakLines(boxes, { first: grid.measure - indent, rest: grid.measure });
  const left = mmToPt(grid.geometry.blockLeft);
  const baseline = baselineInRow(grid, style);
  return lines.map((line, i) => ({
    rows: 1,
    items: runsOf(boxes, line, left + (i === 0 ? indent : 0), baseline, 'body', BLACK),
    role: 'text' as const,
    line: { index: i, count: lines.length }, // for widows and orphans (src/paginate/keeps.ts)
  }));
}
