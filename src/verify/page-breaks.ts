/**
 * Widows and orphans, read back from the PDF where a paragraph of body text runs over a page break:
 * - orphan: a paragraph's first line (at the two-character indent) alone at the foot of a page;
 * - widow:  a paragraph's last line alone at the top of the next page.
 * A paragraph continues on the next page when the page's last line of text is body text and the next
 * page's first line of text is body text at the block's left edge (a new paragraph would start at the
 * indent). A line is its paragraph's last when the line after it is not body text at the left edge.
 * Captions (4号) and photos stand aside from the text's flow; the footer and page numbers are not in it.
 */
import type { PageGeometry } from '../page/geometry.js';
import { glyphStart } from './grid.js';
import { TOLERANCE_MM, violation, type Violation } from './violation.js';
import type { TextLine } from './lines.js';

/** Captions are 4号 (14 pt): smaller than the body's 3号. */
const CAPTION_MAX_PT = 15;

export function checkPageBreaks(lines: TextLine[], g: PageGeometry, footer?: { page: number; y: number }): Violation[] {
  const cell = g.blockWidth / g.charsPerLine;
  const text = lines.filter(
    (l) => l.kind !== 'folio' && l.kind !== 'masthead' && l.size >= CAPTION_MAX_PT && !(footer && l.page === footer.page && l.y > footer.y),
  );
  const atLeft = (l: TextLine) => Math.abs(glyphStart(l.glyphs[0]!, cell) - g.blockLeft) <= TOLERANCE_MM;
  const atIndent = (l: TextLine) => Math.abs(glyphStart(l.glyphs[0]!, cell) - (g.blockLeft + 2 * cell)) <= TOLERANCE_MM;
  /** `next` carries on the paragraph of `line`. */
  const continues = (line: TextLine, next: TextLine | undefined) => line.kind === 'body' && next?.kind === 'body' && atLeft(next);

  const out: Violation[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const foot = text[i]!;
    const top = text[i + 1]!;
    if (top.page === foot.page || !continues(foot, top)) continue;
    if (atIndent(foot)) {
      out.push(violation('orphan', foot, 'verify-orphan', { next: top.page }));
    }
    if (!continues(top, text[i + 2])) {
      out.push(violation('widow', top, 'verify-widow', { previous: foot.page }));
    }
  }
  return out;
}
