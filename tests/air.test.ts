/**
 * White space measured on the PDF read back with pdfjs-dist (not on our display list), against
 * positions worked out here from the standard's numbers: the block 37 mm from the top, 22 rows in
 * 225 mm, 3号 (16 pt) body and 2号 (22 pt) titles centred in their rows (Fandol's em box: 0.88 em
 * above the baseline, 0.12 below).
 * - titles stand in whole rows: a blank row between a title and its text, at least one above a
 *   title that follows text or a column heading, the same on every page;
 * - a photo's air is the same above the photo and below its caption (from the ink of the text
 *   around it), at least 4 mm beyond the text's own inset; a photo at a page top starts on the
 *   block's top edge.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkIssue } from '../src/build/pipeline.js';
import { loadIssue } from '../src/load/issue.js';
import { renderPdf } from '../src/render/pdf.js';
import { linesOf } from '../src/verify/lines.js';
import { readPdf, type PdfPage } from '../src/verify/pdf-glyphs.js';
import { fonts, ROOT, SEED } from './helpers.js';

const TOP = 37;
const ROW = 225 / 22;
const mm = (pt: number) => (pt * 25.4) / 72;
/** Baseline depth in its row of text of `pt` centred on the row. */
const inRow = (pt: number) => (ROW - mm(pt)) / 2 + 0.88 * mm(pt);
const rowOf = (y: number, pt: number) => (y - TOP - inRow(pt)) / ROW;
const TITLE_PT = 22;
const BODY_PT = 16;

interface Line {
  y: number;
  size: number;
  text: string;
  /** The em box, mm from the page top. */
  top: number;
  bottom: number;
}

function linesOfPage(page: PdfPage): Line[] {
  const bottom = TOP + 225;
  return linesOf(page)
    .filter((l) => l.y <= bottom) // not the page number
    .map((l) => ({ y: l.y, size: l.size, text: l.text, top: l.y - 0.88 * mm(l.size), bottom: l.y + 0.12 * mm(l.size) }));
}

const issues = { 'issue 14': SEED, 'sample-all-kinds': path.join(ROOT, 'issues', 'sample-all-kinds.yaml') };
const read: Record<string, PdfPage[]> = {};

beforeAll(async () => {
  for (const [name, file] of Object.entries(issues)) {
    read[name] = await readPdf(await renderPdf(checkIssue(loadIssue(file), fonts()).document, fonts()));
  }
});

describe.each(Object.keys(issues))('air in %s, read from the PDF', (name) => {
  it('sets titles in whole rows: one blank row below, at least one above after text, on every page', () => {
    let titles = 0;
    for (const page of read[name]!) {
      const lines = linesOfPage(page);
      lines.forEach((line, k) => {
        if (Math.abs(line.size - TITLE_PT) > 0.1 || Math.abs((lines[k - 1]?.size ?? 0) - TITLE_PT) < 0.1) return;
        titles++;
        let last = k;
        while (lines[last + 1] && Math.abs(lines[last + 1]!.size - TITLE_PT) < 0.1) last++;
        for (let j = k; j <= last; j++) {
          const r = rowOf(lines[j]!.y, TITLE_PT);
          expect(Math.abs(r - Math.round(r)), `${page.number}: "${lines[j]!.text}" in a whole row`).toBeLessThan(0.01);
        }
        const below = lines[last + 1];
        if (below) expect(rowOf(below.y, BODY_PT) - rowOf(lines[last]!.y, TITLE_PT), `${page.number}: "${below.text}" two rows under the title`).toBeCloseTo(2, 2);
        const above = lines[k - 1];
        if (above) expect(rowOf(line.y, TITLE_PT) - rowOf(above.y, BODY_PT), `${page.number}: a blank row above "${line.text}"`).toBeGreaterThan(2 - 0.01);
        else expect(rowOf(line.y, TITLE_PT), `${page.number}: "${line.text}" opens the page on its first row`).toBeCloseTo(0, 2);
      });
    }
    expect(titles).toBeGreaterThanOrEqual(3);
  });

  it('shares a photo’s air equally above it and below its caption; at a page top it starts on the block edge', () => {
    let measured = 0;
    let atTop = 0;
    for (const page of read[name]!) {
      const lines = linesOfPage(page);
      const rows = [...new Set(page.images.map((i) => Math.round(i.y1 * 100) / 100))];
      for (const y1 of rows) {
        const images = page.images.filter((i) => Math.abs(i.y1 - y1) < 0.01);
        const y2 = Math.max(...images.map((i) => i.y2));
        const before = lines.filter((l) => l.bottom < y1).at(-1);
        const captions = lines.filter((l) => l.top > y2 && l.top < y2 + 15 && l.size < 15); // 4号 under the photo
        const lastCaption = captions.at(-1);
        const after = lines.find((l) => l.top > (lastCaption?.bottom ?? y2) && l.size >= 15);
        if (!before) {
          expect(y1, `page ${page.number}: a photo opening the page starts on the block's top edge`).toBeCloseTo(TOP, 2);
          atTop++;
          continue;
        }
        if (!after || !lastCaption) continue;
        const above = y1 - before.bottom;
        const below = after.top - lastCaption.bottom;
        expect(above, `page ${page.number}: air above the photo at ${y1.toFixed(2)} mm`).toBeCloseTo(below, 1);
        expect(above).toBeGreaterThanOrEqual(4 + (ROW - mm(BODY_PT)) / 2 - 0.05);
        measured++;
      }
    }
    // Issue 14: one photo at a page top, one at a page foot; the sample: both kinds, mid-page ones too.
    expect(atTop).toBeGreaterThanOrEqual(1);
    if (name === 'sample-all-kinds') expect(measured).toBeGreaterThanOrEqual(2);
  });
});
