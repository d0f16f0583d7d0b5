/**
 * Photos in pagination, over seeded random flows of articles: every frame placed once, in order, never
 * overlapping; every photo within its article; no page ending with a heading or title.
 */
import { describe, expect, it } from 'vitest';
import { gridOf } from '../src/page/geometry.js';
import { paginate } from '../src/paginate/paginate.js';
import type { DocumentInfo, GlyphRun } from '../src/page/display.js';
import type { Frame } from '../src/typeset/frame.js';
import { styleOf } from '../src/typeset/style.js';
import { fonts } from './helpers.js';
import { ROW_MM } from './content-fixtures.js';

const grid = gridOf();
const folio = styleOf(fonts().pageNumber, 'pageNumber', 14);
const info: DocumentInfo = { title: 't', author: 'a', subject: 's', keywords: 'k', date: '2021-07-16', lang: 'zh-CN' };

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A frame named by the code point of its one glyph, 1 mm below its top. */
const frame = (id: number, rows: number, extra: Partial<Frame>, variant = 0): Frame => ({
  rows,
  role: 'text',
  items: [{ type: 'text', kind: 'body', font: 'body', size: 16, color: [0, 0, 0, 100], y: 1, glyphs: [{ ch: String.fromCodePoint(0x4e00 + id + variant * 0x1000), x: 28, advance: 5 }] }],
  ...extra,
});
/** The frame's id and the rows of the version placed, from its glyph (smaller versions: 0x1000 apart). */
const idOf = (run: GlyphRun, flow: Frame[]) => {
  const code = run.glyphs[0]!.ch.codePointAt(0)! - 0x4e00;
  const id = code % 0x1000;
  const variant = Math.floor(code / 0x1000);
  return { id, rows: variant === 0 ? flow[id]!.rows : flow[id]!.smaller!.find((v) => (v.items[0] as GlyphRun).glyphs[0]!.ch === run.glyphs[0]!.ch)!.rows };
};

/** Articles of paragraphs and photos (floating or fixed), some under a heading, each with a title. */
function randomFlow(rnd: () => number, n: number): Frame[] {
  const flow: Frame[] = [];
  let article = -1;
  while (flow.length < n) {
    if (article < 0 || rnd() < 0.3) flow.push(frame(flow.length, 1, { role: 'heading' }));
    article++;
    flow.push(frame(flow.length, 1, { role: 'title', article }));
    for (let items = 1 + Math.floor(rnd() * 6); items > 0; items--) {
      if (rnd() < 0.25) {
        const variants = Array.from({ length: Math.floor(rnd() * 3) }, (_, v) => frame(flow.length, 2 + v, { role: 'photo', article }, v + 1));
        const rows = 2 + Math.floor(rnd() * 14);
        flow.push(frame(flow.length, rows, { role: 'photo', article, float: rnd() < 0.8, ...(variants.length ? { smaller: variants.filter((v) => v.rows < rows).reverse() } : {}) }));
      } else {
        const lines = 1 + Math.floor(rnd() * 5);
        const first = flow.length;
        for (let i = 0; i < lines; i++) flow.push(frame(first + i, 1, { role: 'text', article, line: { index: i, count: lines } }));
      }
    }
  }
  return flow;
}

describe('pagination with floating photos (random flows)', () => {
  it('places every frame once, within the page, floats and text each in their own order', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = random(seed);
      const flow = randomFlow(rnd, 20 + Math.floor(rnd() * 60));
      const mastheadRows = Math.floor(rnd() * 8);
      const doc = paginate({ masthead: { rows: mastheadRows, items: [], role: 'masthead' }, flow }, info, { grid, styles: { folio }, settings: { printing: 'double-sided' } });
      const seen: { id: number; page: number; row: number }[] = [];
      doc.pages.forEach((page, p) => {
        const used: boolean[] = Array(22).fill(false);
        if (p === 0) used.fill(true, 0, mastheadRows);
        for (const run of page.items.filter((i): i is GlyphRun => i.type === 'text' && i.kind === 'body')) {
          const { id, rows } = idOf(run, flow);
          const row = Math.round((run.y - 1 - 37) / ROW_MM);
          for (let r = row; r < row + rows; r++) {
            expect(r, `seed ${seed}: frame ${id} inside the page`).toBeLessThan(22);
            expect(used[r], `seed ${seed}: row ${r} of page ${p + 1} used once`).toBe(false);
            used[r] = true;
          }
          seen.push({ id, page: p, row });
        }
      });
      expect(seen.map((s) => s.id).sort((a, b) => a - b), `seed ${seed}`).toEqual(flow.map((_, i) => i));
      const order = (ids: number[]) => ids.map((id) => seen.find((s) => s.id === id)!).map((s) => s.page * 100 + s.row);
      const isSorted = (xs: number[]) => xs.every((x, k) => k === 0 || xs[k - 1]! < x);
      const floats = flow.flatMap((f, i) => (f.float ? [i] : []));
      const others = flow.flatMap((f, i) => (f.float ? [] : [i]));
      expect(isSorted(order(floats)), `seed ${seed}: floats in order`).toBe(true);
      expect(isSorted(order(others)), `seed ${seed}: text in order`).toBe(true);
      // A photo stays in its article: after the frames before it of its article, before its
      // article's last paragraph, and before anything of the next article.
      const pos = (id: number) => order([id])[0]!;
      flow.forEach((f, k) => {
        if (f.role !== 'photo') return;
        const lastStart = flow.findLastIndex((g) => g.article === f.article && g.role === 'text' && g.line!.index === 0);
        const nextArticle = flow.findIndex((g, j) => j > k && g.article !== f.article);
        if (lastStart > k) expect(pos(k), `seed ${seed}: photo ${k} before its article's last paragraph`).toBeLessThan(pos(lastStart));
        if (nextArticle >= 0) expect(pos(k), `seed ${seed}: photo ${k} before frame ${nextArticle} of the next article`).toBeLessThan(pos(nextArticle));
        expect(pos(k), `seed ${seed}: photo ${k} after what precedes it`).toBeGreaterThan(pos(k - 1));
      });
      // No page ends with a heading or title.
      doc.pages.forEach((page, p) => {
        const ids = page.items.filter((i): i is GlyphRun => i.type === 'text' && i.kind === 'body').map((r) => idOf(r, flow).id);
        const lastId = ids.sort((a, b) => seen.find((s) => s.id === a)!.row - seen.find((s) => s.id === b)!.row).at(-1);
        if (lastId !== undefined && p < doc.pages.length - 1) expect(['heading', 'title'], `seed ${seed}: page ${p + 1} ends with ${flow[lastId]!.role}`).not.toContain(flow[lastId]!.role);
      });
    }
  });
});
