/**
 * The distribution footer (版记): "报：" "送：" "发：" items in 4号 仿宋 between rules as wide as the
 * block — thick first and last (0.35 mm), thin between (0.25 mm). Items are indented one character
 * left and right; a wrapped item continues aligned after its "：". Every line takes one grid row,
 * so pinned to the bottom of the block its last rule lies on the block's bottom edge.
 */
import type { FooterText, SourcePath } from '../compose/blocks.js';
import { BLACK, type DisplayItem } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { mmToPt, ptToMm } from '../page/units.js';
import { boxesOfSpans, normaliseSpaces, written } from './boxes.js';
import { baselineInRow, type Frame } from './frame.js';
import { naturalWidth } from './linebreak.js';
import { setText } from './setter.js';
import type { TextStyle } from './style.js';

export const THICK_RULE_MM = 0.35;
export const THIN_RULE_MM = 0.25;

/** `path`: where the 版记 was written (each item at its 报/送/发). */
export function typesetFooter(footer: FooterText, style: TextStyle, grid: Grid, path: SourcePath = []): Frame {
  const left = mmToPt(grid.geometry.blockLeft);
  const indent = style.pitch; // one character each side
  const measure = grid.measure - 2 * indent;
  const baseline = baselineInRow(grid, style);
  const items: DisplayItem[] = [];
  const boundaries: number[] = []; // rows where a thin rule separates two items
  let row = 0;
  const line = { kind: 'footer' as const, x: left + indent, width: measure, leading: grid.linePitch };
  for (const item of footer.items) {
    if (row > 0) boundaries.push(row);
    const boxes = boxesOfSpans(written([...path, item.label], [{ text: `${item.label}：${normaliseSpaces(item.text)}`, style }]));
    // A wrapped item continues aligned after its "：".
    const hang = naturalWidth(boxes, 0, [...item.label].length + 1);
    const set = setText(boxes, { ...line, rest: hang, baseline: row * grid.linePitch + baseline });
    for (const l of set) items.push(...l.runs);
    row += set.length;
  }
  if (footer.copies) {
    if (row > 0) boundaries.push(row);
    items.push(...setText([{ text: footer.copies, style, source: { path: [...path, 'copies'] } }], { ...line, lines: 'natural', align: 'right', baseline: row * grid.linePitch + baseline })[0]!.runs);
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
