/** Floating photos in pagination, over seeded random flows: every frame placed once, in order, never overlapping. */
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
const frame = (id: number, rows: number, extra: Partial<Frame>): Frame => ({
  rows,
  keepWithNext: false,
  items: [{ type: 'text', kind: 'body', font: 'body', size: 16, color: [0, 0, 0, 100], y: 1, glyphs: [{ ch: String.fromCodePoint(0x4e00 + id), x: 28, advance: 5 }] }],
  ...extra,
});

function randomFlow(rnd: () => number, n: number): Frame[] {
  return Array.from({ length: n }, (_, id) => {
    const r = rnd();
    if (r < 0.15) return frame(id, 2 + Math.floor(rnd() * 14), { float: rnd() < 0.8 }); // a photo, floating or fixed
    if (r < 0.2) return frame(id, 1, { keepWithNext: true, barrier: true }); // a title
    return frame(id, 1, { keepWithNext: rnd() < 0.3 });
  });
}

describe('pagination with floating photos (random flows)', () => {
  it('places every frame once, within the page, floats and text each in their own order', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = random(seed);
      const flow = randomFlow(rnd, 20 + Math.floor(rnd() * 60));
      const mastheadRows = Math.floor(rnd() * 8);
      const doc = paginate({ masthead: { rows: mastheadRows, items: [], keepWithNext: false }, flow }, grid, info, folio);
      const seen: { id: number; page: number; row: number }[] = [];
      doc.pages.forEach((page, p) => {
        const used: boolean[] = Array(22).fill(false);
        if (p === 0) used.fill(true, 0, mastheadRows);
        for (const run of page.items.filter((i): i is GlyphRun => i.type === 'text' && i.kind === 'body')) {
          const id = run.glyphs[0]!.ch.codePointAt(0)! - 0x4e00;
          const row = Math.round((run.y - 1 - 37) / ROW_MM);
          for (let r = row; r < row + flow[id]!.rows; r++) {
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
      // A float never lands after the next title (barrier) that followed it in the flow.
      for (const f of floats) {
        const nextTitle = flow.findIndex((fr, i) => i > f && fr.barrier);
        if (nextTitle >= 0) expect(order([f])[0]!, `seed ${seed}: float ${f} before title ${nextTitle}`).toBeLessThan(order([nextTitle])[0]!);
      }
    }
  });
});
