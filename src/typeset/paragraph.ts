/** Body paragraphs: indented two characters (段首空二字), justified on the grid, **…** set in 黑体. */
import type { Grid } from '../page/geometry.js';
import type { SourcePath } from '../compose/blocks.js';
import { normaliseSpaces, written } from './boxes.js';
import { emphasisSpans } from './emphasis.js';
import type { Frame } from './frame.js';
import type { TextStyle } from './style.js';
import { typesetText } from './textblock.js';

/** First-line indent of a paragraph, in body characters. */
export const PARAGRAPH_INDENT = 2;

/** `path`: where the paragraph was written; characters no face sets are reported there. */
export function typesetParagraph(text: string, style: TextStyle, grid: Grid, strong: TextStyle = style, path: SourcePath = []): Frame[] {
  return typesetText(written(path, emphasisSpans(normaliseSpaces(text), style, strong)), style, grid, { kind: 'body', first: PARAGRAPH_INDENT });
}
