/**
 * The 版记 (distribution footer) at the foot of the last page: 报/送/发 lines between full-width
 * rules, 0.35 mm above and below, 0.25 mm between. It is a table whose cells' borders are the rules,
 * floated to the bottom of the text block, so that it stays at the page's foot while the text above
 * it grows or shrinks (as Word templates of GB/T 9704 place it).
 */
import { BorderStyle, Paragraph, RelativeVerticalPosition, Table, TableAnchorType, TableCell, TableRow, TextRun, WidthType, AlignmentType } from 'docx';
import type { FooterText } from '../../compose/blocks.js';
import { THICK_RULE_MM, THIN_RULE_MM } from '../../typeset/footer.js';
import { STYLE } from './styles.js';
import { BLOCK_WIDTH, eighths } from './units.js';

const rule = (mm: number) => ({ style: BorderStyle.SINGLE, size: eighths(mm), color: '000000' });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export function imprintTable(footer: FooterText): Table {
  const lines = footer.items.map((item) => ({ text: `${item.label}：${item.text}`, align: AlignmentType.LEFT as (typeof AlignmentType)[keyof typeof AlignmentType] }));
  if (footer.copies) lines.push({ text: footer.copies, align: AlignmentType.RIGHT });
  const rows = lines.map(
    (line, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: BLOCK_WIDTH, type: WidthType.DXA },
            borders: {
              top: rule(i === 0 ? THICK_RULE_MM : THIN_RULE_MM),
              bottom: i === lines.length - 1 ? rule(THICK_RULE_MM) : NONE,
              left: NONE,
              right: NONE,
            },
            // Kept together: each row's paragraph keeps with the next row's.
            children: [new Paragraph({ style: STYLE.imprint, alignment: line.align, keepNext: i < lines.length - 1, keepLines: true, children: [new TextRun(line.text)] })],
          }),
        ],
      }),
  );
  return new Table({
    columnWidths: [BLOCK_WIDTH],
    width: { size: BLOCK_WIDTH, type: WidthType.DXA },
    float: { verticalAnchor: TableAnchorType.MARGIN, relativeVerticalPosition: RelativeVerticalPosition.BOTTOM, horizontalAnchor: TableAnchorType.MARGIN, absoluteHorizontalPosition: 0 },
    rows,
  });
}
