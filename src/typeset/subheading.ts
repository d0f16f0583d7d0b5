/**
 * Sub-headings inside an article, as GB/T 9704 numbers them: 一、 in 黑体, （一） in 楷体, 1. and
 * （1） in 仿宋, all 3号 on the grid, indented two characters, kept with the text that follows.
 */
import type { Grid } from '../page/geometry.js';
import type { SourcePath } from '../compose/blocks.js';
import { normaliseSpaces, written } from './boxes.js';
import type { Styles } from './context.js';
import { emphasisSpans } from './emphasis.js';
import type { Frame } from './frame.js';
import { typesetText } from './textblock.js';

/** The face of each level, the one place it is said: 黑体 (heading), 楷体 (kai), 仿宋 (body). */
export const SUBHEADING_FACE = { 1: 'heading', 2: 'kai', 3: 'body', 4: 'body' } as const;

export function typesetSubheading(text: string, level: 1 | 2 | 3 | 4, styles: Pick<Styles, 'body' | 'kai' | 'heading'>, grid: Grid, path: SourcePath = []): Frame[] {
  const style = styles[SUBHEADING_FACE[level]];
  return typesetText(written(path, emphasisSpans(normaliseSpaces(text), style, styles.heading)), style, grid, { kind: 'subheading', first: 2, role: 'subheading' });
}
