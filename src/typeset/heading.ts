/** Column headings: 【要情快报】 in 黑体 on one grid row, flush left, kept with what follows
 * (src/paginate/keeps.ts). */
import { BLACK } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { mmToPt } from '../page/units.js';
import { boxesOf } from './boxes.js';
import { baselineInRow, blankRow, runsOf, type Frame } from './frame.js';
import { breakLines } from './linebreak.js';
import type { TextStyle } from './style.js';

export function typesetHeading(text: string, style: TextStyle, grid: Grid, spaceBefore: number): Frame[] {
  const label = `【${text}】`;
  const boxes = boxesOf(label, style);
  const lines = breakLines(boxes, { first: grid.measure, rest: grid.measure });
  const frames: Frame[] = [];
  for (let i = 0; i < spaceBefore; i++) frames.push(blankRow());
  const baseline = baselineInRow(grid, style);
  lines.forEach((line, i) =>
    frames.push({
      rows: 1,
      items: runsOf(boxes, line, mmToPt(grid.geometry.blockLeft), baseline, 'heading', BLACK),
      role: 'heading',
      ...(i === 0 ? { outline: { title: label, level: 0 } } : {}),
    }),
  );
  return frames;
}
