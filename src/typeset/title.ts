/**
 * Article titles: 2号 小标宋, centred. A title longer than a line breaks by meaning (title-breaks.ts)
 * into a trapezoid or diamond of whole words; the author may give the lines instead. A title that
 * fits on one line, or whose lines are given, is set without loading the segmenter.
 */
import { msg } from '../diagnostics/messages.js';
import type { Grid } from '../page/geometry.js';
import { boxesOfSpans, normaliseSpaces, written, type GlyphBox } from './boxes.js';
import { blankRow, type Frame } from './frame.js';
import { LayoutError } from './errors.js';
import { naturalWidth } from './linebreak.js';
import type { TextStyle } from './style.js';
import { chooseTitleBreaks } from './title-breaks.js';
import { wordsOf } from './title-words.js';
import { typesetText, type TextBlockOptions } from './textblock.js';

export interface TitleOptions {
  /** Blank grid rows before the title (dropped at a page top). */
  spaceBefore: number;
  outlineLevel: number;
  /** The lines as the author broke them (a list, or `|` marks): each is kept, broken further only if too long. */
  lines?: string[];
  /** Where the title is in the issue, for the error when it is too long. */
  path?: (string | number)[];
}

/** The most lines a title may take: beyond this it is a paragraph set large, and cannot keep with its text. */
export const TITLE_MAX_LINES = 6;

/** The measure of a title line: the block less a character's margin each side. */
export function titleMeasure(grid: Grid, style: TextStyle): number {
  return grid.measure - 2 * style.size;
}

/**
 * How one piece of a title is cut: whole when it fits, else by meaning (the line ends chosen among
 * whole words), else — a word longer than the line — by the breaker between characters.
 */
function linesOfPiece(boxes: GlyphBox[], text: string, measure: number, maxLines: number): TextBlockOptions['lines'] {
  if (naturalWidth(boxes, 0, boxes.length) <= measure + 1e-6) return 'natural';
  const chosen = chooseTitleBreaks(boxes, wordsOf(text), measure, maxLines);
  return chosen ? chosen.ends : 'break';
}

export function typesetTitle(text: string, style: TextStyle, grid: Grid, opts: TitleOptions): Frame[] {
  const clean = normaliseSpaces(text);
  const measure = titleMeasure(grid, style);
  const pieces = (opts.lines ?? [clean]).map(normaliseSpaces);
  // The pieces are stretches of the title as written: characters no face has are reported there.
  const spans = written(opts.path ?? [], pieces.map((p) => ({ text: p, style })));
  const boxed = spans.map((s) => boxesOfSpans([s]));
  const needed = boxed.reduce((n, b) => n + Math.ceil(naturalWidth(b, 0, b.length) / measure), 0);
  if (needed > TITLE_MAX_LINES) {
    throw new LayoutError(msg('title-too-long', { count: [...clean].length, lines: needed, max: TITLE_MAX_LINES }), opts.path ?? [], msg('hint-title-shorter'));
  }
  const lines = pieces.flatMap((p, k) =>
    // Centred on the ink: a closing mark's blank right half at the line end counts nothing (an
    // opening mark's blank left half at the start is already dropped).
    typesetText(boxed[k]!, style, grid, { kind: 'title', role: 'title', align: 'ink-center', measure, lines: linesOfPiece(boxed[k]!, p, measure, TITLE_MAX_LINES) }),
  );
  const frames: Frame[] = [];
  for (let i = 0; i < opts.spaceBefore; i++) frames.push(blankRow());
  lines.forEach((line, i) => {
    frames.push({ ...line, line: { index: i, count: lines.length }, ...(i === 0 ? { outline: { title: pieces.join(''), level: opts.outlineLevel } } : {}) });
  });
  return frames;
}
