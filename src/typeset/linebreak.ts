/**
 * Chinese line breaking on a fixed measure. Greedy, as CJK composers are: fill the line; if the
 * break there is forbidden (kinsoku), or allowed but the line would be spread by more than pulling
 * the next characters up would squeeze it, first try to pull them up by compressing punctuation
 * and glue (追い込み), and only when that fails push characters down and stretch the line (追い出し). A last line of a single character is avoided the same way.
 */
import type { GlyphBox } from './boxes.js';

export type Adjustment = 'natural' | 'squeezed' | 'stretched' | 'forced';

export interface BrokenLine {
  start: number;
  end: number;
  /** x of each box's glyph origin, pt from the line's start (length end − start). */
  x: number[];
  /** Total advance the line takes, pt. */
  width: number;
  last: boolean;
  adjustment: Adjustment;
}

const EPS = 1e-6;
const isText = (b: GlyphBox) => b.kind !== 'space' && b.kind !== 'punct';

/**
 * What a box gives up at the start of a line, pt: an opening mark (its ink in the right half of
 * the em, GB/T 15834) is set flush there, its blank left half dropped — （一） and “ start on the
 * edge like any character. A mark that already gave up that half to the mark before it ("？《")
 * keeps it given up.
 */
export const startTrim = (b: GlyphBox): number => (b.kind === 'punct' ? b.shrinkLeft : 0);

/** Where the glyph of a box that starts a line is drawn, relative to the line's start, pt. */
const startShift = (b: GlyphBox): number => b.shift - startTrim(b);

/** Natural width of boxes [s, e) set as one line: glue and spaces at the edges count nothing. */
export function naturalWidth(boxes: GlyphBox[], s: number, e: number): number {
  let w = 0;
  for (let i = s; i < e; i++) {
    const b = boxes[i]!;
    if (b.kind === 'space' && (i === s || i === e - 1)) continue;
    w += b.width;
    if (i > s) w += b.gapBefore;
    else w -= startTrim(b);
  }
  return w;
}

interface Shrink {
  lineEnd: number;
  inner: number;
}

/** The last box of [s, e) that shows: a space after it ends the line but takes no room. */
function lineEndIndex(boxes: GlyphBox[], s: number, e: number): number {
  let l = e - 1;
  while (l > s && boxes[l]!.kind === 'space') l--;
  return l;
}

function shrinkable(boxes: GlyphBox[], s: number, e: number): Shrink {
  const end = lineEndIndex(boxes, s, e);
  let inner = 0;
  for (let i = s; i < e; i++) {
    const b = boxes[i]!;
    if (i > s) inner += b.shrinkLeft + b.gapBefore / 2;
    if (i < end) inner += b.shrinkRight;
  }
  return { lineEnd: boxes[end]!.shrinkRight, inner };
}

const fitsSqueezed = (boxes: GlyphBox[], s: number, e: number, measure: number): boolean => {
  const sh = shrinkable(boxes, s, e);
  return naturalWidth(boxes, s, e) - sh.lineEnd - sh.inner <= measure + EPS;
};

/**
 * x positions of boxes [s, e) squeezed into `measure`: the line-end mark gives up its blank half
 * first (so the line still ends exactly on the measure), then the other punctuation and the Han–Latin
 * glue give up the rest in proportion; what is over is spread as in a stretched line.
 */
function placeSqueezed(boxes: GlyphBox[], s: number, e: number, measure: number): number[] {
  const sh = shrinkable(boxes, s, e);
  const natural = naturalWidth(boxes, s, e);
  const rest = natural - sh.lineEnd - measure;
  if (rest <= EPS) {
    // The line-end mark's half alone makes room: stretch what is left over, if anything.
    return placeStretched(boxes, s, e, -rest);
  }
  const ratio = sh.inner > 0 ? Math.min(1, rest / sh.inner) : 0;
  const end = lineEndIndex(boxes, s, e);
  const xs: number[] = [];
  let x = 0;
  for (let i = s; i < e; i++) {
    const b = boxes[i]!;
    if (i > s) x += b.gapBefore * (1 - ratio / 2);
    const left = i > s ? b.shrinkLeft * ratio : 0;
    const right = i < end ? b.shrinkRight * ratio : 0;
    const edgeSpace = b.kind === 'space' && (i === s || i === e - 1);
    xs.push(i === s ? x + startShift(b) : x - left + b.shift);
    if (!edgeSpace) x += b.width - left - right - (i === s ? startTrim(b) : 0);
  }
  return xs;
}

/** Letters, digits and the Latin punctuation between them ("Prof.", "2.4"): set at their own widths. */
const isLatin = (b: GlyphBox) => b.kind === 'alnum' || (b.kind === 'other' && b.width < b.style.pitch * 0.99);

/**
 * Which gaps of boxes [s, e) take a share of a stretched line's extra room: between Han characters
 * and marks, between Han and Latin, and after a word space — one share a word space, so it stays
 * near its half em (JLREQ §3.8) instead of taking a share on each side. Letters of one word keep
 * their spacing; so do the halves of —— and ……; a space at the line's edge takes nothing.
 */
function stretchGaps(boxes: GlyphBox[], s: number, e: number): boolean[] {
  const eligible: boolean[] = [];
  for (let i = s + 1; i < e; i++) {
    const a = boxes[i - 1]!;
    const b = boxes[i]!;
    const edgeSpace = (b.kind === 'space' && i === e - 1) || (a.kind === 'space' && i - 1 === s);
    const inWord = isLatin(a) && isLatin(b);
    const pairedMark = a.ch === b.ch && (a.ch === '—' || a.ch === '…');
    eligible.push(!inWord && !pairedMark && !edgeSpace && b.kind !== 'space');
  }
  return eligible;
}

/** x positions of boxes [s, e) with `extra` pt spread over the gaps between characters. */
function placeStretched(boxes: GlyphBox[], s: number, e: number, extra: number): number[] {
  const eligible = stretchGaps(boxes, s, e);
  const n = eligible.filter(Boolean).length;
  const each = n > 0 ? extra / n : 0;
  const xs: number[] = [];
  let x = 0;
  for (let i = s; i < e; i++) {
    const b = boxes[i]!;
    if (i > s) {
      x += b.gapBefore;
      if (eligible[i - s - 1]) x += each;
    }
    xs.push(i === s ? x + startShift(b) : x + b.shift);
    if (!(b.kind === 'space' && (i === s || i === e - 1))) x += b.width - (i === s ? startTrim(b) : 0);
  }
  return xs;
}

function setLine(boxes: GlyphBox[], s: number, e: number, measure: number, last: boolean, forced = false): BrokenLine {
  const w = naturalWidth(boxes, s, e);
  if (w > measure + EPS) {
    const x = placeSqueezed(boxes, s, e, measure);
    return { start: s, end: e, x, width: measure, last, adjustment: forced ? 'forced' : 'squeezed' };
  }
  if (last || w >= measure - EPS) {
    return { start: s, end: e, x: placeStretched(boxes, s, e, 0), width: w, last, adjustment: forced ? 'forced' : 'natural' };
  }
  return { start: s, end: e, x: placeStretched(boxes, s, e, measure - w), width: measure, last, adjustment: forced ? 'forced' : 'stretched' };
}

/** Boxes [s, e) set as one line at natural width: never broken, never spread (a title's line, a masthead line). */
export function naturalLine(boxes: GlyphBox[], s: number, e: number): BrokenLine {
  return { start: s, end: e, x: placeStretched(boxes, s, e, 0), width: naturalWidth(boxes, s, e), last: true, adjustment: 'natural' };
}

/** The largest e such that boxes [s, e) fit `measure` at natural width (at least s + 1). */
function maxFit(boxes: GlyphBox[], s: number, measure: number): number {
  let w = 0;
  let e = s;
  while (e < boxes.length) {
    const b = boxes[e]!;
    const add = b.width + (e > s ? b.gapBefore : -startTrim(b));
    // A trailing space costs nothing at the end of a line.
    if (w + add > measure + EPS && !(b.kind === 'space')) break;
    w += add;
    e++;
  }
  return Math.max(e, s + 1);
}

const canBreakAt = (boxes: GlyphBox[], e: number) => e >= boxes.length || boxes[e]!.breakBefore;

export interface BreakOptions {
  /** Measure of the first line and of the others, pt. */
  first: number;
  rest: number;
  /** Avoid a last line holding a single character (default true). */
  avoidSingleCharLastLine?: boolean;
}

export function breakLines(boxes: GlyphBox[], opts: BreakOptions): BrokenLine[] {
  const ends = breakPoints(boxes, opts);
  if (opts.avoidSingleCharLastLine !== false) avoidLoneLastChar(boxes, ends, opts);
  const lines: BrokenLine[] = [];
  let s = 0;
  ends.forEach((e, i) => {
    const measure = i === 0 ? opts.first : opts.rest;
    const last = i === ends.length - 1;
    lines.push(setLine(boxes, s, e, measure, last, !canBreakAt(boxes, e)));
    s = e;
  });
  return lines;
}

/** The ends of the lines, greedy with kinsoku. */
function breakPoints(boxes: GlyphBox[], opts: BreakOptions): number[] {
  const ends: number[] = [];
  let s = 0;
  while (s < boxes.length) {
    const measure = ends.length === 0 ? opts.first : opts.rest;
    ends.push(nextBreak(boxes, s, measure));
    s = ends[ends.length - 1]!;
  }
  return ends;
}

function nextBreak(boxes: GlyphBox[], s: number, measure: number): number {
  const e = maxFit(boxes, s, measure);
  if (e >= boxes.length) return e;
  // Pull up: the next legal break, if compressing punctuation and glue makes room for it. Where
  // the line could end here but would be spread (digits and Latin leave part of a cell), also when
  // that squeezes less than the spread would stretch: a line is spread only when nothing can come up.
  let up = e + 1;
  while (up < boxes.length && !canBreakAt(boxes, up)) up++;
  if (canBreakAt(boxes, e)) {
    const spread = measure - naturalWidth(boxes, s, e);
    const squeeze = naturalWidth(boxes, s, up) - measure;
    return spread > EPS && squeeze < spread && fitsSqueezed(boxes, s, up, measure) ? up : e;
  }
  if (fitsSqueezed(boxes, s, up, measure)) return up;
  // Push down: the previous legal break.
  let down = e - 1;
  while (down > s && !canBreakAt(boxes, down)) down--;
  if (down > s) return down;
  // No legal break at all (an unbreakable run longer than the line): break where it fits.
  return e;
}

function avoidLoneLastChar(boxes: GlyphBox[], ends: number[], opts: BreakOptions): void {
  const n = ends.length;
  if (n < 2) return;
  const s = ends[n - 2]!; // start of the last line
  let chars = 0;
  for (let i = s; i < boxes.length; i++) if (isText(boxes[i]!)) chars++;
  if (chars > 1) return;
  const ps = n >= 3 ? ends[n - 3]! : 0;
  const measure = n === 2 ? opts.first : opts.rest;
  if (fitsSqueezed(boxes, ps, boxes.length, measure)) {
    ends.splice(n - 2, 1); // pull the lone character up
    return;
  }
  let down = s - 1;
  while (down > ps && !canBreakAt(boxes, down)) down--;
  if (down > ps + 1) ends[n - 2] = down; // push one more character down
}
