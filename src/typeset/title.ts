/**
 * Article titles: 2号 小标宋, centred. A title longer than a line breaks by meaning (title-breaks.ts)
 * into a trapezoid or diamond of whole words; the author may give the lines instead. A title that
 * fits on one line, or whose lines are given, is set without loading the segmenter.
 */
import { msg } from '../diagnostics/messages.js';
import { BLACK } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { mmToPt } from '../page/units.js';
import { boxesOf, normaliseSpaces, type GlyphBox } from './boxes.js';
import { baselineInRow, blankRow, runsOf, type Frame } from './frame.js';
import { LayoutError } from './errors.js';
import { breakLines, naturalWidth, type BrokenLine } from './linebreak.js';
import type { TextStyle } from './style.js';
import { chooseTitleBreaks } from './title-breaks.js';
import { wordsOf } from './title-words.js';

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

interface TitleLine {
  boxes: GlyphBox[];
  line: BrokenLine;
}

/** Boxes [s, e) of `boxes` set as one line at natural width. */
function lineOf(boxes: GlyphBox[], s: number, e: number): BrokenLine {
  const line = breakLines(boxes.slice(s, e), { first: Infinity, rest: Infinity, avoidSingleCharLastLine: false })[0]!;
  return { ...line, start: s, end: e, last: true };
}

/** The lines of one piece of a title: itself when it fits, else broken by meaning. */
function linesOfPiece(text: string, style: TextStyle, measure: number, maxLines: number): TitleLine[] {
  const boxes = boxesOf(text, style);
  if (boxes.length === 0) return [];
  if (naturalWidth(boxes, 0, boxes.length) <= measure + 1e-6) return [{ boxes, line: lineOf(boxes, 0, boxes.length) }];
  const chosen = chooseTitleBreaks(boxes, wordsOf(text), measure, maxLines);
  if (!chosen) {
    // A word longer than the line: break between characters.
    return breakLines(boxes, { first: measure, rest: measure }).map((line) => ({ boxes, line }));
  }
  return chosen.ends.map((e, i) => ({ boxes, line: lineOf(boxes, i === 0 ? 0 : chosen.ends[i - 1]!, e) }));
}

export function typesetTitle(text: string, style: TextStyle, grid: Grid, opts: TitleOptions): Frame[] {
  const clean = normaliseSpaces(text);
  const measure = titleMeasure(grid, style);
  const pieces = (opts.lines ?? [clean]).map(normaliseSpaces);
  const needed = pieces.reduce((n, p) => n + Math.ceil(naturalWidth(boxesOf(p, style), 0, [...p].length) / measure), 0);
  if (needed > TITLE_MAX_LINES) {
    throw new LayoutError(msg('title-too-long', { count: [...clean].length, lines: needed, max: TITLE_MAX_LINES }), opts.path ?? [], msg('hint-title-shorter'));
  }
  const lines = pieces.flatMap((p) => linesOfPiece(p, style, measure, TITLE_MAX_LINES));
  const blockLeft = mmToPt(grid.geometry.blockLeft);
  const baseline = baselineInRow(grid, style);
  const frames: Frame[] = [];
  for (let i = 0; i < opts.spaceBefore; i++) frames.push(blankRow());
  lines.forEach(({ boxes, line }, i) => {
    // Centred on the ink: a closing mark's blank right half at the line end counts nothing (an
    // opening mark's blank left half at the start is already dropped).
    const lastBox = boxes[line.end - 1]!;
    const width = naturalWidth(boxes, line.start, line.end) - (lastBox.kind === 'punct' ? lastBox.shrinkRight : 0);
    const x0 = blockLeft + (grid.measure - width) / 2;
    frames.push({
      rows: 1,
      items: runsOf(boxes, line, x0, baseline, 'title', BLACK),
      role: 'title',
      ...(i === 0 ? { outline: { title: pieces.join(''), level: opts.outlineLevel } } : {}),
    });
  });
  return frames;
}
