/**
 * The masthead (报头): optional marks at the top left, the bulletin's name large in red and fitted
 * to the block, the number "第14期" centred, the office at the left and the date at the right, and a
 * thick red rule across the block. It takes a whole number of grid rows, so the body stays on grid.
 */
import type { MastheadText, SourcePath } from '../compose/blocks.js';
import { msg } from '../diagnostics/messages.js';
import { BLACK, RED, type DisplayItem, type GlyphRun } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { mmToPt, ptToMm } from '../page/units.js';
import { normaliseSpaces, type Span } from './boxes.js';
import { baselineInRow, type Frame } from './frame.js';
import { setText, widthOf } from './setter.js';
import type { TextStyle } from './style.js';
import { LayoutError } from './errors.js';
import { wordsOf } from './title-words.js';

export interface MastheadStyles {
  name: TextStyle; // size is the largest allowed; fitted down to the block
  line: TextStyle; // number, office and date
  marks: TextStyle;
}

/** Size limits of the name, pt: 初号 at most, 一号 at least. */
export const NAME_MAX_PT = 42;
export const NAME_MIN_PT = 26;
/** The red rule: thickness and distance below the office/date baseline, mm. */
export const MASTHEAD_RULE_MM = 0.75;
export const MASTHEAD_RULE_GAP_MM = 4;

/** One line of the masthead, never broken, in `width` pt from `x` aligned as asked. */
function oneLine(text: string, style: TextStyle, source: Span['source'], at: { x: number; width: number; baseline: number; align?: 'right' | 'center' }, color = BLACK, tracking = 0): GlyphRun[] {
  return setText([{ text: normaliseSpaces(text), style, ...(source ? { source } : {}) }], { kind: 'masthead', color, lines: 'natural', ...at, ...(tracking ? { tracking } : {}) })[0]?.runs ?? [];
}

/** How the name is set: its lines (one, or two for a long name), size and letter-spacing. */
export interface NameFit {
  lines: string[];
  size: number;
  tracking: number;
}

/** Width of `text` in ems of the name's face. */
function ems(text: string, style: TextStyle): number {
  return widthOf([{ text: normaliseSpaces(text), style: { ...style, size: 1, pitch: 1 } }]);
}

/**
 * The two lines of a name too long for one (中共河南省委党史学习教育领导小组工作简报), as printed
 * mastheads set them: broken at a space the author typed, else between words (the title
 * segmenter, loaded only here), so that the longer line is as short as possible.
 */
function twoLines(name: string, style: TextStyle): string[] {
  const clean = normaliseSpaces(name).trim();
  const spaces = [...clean.matchAll(/ +/gu)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const cuts: (readonly [number, number])[] = spaces.length ? spaces : wordsOf(clean).slice(1).map((w) => [w.start, w.start] as const);
  let best: string[] = [clean];
  let widest = Infinity;
  for (const [a, b] of cuts) {
    const lines = [clean.slice(0, a), clean.slice(b)];
    const w = Math.max(...lines.map((l) => ems(l, style)));
    if (w < widest - 1e-9) [best, widest] = [lines, w];
  }
  return best;
}

/** The name's size and letter-spacing so that it fills most of the block without overflowing. */
export function fitName(name: string, style: TextStyle, measure: number): NameFit {
  let lines = [name];
  let width = ems(name, style);
  let size = Math.min(NAME_MAX_PT, (measure * 0.96) / width);
  if (size < NAME_MIN_PT) {
    lines = twoLines(name, style);
    width = Math.max(...lines.map((l) => ems(l, style)));
    size = Math.min(NAME_MAX_PT, (measure * 0.96) / width);
  }
  if (size < NAME_MIN_PT) {
    throw new LayoutError(msg('name-too-long', { count: [...normaliseSpaces(name)].length, size: size.toFixed(1), min: NAME_MIN_PT }), ['masthead', 'name'], msg('hint-name-shorter'));
  }
  if (lines.length > 1) return { lines, size, tracking: 0 };
  const chars = [...normaliseSpaces(name)].length;
  const gaps = chars - 1;
  const tracking = gaps > 0 ? Math.max(0, Math.min(size, (measure * 0.75 - width * size) / gaps)) : 0;
  return { lines, size, tracking };
}

/** `path`: where the masthead was written (name, office, marks below it). */
export function typesetMasthead(text: MastheadText, styles: MastheadStyles, grid: Grid, path: SourcePath = ['masthead']): Frame {
  const left = mmToPt(grid.geometry.blockLeft);
  const W = grid.measure;
  const items: DisplayItem[] = [];
  let row = 0;
  for (const [i, mark] of text.marks.entries()) {
    items.push(...oneLine(mark, styles.marks, { path: [...path, 'marks', i], text: normaliseSpaces(mark) }, { x: left, width: W, baseline: row * grid.linePitch + baselineInRow(grid, styles.marks) }));
    row++;
  }
  const fit = fitName(text.name, styles.name, W);
  const nameStyle = { ...styles.name, size: fit.size, pitch: fit.size, autospace: styles.name.autospace * (fit.size / styles.name.size) };
  // One line takes at least two rows; each of two lines the rows its size needs.
  const nameRows = fit.lines.length > 1 ? Math.ceil((fit.size * 1.15) / grid.linePitch) : Math.max(2, Math.ceil((fit.size * 1.3) / grid.linePitch));
  const name = normaliseSpaces(text.name);
  let from = 0;
  for (const line of fit.lines) {
    // Each line is a stretch of the name as written: characters no face has are reported there.
    const start = name.indexOf(normaliseSpaces(line), from);
    if (start >= 0) from = start + normaliseSpaces(line).length;
    const source = start >= 0 ? { path: [...path, 'name'], text: name, start } : { path: [...path, 'name'] };
    const nameBase = row * grid.linePitch + baselineInRow(grid, nameStyle, nameRows);
    items.push(...oneLine(line, nameStyle, source, { x: left, width: W, baseline: nameBase, align: 'center' }, RED, fit.tracking));
    row += nameRows;
  }

  items.push(...oneLine(text.number, styles.line, { path: [...path, 'number'] }, { x: left, width: W, baseline: row * grid.linePitch + baselineInRow(grid, styles.line), align: 'center' }));
  row++;

  const officeBase = row * grid.linePitch + baselineInRow(grid, styles.line);
  items.push(...oneLine(text.office, styles.line, { path: [...path, 'office'], text: normaliseSpaces(text.office) }, { x: left, width: W, baseline: officeBase }));
  items.push(...oneLine(text.date, styles.line, { path: [...path, 'date'] }, { x: left, width: W, baseline: officeBase, align: 'right' }));
  row++;

  const ruleY = officeBase + mmToPt(MASTHEAD_RULE_GAP_MM);
  items.push({
    type: 'rule',
    x1: grid.geometry.blockLeft,
    x2: grid.geometry.blockLeft + grid.geometry.blockWidth,
    y: ptToMm(ruleY),
    thickness: MASTHEAD_RULE_MM,
    color: RED,
  });
  // The body begins on the first row whose text clears the rule by the same gap.
  const rows = Math.ceil((ruleY + mmToPt(MASTHEAD_RULE_GAP_MM)) / grid.linePitch);
  return { rows, items, role: 'masthead' };
}
