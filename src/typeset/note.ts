/**
 * Paragraph kinds in 楷体: the editor's note (编者按：in 黑体, then the note), a quoted block
 * (indented two characters on both sides), and the source line, right-aligned: （漯河市科协）.
 */
import type { Grid } from '../page/geometry.js';
import { emphasisSpans } from './emphasis.js';
import type { Frame } from './frame.js';
import type { TextStyle } from './style.js';
import { typesetText } from './textblock.js';
import { normaliseSpaces } from './boxes.js';

export interface KaiStyles {
  kai: TextStyle;
  /** 黑体 on the body grid: labels and **emphasis**. */
  strong: TextStyle;
}

export function typesetNote(label: string, text: string, s: KaiStyles, grid: Grid): Frame[] {
  const spans = [{ text: `${label}：`, style: s.strong }, ...emphasisSpans(normaliseSpaces(text), s.kai, s.strong)];
  return typesetText(spans, s.kai, grid, { kind: 'note', first: 2 });
}

export function typesetQuote(text: string, s: KaiStyles, grid: Grid): Frame[] {
  return typesetText(emphasisSpans(normaliseSpaces(text), s.kai, s.strong), s.kai, grid, { kind: 'quote', left: 2, right: 2, first: 2 });
}

export function typesetSource(text: string, s: KaiStyles, grid: Grid): Frame[] {
  return typesetText(emphasisSpans(normaliseSpaces(text), s.kai, s.strong), s.kai, grid, { kind: 'source', align: 'right', role: 'source' });
}
