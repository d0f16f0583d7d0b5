/**
 * Paragraph kinds in 楷体: the editor's note (编者按：in 黑体, then the note), a quoted block
 * (indented two characters on both sides), and the source line, right-aligned: （漯河市科协）.
 */
import type { SourcePath } from '../compose/blocks.js';
import type { Grid } from '../page/geometry.js';
import { emphasisSpans } from './emphasis.js';
import type { Frame } from './frame.js';
import type { Styles } from './context.js';
import { typesetText } from './textblock.js';
import { normaliseSpaces, written } from './boxes.js';

/** 楷体 on the body grid, and 黑体 (heading) for labels and **emphasis**. */
export type KaiStyles = Pick<Styles, 'kai' | 'heading'>;

/** `path`: where the note's text was written (its label beside it); characters no face sets are reported there. */
export function typesetNote(label: string, text: string, s: KaiStyles, grid: Grid, path: SourcePath = []): Frame[] {
  const spans = [
    ...written([...path.slice(0, -1), 'label'], [{ text: `${label}：`, style: s.heading }]),
    ...written(path, emphasisSpans(normaliseSpaces(text), s.kai, s.heading)),
  ];
  return typesetText(spans, s.kai, grid, { kind: 'note', first: 2 });
}

export function typesetQuote(text: string, s: KaiStyles, grid: Grid, path: SourcePath = []): Frame[] {
  return typesetText(written(path, emphasisSpans(normaliseSpaces(text), s.kai, s.heading)), s.kai, grid, { kind: 'quote', left: 2, right: 2, first: 2 });
}

export function typesetSource(text: string, s: KaiStyles, grid: Grid, path: SourcePath = []): Frame[] {
  return typesetText(written(path, emphasisSpans(normaliseSpaces(text), s.kai, s.heading)), s.kai, grid, { kind: 'source', align: 'right', role: 'source' });
}
