/**
 * The verifier's page-order checks on PDFs read back with pdfjs-dist: the sample of every kind
 * conforms; a title at a page foot, a photo out of its article, a 版记 on an odd page and page
 * numbers on the §7.5 pages are each caught on a PDF rendered from a spoiled display list.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIssue, layoutIssue } from '../src/build/pipeline.js';
import { readPhotos } from '../src/compose/photos.js';
import { loadIssue } from '../src/load/issue.js';
import type { GlyphRun, ImageBox, LaidOutDocument } from '../src/page/display.js';
import { gridOf } from '../src/page/geometry.js';
import { renderPdf } from '../src/render/pdf.js';
import { checkPdf } from '../src/verify/check-pdf.js';
import { formatReport } from '../src/verify/report.js';
import { fonts, ROOT, SEED } from './helpers.js';

const SAMPLE = path.join(ROOT, 'issues', 'sample-all-kinds.yaml');
const ROW_MM = 225 / 22;
const verify = async (doc: LaidOutDocument, singleSided = false) => checkPdf(await renderPdf(doc, fonts()), undefined, { singleSided });
const seed = () => checkIssue(loadIssue(SEED), fonts()).document;
const runs = (doc: LaidOutDocument, p: number) => doc.pages[p]!.items.filter((i): i is GlyphRun => i.type === 'text');

describe('page order in built PDFs', () => {
  it('the sample of every kind conforms: zero violations', async () => {
    const report = await checkPdf(await renderPdf(checkIssue(loadIssue(SAMPLE), fonts()).document, fonts()));
    expect(report.violations, formatReport('sample-all-kinds.pdf', report)).toEqual([]);
    expect(report.pages % 2).toBe(0); // the 版记 on an even page
  });

  it('flags a title left at the foot of a page', async () => {
    const doc = seed();
    // Cut a page after its last title line: the title now ends the page.
    const p = doc.pages.findIndex((page) => page.items.some((i) => i.type === 'text' && i.kind === 'title'));
    const titleY = Math.max(...runs(doc, p).filter((r) => r.kind === 'title').map((r) => r.y));
    doc.pages[p]!.items = doc.pages[p]!.items.filter((i) => (i.type === 'text' && i.kind === 'folio') || i.y <= titleY);
    const report = await verify(doc);
    expect(report.violations.filter((v) => v.check === 'keep').map((v) => v.page)).toEqual([p + 1]);
  });

  it('flags a photo that opens a page above a title, and one after an article’s source line', async () => {
    const { document: doc } = checkIssue(loadIssue(SAMPLE), fonts());
    const photo = doc.pages.flatMap((pg) => pg.items).find((i): i is ImageBox => i.type === 'image')!;
    // A page that opens with a photo and then a title: cut what stands above the title.
    const p = doc.pages.findIndex((page, k) => k > 0 && page.items.some((i) => i.type === 'text' && i.kind === 'title'));
    const titleY = Math.min(...runs(doc, p).filter((r) => r.kind === 'title').map((r) => r.y));
    doc.pages[p]!.items = doc.pages[p]!.items.filter((i) => (i.type === 'text' && i.kind === 'folio') || i.y >= titleY - 8);
    doc.pages[p]!.items.push({ ...photo, y: 37, height: 5 });
    // Right under a source line: a photo in the row after it.
    const q = doc.pages.findIndex((page, k) => k !== p && page.items.some((i) => i.type === 'text' && i.kind === 'source'));
    const source = runs(doc, q).find((r) => r.kind === 'source')!;
    doc.pages[q]!.items.push({ ...photo, y: source.y + 2, height: 1 });
    const report = await verify(doc);
    const flagged = report.violations.filter((v) => v.check === 'photo');
    expect(flagged.map((v) => v.page).sort()).toEqual([p + 1, q + 1].sort());
    expect(flagged.find((v) => v.page === p + 1)!.message).toMatch(/opens the page above the title/u);
    expect(flagged.find((v) => v.page === q + 1)!.message).toMatch(/follows the source line/u);
  });

  it('flags the 版记 on an odd page unless printed single-sided', async () => {
    const doc = seed();
    expect(doc.pages.length % 2).toBe(0);
    // One text page fewer: the 版记 page becomes odd.
    doc.pages.splice(1, 1);
    doc.pages.forEach((page, k) => (page.number = k + 1));
    const footer = (await verify(doc)).violations.filter((v) => v.check === 'footer');
    expect(footer.map((v) => v.message)).toEqual([
      `the footer stands on page ${doc.pages.length}, an odd page: printed double-sided it belongs on an even page, the back of a sheet`,
    ]);
    expect((await verify(doc, true)).violations.filter((v) => v.check === 'footer')).toEqual([]);
  });

  it('puts the 版记 on an even page by default, under the text when single-sided', () => {
    const loaded = loadIssue(SAMPLE);
    const photos = readPhotos(loaded);
    const double = layoutIssue(loaded.issue, fonts(), gridOf(), photos);
    const single = layoutIssue({ ...loaded.issue, printing: 'single-sided' }, fonts(), gridOf(), photos);
    expect(double.pages.length % 2).toBe(0);
    const footerPage = (d: LaidOutDocument) => d.pages.findIndex((pg) => pg.items.some((i) => i.type === 'text' && i.kind === 'footer')) + 1;
    expect(footerPage(double)).toBe(double.pages.length);
    expect(footerPage(single)).toBe(single.pages.length);
    expect(single.pages.length).toBeLessThanOrEqual(double.pages.length);
  });

  it('flags page numbers on a blank page before the 版记 and on the 版记 page (§7.5)', async () => {
    const doc = seed();
    const footerPage = doc.pages.pop()!; // issue 14's 版记 stands alone on page 8
    expect(footerPage.items.some((i) => i.type === 'text' && i.kind === 'body')).toBe(false);
    const folio = doc.pages[0]!.items.find((i): i is GlyphRun => i.type === 'text' && i.kind === 'folio')!;
    // A blank page before the 版记 page, both numbered as if they were text pages.
    const blank = { number: doc.pages.length + 1, items: [] as LaidOutDocument['pages'][number]['items'], outline: [] };
    doc.pages.push(blank, { ...footerPage, number: blank.number + 1, items: footerPage.items.filter((i) => !(i.type === 'text' && i.kind === 'folio')) });
    const numbered = (n: number) => ({ ...folio, glyphs: [...`—${n}—`].map((ch, k) => ({ ch, x: 40 + k * 3, advance: 3 })) });
    blank.items.push(numbered(blank.number));
    doc.pages.at(-1)!.items.push(numbered(blank.number + 1));
    const messages = (await verify(doc)).violations.filter((v) => v.check === 'folio');
    expect(messages.map((v) => v.page)).toEqual([blank.number, blank.number + 1]);
    expect(messages[0]!.message).toMatch(/§7\.5/u);
  });
});
