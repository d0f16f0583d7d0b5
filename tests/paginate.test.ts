/** Pagination rules on synthetic flows: orphans, widows, keeps, blank rows, the footer's place. */
import { describe, expect, it } from 'vitest';
import { gridOf } from '../src/page/geometry.js';
import { paginate } from '../src/paginate/paginate.js';
import type { Frame } from '../src/typeset/frame.js';
import { styleOf } from '../src/typeset/style.js';
import type { DocumentInfo, GlyphRun } from '../src/page/display.js';
import { fonts } from './helpers.js';

const grid = gridOf();
const f = fonts();
const folioStyle = styleOf(f.pageNumber, 'pageNumber', 14);
const info: DocumentInfo = { title: 't', author: 'a', subject: 's', keywords: 'k', date: '2021-07-16', lang: 'zh-CN' };

/** A one-row frame whose single glyph names it, so tests can see where it went. */
const row = (name: string, keepWithNext = false, extra: Partial<Frame> = {}): Frame => ({
  rows: 1,
  keepWithNext,
  items: [{ type: 'text', kind: 'body', font: 'body', size: 16, color: [0, 0, 0, 100], y: 7, glyphs: [{ ch: name, x: 28, advance: 5 }] }],
  ...extra,
});
/** A paragraph of n lines with the engine's keeps: first with second, second-last with last. */
const paragraph = (tag: string, n: number): Frame[] =>
  Array.from({ length: n }, (_, i) => row(`${tag}${i + 1}`, n > 1 && (i === 0 || i === n - 2)));
const blank = (): Frame => ({ rows: 1, items: [], keepWithNext: true, blank: true });
const masthead = (rows: number): Frame => ({ rows, items: [], keepWithNext: false });

function pagesOf(flow: Frame[], mastheadRows = 0, footer?: Frame): string[][] {
  const doc = paginate({ masthead: masthead(mastheadRows), flow, ...(footer ? { footer } : {}) }, grid, info, folioStyle);
  return doc.pages.map((p) =>
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
    const title = row('T', true);
    const flow = [...paragraph('a', 20), title, ...paragraph('b', 4).map((fr, i) => (i === 0 ? { ...fr, keepWithNext: true } : fr))];
    const pages = pagesOf(flow);
    expect(pages[0]!.at(-1)).toBe('a20');
    expect(pages[1]!.slice(0, 3)).toEqual(['T', 'b1', 'b2']);
  });

  it('drops blank rows at the top of a page', () => {
    const flow = [...paragraph('a', 22), blank(), row('h', true), ...paragraph('b', 3)];
    const pages = pagesOf(flow);
    const doc = paginate({ masthead: masthead(0), flow }, grid, info, folioStyle);
    const heading = doc.pages[1]!.items.find((i): i is GlyphRun => i.type === 'text' && i.glyphs[0]!.ch === 'h')!;
    expect(heading.y).toBeCloseTo(37 + 7, 6); // on the first row, not the second
    expect(pages[1]![0]).toBe('h');
  });

  it('starts page one below the masthead', () => {
    const doc = paginate({ masthead: masthead(6), flow: paragraph('a', 3) }, grid, info, folioStyle);
    const first = doc.pages[0]!.items.find((i): i is GlyphRun => i.type === 'text' && i.kind === 'body')!;
    expect(first.y).toBeCloseTo(37 + 6 * (225 / 22) + 7, 6);
  });

  it('pins the footer to the bottom of the last page, or of a new page when it does not fit', () => {
    const footer: Frame = { rows: 3, items: [{ type: 'rule', x1: 28, x2: 184, y: 3 * (225 / 22), thickness: 0.35, color: [0, 0, 0, 100] }], keepWithNext: false };
    const fits = paginate({ masthead: masthead(0), flow: paragraph('a', 19), footer }, grid, info, folioStyle);
    expect(fits.pages).toHaveLength(1);
    const rule = fits.pages[0]!.items.find((i) => i.type === 'rule')!;
    expect(rule.y).toBeCloseTo(262, 6);
    const over = paginate({ masthead: masthead(0), flow: paragraph('a', 20), footer }, grid, info, folioStyle);
    expect(over.pages).toHaveLength(2);
    expect(over.pages[1]!.items.find((i) => i.type === 'rule')!.y).toBeCloseTo(262, 6);
  });
});
