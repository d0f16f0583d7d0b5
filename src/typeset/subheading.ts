/**
 * Sub-headings inside an article, as GB/T 9704 numbers them: 一、 in 黑体, （一） in 楷体, 1. and
 * （1） in 仿宋, all 3号 on the grid, indented two characters, kept with the text that follows.
 */
import type { Grid } from '../page/geometry.js';
import { normaliseSpaces } from './boxes.js';
import { emphasisSpans } from './emphasis.js';
import type { Frame } from './frame.js';
import type { TextStyle } from './style.js';
import { typesetText } from './textblock.js';

export interface SubheadingStyles {
  body: TextStyle;
  kai: TextStyle;
  strong: TextStyle;
}

export function subheadingStyle(level: 1 | 2 | 3 | 4, s: SubheadingStyles): TextStyle {
  return level === 1 ? s.strong : level === 2 ? s.kai : s.body;
}

export function typesetSubheading(text: string, level: 1 | 2 | 3 | 4, s: SubheadingStyles, grid: Grid): Frame[] {
  const style = subheadingStyle(level, s);
  return typesetText(emphasisSpans(normaliseSpaces(text), style, s.strong), style, grid, { kind: 'subheading', first: 2, role: 'subheading' });
}
