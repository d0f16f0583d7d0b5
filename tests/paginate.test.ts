/** Pagination rules on synthetic flows: orphans, widows, keeps, blank rows, photos in their article, the 版记's page. */
import { describe, expect, it } from 'vitest';
import { gridOf } from '../src/page/geometry.js';
import { keepsOf } from '../src/paginate/keeps.js';
import { paginate } from '../src/paginate/paginate.js';
import type { Frame } from '../src/typeset/frame.js';
import { styleOf } from '../src/typeset/style.js';
import type { DocumentInfo, GlyphRun, Page } from '../src/page/display.js';
import { fonts } from './helpers.js';

const grid = gridOf();
const f = fonts();
const folioStyle = styleOf(f.pageNumber, 'pageNumber', 14);
const info: DocumentInfo = { title: 't', author: 'a', subject: 's', keywords: 'k', date: '2021-07-16', lang: 'zh-CN' };

/** A one-row frame whose single glyph names it, so tests can see where it went. */
const row = (name: string, extra: Partial<Frame> = {}): Frame => ({
  rows: 1,
  role: 'text',
  items: [{ type: 'text', kind: 'body', font: 'body', size: 16, color: [0, 0, 0, 100], y: 7, glyphs: [{ ch: name, x: 28, advance: 5 }] }],
  ...extra,
});
/** A paragraph of n lines: each line knows its index and the count (the keeps are the paginator's). */
const paragraph = (tag: string, n: number, article = 0): Frame[] =>
  Array.from({ length: n }, (_, i) => row(`${tag}${i + 1}`, { line: { index: i, count: n }, article }));
const blank = (article?: number): Frame => ({ rows: 1, items: [], role: 'blank', ...(article === undefined ? {} : { article }) });
const masthead = (rows: number): Frame => ({ rows, items: [], role: 'masthead' });
const heading = (name: string) => row(name, { role: 'heading' });
const title = (name: string, article: number) => row(name, { role: 'title', article });
/** A photo block of `rows` rows named by its glyph; `smaller` variants of fewer rows. */
const photo = (name: string, rows: number, article: number, extra: Partial<Frame> = {}): Frame => ({ ...row(name, { role: 'photo', article, float: true }), rows, ...extra });

function layout(flow: Frame[], mastheadRows = 0, footer?: Frame, printing?: 'double-sided' | 'single-sided') {
  return paginate({ masthead: masthead(mastheadRows), flow, ...(footer ? { footer } : {}) }, info, { grid, styles: { folio: folioStyle }, settings: { printing: printing ?? 'double-sided' } });
}

function pagesOf(flow: Frame[], mastheadRows = 0, footer?: Frame): string[][] {
  return layout(flow, mastheadRows, footer).pages.map((p) =>
    p.items.filter((i): i is GlyphRun => i.type === 'text' && i.kind === 'body').map((r) => r.glyphs[0]!.ch),
  );
}

describe('pagination', () => {
  it('fills a page with 22 rows', () => {
    const pages = pagesOf(paragraph('a', 30));
    expect(pages[0]).toHaveLength(22);
    expect(pages[1]).toHaveLength(8);
  });

  it('does not leave a paragraph’s first line alone at the bottom of a page (orphan)', () => {
    const pages = pagesOf([...paragraph('a', 21), ...paragraph('b', 5)]);
    expect(pages[0]!.at(-1)).toBe('a21');
    expect(pages[1]![0]).toBe('b1');
  });

  it('does not leave a paragraph’s last line alone at the top of a page (widow)', () => {
    const pages = pagesOf([...paragraph('a', 17), ...paragraph('b', 6)]);
    // b1..b5 would fit, leaving b6 alone: b5 goes over with it.
    expect(pages[0]!.at(-1)).toBe('b4');
    expect(pages[1]).toEqual(['b5', 'b6']);
  });

  it('keeps a title with at least two lines of its text', () => {
    const flow = [...paragraph('a', 20), title('T', 1), ...paragraph('b', 4, 1)];
    const pages = pagesOf(flow);
    expect(pages[0]!.at(-1)).toBe('a20');
    expect(pages[1]!.slice(0, 3)).toEqual(['T', 'b1', 'b2']);
  });

  it('drops blank rows at the top of a page', () => {
    const flow = [...paragraph('a', 22), blank(), heading('h'), ...paragraph('b', 3, 1)];
    const pages = pagesOf(flow);
    const doc = layout(flow);
    const h = doc.pages[1]!.items.find((i): i is GlyphRun => i.type === 'text' && i.glyphs[0]!.ch === 'h')!;
    expect(h.y).toBeCloseTo(37 + 7, 6); // on the first row, not the second
    expect(pages[1]![0]).toBe('h');
  });

  it('starts page one below the masthead', () => {
    const doc = layout(paragraph('a', 3), 6);
    const first = doc.pages[0]!.items.find((i): i is GlyphRun => i.type === 'text' && i.kind === 'body')!;
    expect(first.y).toBeCloseTo(37 + 6 * (225 / 22) + 7, 6);
  });
});

describe('keeps that know photos', () => {
  it('never ends a page with a heading or title, even when a photo already stands on it', () => {
    // Page two opens with the photo (and the two lines it takes along, see below); the rows left
    // are enough for the heading and title but not for the text they must keep with.
    const flow = [...paragraph('a', 22), photo('P', 17, 0), blank(), heading('H'), blank(1), title('T', 1), blank(1), ...paragraph('c', 5, 1)];
    const pages = pagesOf(flow);
    expect(pages[1]).toEqual(['a21', 'a22', 'P']);
    expect(pages[2]!.slice(0, 4)).toEqual(['H', 'T', 'c1', 'c2']);
  });

  it('moves a heading and title that fill a page holding something else (the masthead) whole to the next page', () => {
    const flow = [heading('H'), blank(0), title('T', 0), blank(0), ...paragraph('b', 5)];
    const pages = pagesOf(flow, 18);
    expect(pages[0]).toEqual([]);
    expect(pages[1]!.slice(0, 4)).toEqual(['H', 'T', 'b1', 'b2']);
  });

  it('does not chain one-line articles together: a title keeps only its own article’s lines', () => {
    const article = (a: number) => [blank(a), title(`T${a}`, a), blank(a), ...paragraph(`p${a}-`, 1, a)];
    const flow = Array.from({ length: 8 }, (_, a) => article(a)).flat();
    const pages = pagesOf(flow, 6);
    // 6 masthead rows, then 4 rows an article (the first one's blank row above is kept: it follows the masthead).
    expect(pages[0]).toEqual(['T0', 'p0-1', 'T1', 'p1-1', 'T2', 'p2-1', 'T3', 'p3-1']);
    // Each article's one line may end a page; a two-line article's first line keeps with its second.
    const keep = keepsOf([...article(0), ...paragraph('q', 1, 0), ...article(1)]);
    expect(keep).toEqual([true, true, true, true, false, true, true, true, false]);
  });

  it('breaks a chain of keeps longer than a page where it is full, but not after a heading', () => {
    const chain = Array.from({ length: 20 }, (_, i) => row(`s${i}`, { role: 'subheading', article: 0 }));
    const pages = pagesOf([...chain, heading('H'), blank(1), title('T', 1), ...paragraph('b', 3, 1)]);
    expect(pages[0]).toHaveLength(20);
    expect(pages[1]!.slice(0, 2)).toEqual(['H', 'T']);
  });
});

describe('photos stay in their article', () => {
  it('is set smaller when a smaller version fits what is left of the page', () => {
    const small = photo('p', 3, 0);
    const pages = pagesOf([...paragraph('a', 18), photo('P', 6, 0, { smaller: [photo('q', 5, 0), small] }), ...paragraph('b', 4)]);
    expect(pages[0]!.slice(-1)).toEqual(['p']);
    expect(pages[0]).toHaveLength(19);
  });

  it('lets text of its article pass it, but not the article’s last paragraph', () => {
    const flow = [...paragraph('a', 18), photo('P', 8, 0), ...paragraph('b', 2), ...paragraph('c', 3), row('S', { role: 'source', article: 0 }), title('T', 1), ...paragraph('d', 3, 1)];
    const pages = pagesOf(flow);
    expect(pages[0]).toEqual([...paragraph('a', 18), ...paragraph('b', 2)].map((f) => (f.items[0] as GlyphRun).glyphs[0]!.ch));
    // The photo opens page two, then the last paragraph and the source: all before the next title.
    expect(pages[1]!.slice(0, 6)).toEqual(['P', 'c1', 'c2', 'c3', 'S', 'T']);
  });

  it('at its article’s tail, takes the article’s last lines along instead of standing above the next title', () => {
    const flow = [...paragraph('a', 18), photo('P', 8, 0), row('S', { role: 'source', article: 0 }), blank(1), title('T', 1), ...paragraph('d', 3, 1)];
    const pages = pagesOf(flow);
    expect(pages[0]).toEqual(Array.from({ length: 16 }, (_, i) => `a${i + 1}`));
    expect(pages[1]!.slice(0, 5)).toEqual(['a17', 'a18', 'P', 'S', 'T']);
  });

  it('does not move when fixed: the page breaks before it', () => {
    const flow = [...paragraph('a', 18), photo('P', 8, 0, { float: false }), ...paragraph('b', 3), ...paragraph('c', 3)];
    const pages = pagesOf(flow);
    expect(pages[0]).toHaveLength(18);
    expect(pages[1]![0]).toBe('P');
  });

  it('starts on the block’s top edge at a page top (its page-top version)', () => {
    const top = { ...photo('p', 7, 0), items: [{ ...(photo('p', 7, 0).items[0] as GlyphRun), y: 0.5 }] };
    const flow = [...paragraph('a', 22), photo('P', 8, 0, { atPageTop: top }), ...paragraph('b', 3)];
    const doc = layout(flow);
    const p = doc.pages[1]!.items.find((i): i is GlyphRun => i.type === 'text' && i.glyphs[0]!.ch === 'p')!;
    expect(p.y).toBeCloseTo(37.5, 6);
    expect(pagesOf(flow)[1]).toEqual(['p', 'b1', 'b2', 'b3']);
  });
});

describe('the 版记 (footer) page', () => {
  const footer: Frame = { rows: 3, role: 'footer', items: [{ type: 'rule', x1: 28, x2: 184, y: 3 * (225 / 22), thickness: 0.35, color: [0, 0, 0, 100] }] };
  const ruleY = (page: Page) => page.items.find((i) => i.type === 'rule')?.y;
  const folioOf = (page: Page) => page.items.find((i): i is GlyphRun => i.type === 'text' && i.kind === 'folio');

  it('stands under the text on an even page, its last rule on the block’s bottom edge (262 mm)', () => {
    const doc = layout([...paragraph('a', 22), ...paragraph('b', 19)], 0, footer);
    expect(doc.pages).toHaveLength(2);
    expect(ruleY(doc.pages[1]!)).toBeCloseTo(37 + 225, 6);
    expect(folioOf(doc.pages[1]!)).toBeDefined();
  });

  it('goes to the next even page when the text ends on an odd one, that page numbered', () => {
    const doc = layout(paragraph('a', 10), 0, footer);
    expect(doc.pages).toHaveLength(2);
    expect(ruleY(doc.pages[0]!)).toBeUndefined();
    expect(ruleY(doc.pages[1]!)).toBeCloseTo(262, 6);
    expect(doc.pages.map((p) => folioOf(p) !== undefined)).toEqual([true, true]);
  });

  it('leaves a blank page before it when it does not fit under text ending on an even page; neither is numbered (§7.5)', () => {
    const doc = layout([...paragraph('a', 22), ...paragraph('b', 21)], 0, footer);
    expect(doc.pages).toHaveLength(4);
    expect(doc.pages[2]!.items).toEqual([]);
    expect(ruleY(doc.pages[3]!)).toBeCloseTo(262, 6);
    expect(doc.pages.map((p) => folioOf(p) !== undefined)).toEqual([true, true, false, false]);
  });

  it('printed single-sided, stands on the last page, or a new numbered one when it does not fit', () => {
    const fits = layout(paragraph('a', 19), 0, footer, 'single-sided');
    expect(fits.pages).toHaveLength(1);
    expect(ruleY(fits.pages[0]!)).toBeCloseTo(262, 6);
    const over = layout(paragraph('a', 20), 0, footer, 'single-sided');
    expect(over.pages).toHaveLength(2);
    expect(ruleY(over.pages[1]!)).toBeCloseTo(262, 6);
    expect(folioOf(over.pages[1]!)).toBeDefined();
  });
});
