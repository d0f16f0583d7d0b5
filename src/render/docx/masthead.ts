/**
 * The masthead (版头) as paragraphs: marks at the top left, the name in red 方正小标宋 centred and
 * fitted to the block, the number centred, then the office at the left and the date at the right
 * on one line (a right tab stop at the block's edge) above the red rule, drawn as the paragraph's
 * bottom border so that it stays under the line however the user edits it.
 */
import { BorderStyle, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { MastheadText } from '../../compose/blocks.js';
import { MASTHEAD_RULE_MM, NAME_MAX_PT } from '../../typeset/masthead.js';
import { GBT9704 } from '../../page/geometry.js';
import { mmToPt } from '../../page/units.js';
import { MASTHEAD_RED, STYLE } from './styles.js';
import { BLOCK_WIDTH, eighths, halfPoints } from './units.js';

/**
 * The name's size: as large as 初号 (42 pt) while it fits 96 % of the block, counting a space as
 * half a character (as the PDF's fitting does, without its letter-spacing, which Word would keep
 * when the name is edited).
 */
export function nameSize(name: string): number {
  const ems = [...name.trim()].reduce((n, ch) => n + (/\s/u.test(ch) ? 0.5 : 1), 0);
  const fitted = (mmToPt(GBT9704.blockWidth) * 0.96) / Math.max(ems, 1);
  return Math.min(NAME_MAX_PT, Math.floor(fitted * 2) / 2);
}

export function mastheadParagraphs(m: MastheadText): Paragraph[] {
  const out: Paragraph[] = [];
  for (const mark of m.marks) out.push(new Paragraph({ style: STYLE.marks, children: [new TextRun(mark)] }));
  out.push(new Paragraph({ style: STYLE.masthead, children: [new TextRun({ text: m.name, size: halfPoints(nameSize(m.name)) })] }));
  out.push(new Paragraph({ style: STYLE.mastheadLine, children: [new TextRun(m.number)] }));
  out.push(
    new Paragraph({
      style: STYLE.mastheadLine,
      alignment: 'left',
      tabStops: [{ type: TabStopType.RIGHT, position: BLOCK_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: eighths(MASTHEAD_RULE_MM), color: MASTHEAD_RED, space: 6 } },
      spacing: { after: 0 },
      children: [new TextRun(m.office), new TextRun({ children: [new Tab(), m.date] })],
    }),
  );
  return out;
}
