/**
 * Article titles: 2号 小标宋, centred. A title longer than a line breaks between words (never inside
 * one) into lines of similar length — a balanced 梯形 or 菱形, never a long line and a stub.
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

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word boundaries of `text` as UTF-16 offsets (those after which a line may end). */
export function wordBoundaries(text: string): Set<number> {
  const ends = new Set<number>();
  for (const seg of segmenter.segment(text)) ends.add(seg.index + seg.segment.length);
  return ends;
}

/** Marks that open and close a quotation or a title (书名号): a title line should not end inside one. */
const OPENING = new Set([...'“‘《〈「『（【〔']);
const CLOSING = new Set([...'”’》〉」』）】〕']);

/**
 * What breaking before each box costs, in squared ems of imbalance: inside quotes or 书名号 a lot
 * (a quoted phrase is read as one unit); next to a one-character word somewhat, twice between two
 * (the segmenter's dictionary misses many words and most names — 答|题, 漯|河|市 — so such a
 * boundary may well be inside a word, while one between two dictionary words is certain).
 */
export const INSIDE_QUOTES_COST = 36;
export const NEXT_TO_SINGLE_CHARACTER_COST = 3;

export function breakCosts(boxes: GlyphBox[], text: string): number[] {
  const segments = [...segmenter.segment(text)];
  const endingAt = new Map(segments.map((s) => [s.index + s.segment.length, s.segment]));
  const startingAt = new Map(segments.map((s) => [s.index, s.segment]));
  const oneHan = (s: string | undefined) => s !== undefined && /^\p{Script=Han}$/u.test(s);
  let depth = 0;
  return boxes.map((b) => {
    const singles = Number(oneHan(endingAt.get(b.offset))) + Number(oneHan(startingAt.get(b.offset)));
    const cost = (depth > 0 ? INSIDE_QUOTES_COST : 0) + singles * NEXT_TO_SINGLE_CHARACTER_COST;
    if (OPENING.has(b.ch)) depth++;
    if (CLOSING.has(b.ch)) depth = Math.max(0, depth - 1);
    return cost;
  });
}

/**
 * Chooses break points among word boundaries that kinsoku also allows, for the fewest lines that
 * fit: the lines as even as possible (sum of squared differences from the mean), breaks outside
 * quotes and between real words preferred (breakCosts).
 */
export function balancedBreaks(boxes: GlyphBox[], text: string, measure: number): number[] | null {
  const words = wordBoundaries(text);
  const costs = breakCosts(boxes, text);
  const candidates: number[] = [];
  boxes.forEach((b, i) => {
    if (i > 0 && b.breakBefore && words.has(b.offset)) candidates.push(i);
  });
  const n = boxes.length;
  const total = naturalWidth(boxes, 0, n);
  const em = boxes[0]?.style.size ?? 1;
  const penalty = [0, ...candidates.map((i) => costs[i]! * em * em), 0];
  for (let k = Math.max(1, Math.ceil(total / measure)); k <= candidates.length + 1; k++) {
    const best = bestPartition(boxes, candidates, penalty, k, measure, total / k);
    if (best) return best;
  }
  return null;
}

function bestPartition(boxes: GlyphBox[], cands: number[], penalty: number[], k: number, measure: number, target: number): number[] | null {
  const n = boxes.length;
  const points = [0, ...cands, n];
  // cost[j][m]: best cost of setting boxes [0, points[j]) in m lines; from[j][m] the previous point.
  const cost: number[][] = points.map(() => Array(k + 1).fill(Infinity));
  const from: number[][] = points.map(() => Array(k + 1).fill(-1));
  cost[0]![0] = 0;
  for (let j = 1; j < points.length; j++) {
    for (let i = 0; i < j; i++) {
      const w = naturalWidth(boxes, points[i]!, points[j]!);
      if (w > measure + 1e-6) continue;
      // Prefer the upper lines a little longer (倒梯形 reads better than a growing stub).
      const c = (w - target) ** 2 - (w > target ? 1e-3 * w : 0) + penalty[i]!;
      for (let m = 1; m <= k; m++) {
        const prev = cost[i]![m - 1]!;
        if (prev + c < cost[j]![m]!) {
          cost[j]![m] = prev + c;
          from[j]![m] = i;
        }
      }
    }
  }
  const last = points.length - 1;
  if (!Number.isFinite(cost[last]![k]!)) return null;
  const ends: number[] = [];
  for (let j = last, m = k; m > 0; m--) {
    ends.unshift(points[j]!);
    j = from[j]![m]!;
  }
  return ends;
}

export interface TitleOptions {
  /** Blank grid rows before the title (dropped at a page top). */
  spaceBefore: number;
  outlineLevel: number;
  /** Where the title is in the issue, for the error when it is too long. */
  path?: (string | number)[];
}

/** The most lines a title may take: beyond this it is a paragraph set large, and cannot keep with its text. */
export const TITLE_MAX_LINES = 6;

export function typesetTitle(text: string, style: TextStyle, grid: Grid, opts: TitleOptions): Frame[] {
  const clean = normaliseSpaces(text);
  const boxes = boxesOf(clean, style);
  const measure = grid.measure - 2 * style.size; // keep a character's margin each side
  const needed = Math.ceil(naturalWidth(boxes, 0, boxes.length) / measure);
  if (needed > TITLE_MAX_LINES) {
    throw new LayoutError(msg('title-too-long', { count: boxes.length, lines: needed, max: TITLE_MAX_LINES }), opts.path ?? [], msg('hint-title-shorter'));
  }
  const ends = balancedBreaks(boxes, clean, measure);
  let lines: BrokenLine[];
  if (ends) {
    let s = 0;
    lines = ends.map((e, i) => {
      const line = breakLines(boxes.slice(s, e), { first: Infinity, rest: Infinity, avoidSingleCharLastLine: false })[0]!;
      const shifted = { ...line, start: s, end: e, last: i === ends.length - 1 };
      s = e;
      return shifted;
    });
  } else {
    // A word longer than the line: fall back to breaking between characters.
    lines = breakLines(boxes, { first: measure, rest: measure });
  }
  const blockLeft = mmToPt(grid.geometry.blockLeft);
  const baseline = baselineInRow(grid, style);
  const frames: Frame[] = [];
  for (let i = 0; i < opts.spaceBefore; i++) frames.push(blankRow());
  lines.forEach((line, i) => {
    const width = naturalWidth(boxes, line.start, line.end);
    const x0 = blockLeft + (grid.measure - width) / 2;
    frames.push({
      rows: 1,
      items: runsOf(boxes, line, x0, baseline, 'title', BLACK),
      role: 'title',
      ...(i === 0 ? { outline: { title: clean, level: opts.outlineLevel } } : {}),
    });
  });
  return frames;
}
