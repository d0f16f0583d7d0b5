/**
 * The masthead (报头): optional marks at the top left, the bulletin's name large in red and fitted
 * to the block, the number "第14期" centred, the office at the left and the date at the right, and a
 * thick red rule across the block. It takes a whole number of grid rows, so the body stays on grid.
 */
import { msg } from '../diagnostics/messages.js';
import { BLACK, RED, type DisplayItem, type GlyphRun } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { mmToPt, ptToMm } from '../page/units.js';
import { boxesOf, normaliseSpaces } from './boxes.js';
import { baselineInRow, runsOf, type Frame } from './frame.js';
import { breakLines, naturalWidth } from './linebreak.js';
import type { TextStyle } from './style.js';
import { LayoutError } from './errors.js';

export interface MastheadText {
  name: string;
  /** "第14期", "增刊", with "（总第N期）" when given. */
  number: string;
  office: string;
  /** "2021年7月16日" */
  date: string;
  marks: string[];
}

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

function singleLine(text: string, style: TextStyle, xLeft: number, baseline: number, kind: GlyphRun['kind'], color = BLACK, tracking = 0): { runs: GlyphRun[]; width: number } {
  const boxes = boxesOf(normaliseSpaces(text), style);
  if (tracking) boxes.forEach((b, i) => i < boxes.length - 1 && (b.width += tracking));
  const [line] = breakLines(boxes, { first: Infinity, rest: Infinity, avoidSingleCharLastLine: false });
  return { runs: runsOf(boxes, line!, xLeft, baseline, kind, color), width: naturalWidth(boxes, 0, boxes.length) };
}

/** The name's size and letter-spacing so that it fills most of the block without overflowing. */
export function fitName(name: string, style: TextStyle, measure: number): { size: number; tracking: number } {
  const unit = { ...style, size: 1, pitch: 1 };
  const boxes = boxesOf(normaliseSpaces(name), unit);
  const ems = naturalWidth(boxes, 0, boxes.length);
  const size = Math.min(NAME_MAX_PT, (measure * 0.96) / ems);
  if (size < NAME_MIN_PT) {
    throw new LayoutError(msg('name-too-long', { count: boxes.length, size: size.toFixed(1), min: NAME_MIN_PT }), ['masthead', 'name'], msg('hint-name-shorter'));
  }
  const natural = ems * size;
  const gaps = boxes.length - 1;
  const tracking = gaps > 0 ? Math.max(0, Math.min(size, (measure * 0.75 - natural) / gaps)) : 0;
  return { size, tracking };
}

export function typesetMasthead(text: MastheadText, styles: MastheadStyles, grid: Grid): Frame {
  const left = mmToPt(grid.geometry.blockLeft);
  const W = grid.measure;
  const items: DisplayItem[] = [];
  let row = 0;
  for (const mark of text.marks) {
    items.push(...singleLine(mark, styles.marks, left, row * grid.linePitch + baselineInRow(grid, styles.marks), 'masthead').runs);
    row++;
  }
  const fit = fitName(text.name, styles.name, W);
  const nameStyle = { ...styles.name, size: fit.size, pitch: fit.size, autospace: styles.name.autospace * (fit.size / styles.name.size) };
  const nameRows = Math.max(2, Math.ceil((fit.size * 1.3) / grid.linePitch));
  const nameBase = row * grid.linePitch + baselineInRow(grid, nameStyle, nameRows);
  const probe = singleLine(text.name, nameStyle, 0, 0, 'masthead', RED, fit.tracking);
  items.push(...singleLine(text.name, nameStyle, left + (W - probe.width) / 2, nameBase, 'masthead', RED, fit.tracking).runs);
  row += nameRows;

  const numberProbe = singleLine(text.number, styles.line, 0, 0, 'masthead');
  items.push(...singleLine(text.number, styles.line, left + (W - numberProbe.width) / 2, row * grid.linePitch + baselineInRow(grid, styles.line), 'masthead').runs);
  row++;

  const officeBase = row * grid.linePitch + baselineInRow(grid, styles.line);
  items.push(...singleLine(text.office, styles.line, left, officeBase, 'masthead').runs);
  const dateProbe = singleLine(text.date, styles.line, 0, 0, 'masthead');
  items.push(...singleLine(text.date, styles.line, left + W - dateProbe.width, officeBase, 'masthead').runs);
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
