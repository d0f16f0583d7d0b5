/** Column headings: 【要情快报】 in 黑体 on one grid row, flush left, kept with what follows
 * (src/paginate/keeps.ts). */
import type { SourcePath } from '../compose/blocks.js';
import type { Grid } from '../page/geometry.js';
import { written } from './boxes.js';
import { blankRow, type Frame } from './frame.js';
import type { TextStyle } from './style.js';
import { typesetText } from './textblock.js';

export function typesetHeading(text: string, style: TextStyle, grid: Grid, spaceBefore: number, path: SourcePath = []): Frame[] {
  const label = `【${text}】`;
  const frames: Frame[] = [];
  for (let i = 0; i < spaceBefore; i++) frames.push(blankRow());
  frames.push(...typesetText(written(path, [{ text: label, style }]), style, grid, { kind: 'heading', role: 'heading', outline: { title: label, level: 0 } }));
  return frames;
}
