/**
 * Widows, orphans and stranded headings, checked end to end: an issue built to the PDF and read back
 * by the verifier (src/verify/, which knows nothing of the page breaker's keeps). The issue is made of
 * three-line paragraphs: 22 rows ≡ 1 (mod 3), so without keeps page breaks fall after a paragraph's
 * first line (an orphan) and after its second (a widow) on successive pages, and the titles and
 * sub-headings between them drift over every row of the page. Removing a keep from
 * src/paginate/keeps.ts turns this file red.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../src/render/pdf.js';
import { checkPdf } from '../src/verify/check-pdf.js';
import { checkPageBreaks } from '../src/verify/page-breaks.js';
import { checkOrder } from '../src/verify/order.js';
import { formatReport } from '../src/verify/report.js';
import type { TextLine } from '../src/verify/lines.js';
import type { PdfGlyph } from '../src/verify/pdf-glyphs.js';
import { GB_T_9704 as GBT9704 } from '../src/verify/standard.js';
import { check, writeIssue } from './content-fixtures.js';
import { fonts } from './helpers.js';

const HAN = '科技工作者学习党的历史传承红色基因推动创新发展服务人民群众建设美好家园';
/** `n` Han characters drawn from HAN by a fixed pseudo-random sequence: no two paragraphs alike. */
function han(n: number, seed: number): string {
  let x = seed * 7919 + 17;
  return Array.from({ length: n }, () => HAN[(x = (x * 1103515245 + 12345) % 2 ** 31) % HAN.length]).join('');
}
/** Three lines: 26 characters after the indent, 28, then 11 and the stop. */
const threeLines = (seed: number) => `${han(26 + 28 + 11, seed)}。`;

/**
 * One long article of three-line paragraphs (four pages of them: page breaks at every phase), then
 * articles whose sub-headings come after 1, 2, 3, 4, 1, … paragraphs, so that titles and
 * sub-headings fall on every row of a page, the last row among them.
 */
function issueYaml(): string {
  const out = ['columns:', '  - heading: 经验交流', '    articles:', `      - title: ${han(12, 1)}`, '        paragraphs:'];
  for (let p = 0; p < 30; p++) out.push(`          - ${threeLines(p)}`);
  let seed = 100;
  for (let a = 0; a < 6; a++) {
    out.push(`      - title: ${han(10, a)}`, '        paragraphs:');
    for (let h = 0; h < 4; h++) {
      out.push(`          - subheading: ${'一二三四'[h]}、${han(6, seed++)}`);
      for (let p = 0; p <= (a + h) % 4; p++) out.push(`          - ${threeLines(seed++)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const file = writeIssue(issueYaml());
afterAll(() => rmSync(path.dirname(file), { recursive: true, force: true }));

describe('widows, orphans and stranded headings in a built PDF', () => {
  it('the issue of three-line paragraphs builds with none: zero violations of any check', async () => {
    const { document } = check(file);
    const report = await checkPdf(await renderPdf(document, fonts()));
    expect(report.violations, formatReport('page-breaks.pdf', report)).toEqual([]);
    expect(report.pages).toBeGreaterThanOrEqual(5);
  });
});

describe('the verifier flags them on lines read back from a PDF', () => {
  const CELL = 156 / 28;
  const ROW = 225 / 22;
  const body = (text: string, x0: number, row: number, page: number, kind: TextLine['kind'] = 'body', size = 16): TextLine => {
    const y = 37 + 7.26 + row * ROW;
    const glyphs: PdfGlyph[] = [...text].map((ch, i) => ({ ch, x: x0 + i * CELL, y, advance: (size * 25.4) / 72, size, font: kind === 'body' ? 'Fang' : 'Hei' }));
    return { page, y, kind, glyphs, text, font: kind === 'body' ? 'Fang' : 'Hei', size };
  };
  const indent = 28 + 2 * CELL;
  const full = '国'.repeat(28);
  const para = '国'.repeat(26);

  it('flags a three-line paragraph split one and two (an orphan) and two and one (a widow)', () => {
    const orphan = checkPageBreaks([body(para, indent, 21, 2), body(full, 28, 0, 3), body('国国。', 28, 1, 3)], GBT9704);
    expect(orphan.map((v) => [v.check, v.page])).toEqual([['orphan', 2]]);
    const widow = checkPageBreaks([body(para, indent, 20, 2), body(full, 28, 21, 2), body('国国。', 28, 0, 3), body(para, indent, 1, 3)], GBT9704);
    expect(widow.map((v) => [v.check, v.page])).toEqual([['widow', 3]]);
  });

  it('passes a paragraph split two and two, and a page that ends with a paragraph (the controls)', () => {
    const lines = [body(para, indent, 20, 2), body(full, 28, 21, 2), body(full, 28, 0, 3), body('国国。', 28, 1, 3), body(para, indent, 21, 3), body('国。', 28, 0, 4)];
    expect(checkPageBreaks(lines.slice(0, 4), GBT9704)).toEqual([]);
    expect(checkPageBreaks([body('国国。', 28, 21, 2), body(para, indent, 0, 3), body('国。', 28, 1, 3)], GBT9704)).toEqual([]);
    // The control's control: the last two lines added make an orphan on page 3 and a widow on page 4.
    expect(checkPageBreaks(lines, GBT9704).map((v) => [v.check, v.page])).toEqual([['orphan', 3], ['widow', 4]]);
  });

  it('flags a sub-heading (一、 in 黑体) left at the foot of a page, as it does a title', () => {
    const lines = [body(para, indent, 20, 2), body('一、会议要求', indent, 21, 2, 'other'), body(para, indent, 0, 3)];
    const v = checkOrder([2, 3].map((number) => ({ number, width: 210, height: 297, glyphs: [], rules: [], images: [] })), lines, GBT9704);
    expect(v.map((x) => [x.check, x.page, x.text])).toEqual([['keep', 2, '一、会议要求']]);
  });
});
