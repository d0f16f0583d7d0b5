/**
 * The section: A4, margins that leave the 156 × 225 mm block at 37 mm from the top and 28 mm from
 * the left, the document grid of 22 lines × 28 characters, and the page number as a PAGE field in
 * "— N —" form, one character in from the right on odd pages and from the left on even pages.
 */
import { AlignmentType, DocumentGridType, Footer, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { STYLE } from './styles.js';
import { CHAR_SPACE, FOOTER_DISTANCE, LINE_PITCH, PAGE } from './units.js';

/** One 4号 character, twips: the page number's distance from the block's edge. */
const ONE_CHARACTER = 280;

function pageNumber(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: ONE_CHARACTER } : { left: ONE_CHARACTER },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

export function sectionProperties(): Pick<ISectionOptions, 'properties' | 'footers'> {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: Math.round(PAGE.top / 2), footer: FOOTER_DISTANCE },
        pageNumbers: { start: 1 },
      },
      grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
    },
    // `default` is the odd pages' footer once the document has evenAndOddHeaderAndFooters.
    footers: { default: pageNumber('odd'), even: pageNumber('even') },
  };
}

