/**
 * The distribution footer (版记): "报：" "送：" "发：" items in 4号 仿宋 between rules as wide as the
 * block — thick first and last (0.35 mm), thin between (0.25 mm). Items are indented one character
 * left and right; a wrapped item continues aligned after its "：". Every line takes one grid row,
 * so pinned to the bottom of the block its last rule lies on the block's bottom edge.
 */
import type { FooterText } from '../compose/blocks.js';
import { BLACK, type DisplayItem } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { mmToPt, ptToMm } from '../page/units.js';
import { boxesOf, normaliseSpaces } from './boxes.js';
import { baselineInRow, runsOf, type Frame } from './frame.js';
import { breakLines, naturalWidth } from './linebreak.js';
import type { TextStyle } from './style.js';

export const THICK_RULE_MM = 0.35;
export const THIN_RULE_MM = 0.25;

export function typesetFooter(footer: FooterText, style: TextStyle, grid: Grid): Frame {
  const left = mmToPt(grid.geometry.blockLeft);
  const indent = style.pitch; // one character each side
  const measure = grid.measure - 2 * indent;
  const baseline = baselineInRow(grid, style);
  const items: DisplayItem[] = [];
  const boundaries: number[] = []; // rows where a thin rule separates two items
  let row = 0;
  for (const item of footer.items) {
    if (row > 0) boundaries.push(row);
    const text = `${item.label}：${normaliseSpaces(item.text)}`;
    const boxes = boxesOf(text, style);
    const hang = naturalWidth(boxes, 0, item.label.length + 1);
    const lines = breakLines(boxes, { first: measure, rest: measure - hang });
    lines.forEach((line, i) => {
      const x0 = left + indent + (i === 0 ? 0 : hang);
      items.push(...runsOf(boxes, line, x0, row * grid.linePitch + baseline, 'footer', BLACK));
      row++;
    });
  }
  if (footer.copies) {
    if (row > 0) boundaries.push(row);
    const boxes = boxesOf(footer.copies, style);
    const [line] = breakLines(boxes, { first: Infinity, rest: Infinity, avoidSingleCharLastLine: false });
    const width = naturalWidth(boxes, 0, boxes.length);
    items.push(...runsOf(boxes, line!, left + grid.measure - indent - width, row * grid.linePitch + baseline, 'footer', BLACK));
    row++;
  }
  const rule = (r: number, thickness: number): DisplayItem => ({
    type: 'rule',
    x1: grid.geometry.blockLeft,
    x2: grid.geometry.blockLeft + grid.geometry.blockWidth,
    y: ptToMm(r * grid.linePitch),
    thickness,
    color: BLACK,
  });
  items.push(rule(0, THICK_RULE_MM), ...boundaries.map((r) => rule(r, THIN_RULE_MM)), rule(row, THICK_RULE_MM));
  return { rows: row, items, role: 'footer' };
}
