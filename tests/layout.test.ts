/** The seed issue's display list, in millimetres: block origin, grid, masthead, folios, footer. */
import { describe, expect, it } from 'vitest';
import { expectBodyOnGrid, fonts, inkStart, layoutSeed, runs, textOf } from './helpers.js';
import { RED, type GlyphRun, type ImageBox, type Rule } from '../src/page/display.js';

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

  it('starts every body line at the block edge or the two-character indent (an opening mark by its ink)', () => {
    for (const page of doc.pages) {
      for (const run of runs(page, 'body')) {
        const x = inkStart(run.glyphs[0]!);
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
    expectBodyOnGrid(doc, BASELINE_IN_ROW_MM);
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

  it('puts the text block at 28 mm from the left and 37 mm from the top: row 0 of a page without masthead', () => {
    for (const page of doc.pages.slice(1)) {
      const flow = runs(page).filter((r) => r.kind !== 'folio' && r.kind !== 'footer');
      if (!flow.length && !page.items.some((i) => i.type === 'image')) continue; // the 版记 on a page of its own
      // A page may open with a photo (a float moved there) rather than a line of text.
      const photos = page.items.filter((i): i is ImageBox => i.type === 'image');
      const top = Math.min(...flow.map((r) => r.y - (r.size * 0.88 * 25.4) / 72), ...photos.map((p) => p.y));
      for (const p of photos) {
        expect(p.x).toBeGreaterThanOrEqual(28 - 1e-6);
        expect(p.x + p.width).toBeLessThanOrEqual(184 + 1e-6);
      }
      // The first line's em box is centred in the block's first row.
      expect(top).toBeGreaterThanOrEqual(37 - 1e-6);
      expect(top).toBeLessThan(37 + ROW_MM);
      for (const run of flow) {
        expect(inkStart(run.glyphs[0]!, run.size)).toBeGreaterThanOrEqual(28 - 1e-6);
        expect(run.y + (run.size * 0.12 * 25.4) / 72).toBeLessThanOrEqual(262 + 1e-6);
      }
    }
    const page2 = runs(doc.pages[1]!, 'body');
    expect(page2[0]!.y).toBeCloseTo(37 + BASELINE_IN_ROW_MM, 6);
    // At the block's edge, or at the two-character indent when a paragraph opens the page.
    expect([28, 28 + (2 * 156) / 28].some((x) => Math.abs(page2[0]!.glyphs[0]!.x - x) < 1e-6)).toBe(true);
  });

  it('steps lines by 225/22 mm and characters by 156/28 mm (15.79 pt)', () => {
    expect((PITCH_MM * 72) / 25.4).toBeCloseTo(15.79, 2);
    for (const page of doc.pages) {
      const ys = runs(page, 'body').map((r) => r.y);
      for (let i = 1; i < ys.length; i++) {
        const steps = (ys[i]! - ys[i - 1]!) / ROW_MM;
        if (steps > 1e-9) expect(steps).toBeCloseTo(Math.round(steps), 6);
      }
    }
    // A page the flow fills spans the grid: page 3's body runs from row 0 to row 20 or 21.
    const page3 = runs(doc.pages[2]!, 'body');
    expect((page3[page3.length - 1]!.y - page3[0]!.y) / ROW_MM).toBeGreaterThanOrEqual(20 - 1e-6);
  });

  it('sets the masthead: red name centred, number centred, office left and date right, red rule 4 mm below them', () => {
    const page = doc.pages[0]!;
    const mast = runs(page, 'masthead');
    const [name, number] = mast;
    const [office, date] = mast.filter((r) => r.y === mast[2]!.y);
    const rule = page.items.find((i): i is Rule => i.type === 'rule')!;
    const right = (r: GlyphRun) => r.glyphs[r.glyphs.length - 1]!.x + r.glyphs[r.glyphs.length - 1]!.advance;
    expect(name!.color).toEqual(RED);
    expect(name!.size).toBeGreaterThanOrEqual(26);
    expect(name!.glyphs[0]!.x - 28).toBeCloseTo(184 - right(name!), 3);
    expect(textOf(number!)).toBe('第14期');
    expect(number!.glyphs[0]!.x - 28).toBeCloseTo(184 - right(number!), 3);
    expect(textOf(office!)).toBe('党史学习教育领导小组办公室');
    expect(office!.glyphs[0]!.x).toBeCloseTo(28, 6);
    expect(textOf(date!)).toBe('2021年7月16日');
    expect(right(date!)).toBeCloseTo(184, 3);
    expect(rule.color).toEqual(RED);
    expect(rule.thickness).toBe(0.75);
    expect(rule.y).toBeCloseTo(office!.y + 4, 6);
    // The body begins below the rule, on the grid.
    const firstFlow = runs(page).find((r) => r.kind === 'heading')!;
    expect(firstFlow.y - (16 * 0.88 * 25.4) / 72).toBeGreaterThan(rule.y + 4);
  });

  it('puts the page number\'s dashes 7 mm below the block, in 4号 宋体', () => {
    const face = fonts().pageNumber;
    const bbox = face.font.glyphForCodePoint(0x2014).bbox;
    const dashMidMm = (((bbox.minY + bbox.maxY) / 2 / face.unitsPerEm) * 14 * 25.4) / 72;
    for (const page of doc.pages) {
      const [folio] = runs(page, 'folio');
      expect(folio!.size).toBe(14);
      expect(folio!.font).toBe('pageNumber');
      // The baseline lies below the dash's stroke by the stroke's height above the baseline.
      expect(folio!.y - dashMidMm).toBeCloseTo(262 + 7, 6);
    }
  });

  it('draws the footer in 4号 between rules as wide as the block, thick-thin-thick', () => {
    const last = doc.pages[doc.pages.length - 1]!;
    const rules = last.items.filter((i): i is Rule => i.type === 'rule').sort((a, b) => a.y - b.y);
    expect(rules.map((r) => r.thickness)).toEqual([0.35, 0.25, 0.35]);
    for (const r of rules) expect([r.x1, r.x2]).toEqual([28, 184]);
    expect(rules[2]!.y).toBeCloseTo(262, 6);
    for (const run of runs(last, 'footer')) {
      expect(run.size).toBe(14);
      expect(run.y).toBeGreaterThan(rules[0]!.y);
      expect(run.y).toBeLessThan(262);
    }
    // No other page carries footer rules.
    for (const page of doc.pages.slice(1, -1)) expect(page.items.some((i) => i.type === 'rule')).toBe(false);
  });
});
