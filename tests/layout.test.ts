/** The seed issue's display list, in millimetres: block origin, grid, masthead, folios, footer. */
import { describe, expect, it } from 'vitest';
import { layoutSeed, runs, textOf } from './helpers.js';
import type { Rule } from '../src/page/display.js';

const doc = layoutSeed();
const PITCH_MM = 156 / 28;
const ROW_MM = 225 / 22;
/** The 16 pt em box (880/−120) centred in a row: the baseline's depth below the row's top. */
const BASELINE_IN_ROW_MM = ((ROW_MM * 72) / 25.4 - 16) / 2 * (25.4 / 72) + (16 * 0.88 * 25.4) / 72;

describe('seed issue layout', () => {
  it('is A4 with several pages', () => {
    expect(doc.pageWidth).toBe(210);
    expect(doc.pageHeight).toBe(297);
    expect(doc.pages.length).toBeGreaterThanOrEqual(5);
  });

  it('starts every body line at the block edge or the two-character indent', () => {
    for (const page of doc.pages) {
      for (const run of runs(page, 'body')) {
        const x = run.glyphs[0]!.x;
        expect([28, 28 + 2 * PITCH_MM].some((v) => Math.abs(x - v) < 0.01)).toBe(true);
      }
    }
  });

  it('sets body characters on the 15.79 pt pitch: a full line holds exactly 28', () => {
    // Lines of Han characters and lone punctuation marks need no adjustment at all.
    const plain = doc.pages
      .flatMap((p) => runs(p, 'body'))
      .filter((r) => r.glyphs[0]!.x < 28.01 && r.glyphs.every((g) => /[\p{Script=Han}，、。；：]/u.test(g.ch)) && !/[，、。；：]{2}/u.test(textOf(r)));
    const full = plain.filter((r) => r.glyphs.length === 28);
    expect(full.length).toBeGreaterThan(10);
    for (const run of full) {
      run.glyphs.forEach((g, i) => expect(g.x).toBeCloseTo(28 + i * PITCH_MM, 6));
    }
  });

  it('puts every body baseline on one 22-row grid', () => {
    for (const page of doc.pages) {
      for (const run of runs(page, 'body')) {
        const row = (run.y - 37 - BASELINE_IN_ROW_MM) / ROW_MM;
        expect(Math.abs(row - Math.round(row))).toBeLessThan(1e-6);
        expect(Math.round(row)).toBeGreaterThanOrEqual(0);
        expect(Math.round(row)).toBeLessThan(22);
      }
    }
  });

  it('draws the red masthead rule across the block on page one', () => {
    const rules = doc.pages[0]!.items.filter((i): i is Rule => i.type === 'rule' && i.color[1] === 100 && i.color[2] === 100);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.x1).toBeCloseTo(28, 6);
    expect(rules[0]!.x2).toBeCloseTo(184, 6);
    const name = runs(doc.pages[0]!, 'masthead').find((r) => r.color[1] === 100)!;
    expect(textOf(name)).toBe('河南省科协党史学习教育简报');
    expect(name.y).toBeLessThan(rules[0]!.y);
  });

  it('numbers pages "— N —" 7 mm below the block, odd right and even left, one character in', () => {
    for (const page of doc.pages) {
      const [folio] = runs(page, 'folio');
      expect(textOf(folio!)).toBe(`—${page.number}—`);
      const first = folio!.glyphs[0]!;
      const last = folio!.glyphs[folio!.glyphs.length - 1]!;
      const oneChar = (14 * 25.4) / 72;
      if (page.number % 2) expect(last.x + last.advance).toBeCloseTo(184 - oneChar, 3);
      else expect(first.x).toBeCloseTo(28 + oneChar, 3);
    }
  });

  it('pins the footer to the last page with its last rule on the block bottom edge', () => {
    const last = doc.pages[doc.pages.length - 1]!;
    const rules = last.items.filter((i): i is Rule => i.type === 'rule');
    const bottom = rules.reduce((a, b) => (b.y > a.y ? b : a));
    expect(bottom.y).toBeCloseTo(37 + 225, 6);
    expect(bottom.thickness).toBe(0.35);
    expect(rules.map((r) => r.thickness).sort()).toEqual([0.25, 0.35, 0.35]);
    const footer = runs(last, 'footer').map(textOf).join('');
    expect(footer.startsWith('报：省委党史学习教育领导小组办公室，中国科协党史学习教育领导小组办公室，省科协领导。')).toBe(true);
    expect(footer).toContain('送：省科协机关各部室');
  });
});
