/**
 * The seed issue's display list, in millimetres: block origin, grid, masthead, folios, footer.
 * Every expected position is a number written out here from GB/T 9704-2012 (clause 5, §7.5) and
 * the reference's facts (docs in /work/shared/reference/typesetting.md), not recomputed with the
 * layout's own formulas: if the code's arithmetic drifts, these numbers do not drift with it.
 */
import { describe, expect, it } from 'vitest';
import { fonts, inkStart, layoutSeed, runs, textOf } from './helpers.js';
import type { GlyphRun, ImageBox, Rule } from '../src/page/display.js';
import { BASELINES, BOTTOM, CELL, INDENT, LEFT, RIGHT, ROW, TOP } from './gbt9704-numbers.js';

const doc = layoutSeed();
/** 0.88 of a 3号 em: how far a body character's box rises above its baseline. */
const BODY_RISE = 4.9671;
/** Page numbers: 4号 (14 pt = 4.9389 mm); odd pages end one character inside the right edge, even start one inside the left. */
const FOLIO_ODD_END = 179.0611;
const FOLIO_EVEN_START = 32.9389;
/** Process red, C0 M100 Y100 K0: the masthead's name and rule. */
const PROCESS_RED = [0, 100, 100, 0];
/** The page number's dashes: 7 mm below the block's bottom edge. */
const FOLIO_DASH_Y = 269;

/** Which of the 22 rows a baseline lies on (±0.0005 mm), or -1. */
const rowOf = (y: number) => BASELINES.findIndex((b) => Math.abs(b - y) < 0.0005);

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
        expect([LEFT, INDENT].some((v) => Math.abs(x - v) < 0.0005), `${x}`).toBe(true);
      }
    }
  });

  it('sets body characters on the 15.79 pt pitch: a full line holds exactly 28', () => {
    // Lines of Han characters and lone punctuation marks need no adjustment at all.
    const plain = doc.pages
      .flatMap((p) => runs(p, 'body'))
      .filter((r) => r.glyphs[0]!.x < LEFT + 0.01 && r.glyphs.every((g) => /[\p{Script=Han}，、。；：]/u.test(g.ch)) && !/[，、。；：]{2}/u.test(textOf(r)));
    const full = plain.filter((r) => r.glyphs.length === 28);
    expect(full.length).toBeGreaterThan(10);
    for (const run of full) {
      run.glyphs.forEach((g, i) => expect(g.x).toBeCloseTo(LEFT + i * CELL, 4));
    }
  });

  it('puts every body baseline on one 22-row grid', () => {
    for (const page of doc.pages) for (const run of runs(page, 'body')) expect(rowOf(run.y), `page ${page.number}, ${run.y} mm`).toBeGreaterThanOrEqual(0);
  });

  it('draws the red masthead rule across the block on page one', () => {
    const rules = doc.pages[0]!.items.filter((i): i is Rule => i.type === 'rule' && i.color.join() === PROCESS_RED.join());
    expect(rules).toHaveLength(1);
    expect(rules[0]!.x1).toBeCloseTo(LEFT, 6);
    expect(rules[0]!.x2).toBeCloseTo(RIGHT, 6);
    const name = runs(doc.pages[0]!, 'masthead').find((r) => r.color.join() === PROCESS_RED.join())!;
    expect(textOf(name)).toBe('河南省科协党史学习教育简报');
    expect(name.y).toBeLessThan(rules[0]!.y);
  });

  it('numbers pages "— N —" 7 mm below the block, odd right and even left, one character in', () => {
    for (const page of doc.pages) {
      const [folio] = runs(page, 'folio');
      expect(textOf(folio!)).toBe(`—${page.number}—`);
      const first = folio!.glyphs[0]!;
      const last = folio!.glyphs[folio!.glyphs.length - 1]!;
      if (page.number % 2) expect(last.x + last.advance).toBeCloseTo(FOLIO_ODD_END, 3);
      else expect(first.x).toBeCloseTo(FOLIO_EVEN_START, 3);
    }
  });

  it('pins the footer to the last page with its last rule on the block bottom edge', () => {
    const last = doc.pages[doc.pages.length - 1]!;
    const rules = last.items.filter((i): i is Rule => i.type === 'rule');
    const bottom = rules.reduce((a, b) => (b.y > a.y ? b : a));
    expect(bottom.y).toBeCloseTo(BOTTOM, 6);
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
      const top = Math.min(...flow.map((r) => r.y - (r.size * 0.88 * 25.4) / 72), ...photos.map((p) => p.y)); // 0.88 em: the box above a baseline
      for (const p of photos) {
        expect(p.x).toBeGreaterThanOrEqual(LEFT - 1e-6);
        expect(p.x + p.width).toBeLessThanOrEqual(RIGHT + 1e-6);
      }
      // The first line's em box is centred in the block's first row.
      expect(top).toBeGreaterThanOrEqual(TOP - 1e-6);
      expect(top).toBeLessThan(TOP + ROW);
      for (const run of flow) {
        expect(inkStart(run.glyphs[0]!, run.size)).toBeGreaterThanOrEqual(LEFT - 1e-6);
        expect(run.y + (run.size * 0.12 * 25.4) / 72).toBeLessThanOrEqual(BOTTOM + 1e-6);
      }
    }
    const page2 = runs(doc.pages[1]!, 'body');
    expect(page2[0]!.y).toBeCloseTo(BASELINES[0]!, 3);
    // At the block's edge, or at the two-character indent when a paragraph opens the page.
    expect([LEFT, INDENT].some((x) => Math.abs(page2[0]!.glyphs[0]!.x - x) < 0.0005)).toBe(true);
  });

  it('steps lines by 225/22 mm and characters by 156/28 mm (15.79 pt)', () => {
    expect((CELL * 72) / 25.4).toBeCloseTo(15.79, 2);
    for (const page of doc.pages) {
      const ys = runs(page, 'body').map((r) => r.y);
      for (let i = 1; i < ys.length; i++) {
        const steps = (ys[i]! - ys[i - 1]!) / ROW;
        if (steps > 1e-9) expect(steps).toBeCloseTo(Math.round(steps), 6);
      }
    }
    // A page the flow fills spans the grid: page 3's body runs from row 0 to row 20 or 21.
    const page3 = runs(doc.pages[2]!, 'body');
    expect(rowOf(page3[0]!.y)).toBe(0);
    expect(rowOf(page3[page3.length - 1]!.y)).toBeGreaterThanOrEqual(20);
  });

  it('sets the masthead: red name centred, number centred, office left and date right, red rule 4 mm below them', () => {
    const page = doc.pages[0]!;
    const mast = runs(page, 'masthead');
    const [name, number] = mast;
    const [office, date] = mast.filter((r) => r.y === mast[2]!.y);
    const rule = page.items.find((i): i is Rule => i.type === 'rule')!;
    const right = (r: GlyphRun) => r.glyphs[r.glyphs.length - 1]!.x + r.glyphs[r.glyphs.length - 1]!.advance;
    expect(name!.color).toEqual(PROCESS_RED);
    expect(name!.size).toBeGreaterThanOrEqual(26);
    expect(name!.glyphs[0]!.x - LEFT).toBeCloseTo(RIGHT - right(name!), 3);
    expect(textOf(number!)).toBe('第14期');
    expect(number!.glyphs[0]!.x - LEFT).toBeCloseTo(RIGHT - right(number!), 3);
    expect(textOf(office!)).toBe('党史学习教育领导小组办公室');
    expect(office!.glyphs[0]!.x).toBeCloseTo(LEFT, 6);
    expect(textOf(date!)).toBe('2021年7月16日');
    expect(right(date!)).toBeCloseTo(RIGHT, 3);
    expect(rule.color).toEqual(PROCESS_RED);
    expect(rule.thickness).toBe(0.75);
    expect(rule.y).toBeCloseTo(office!.y + 4, 6);
    // The body begins below the rule, on the grid.
    const firstFlow = runs(page).find((r) => r.kind === 'heading')!;
    expect(firstFlow.y - BODY_RISE).toBeGreaterThan(rule.y + 4);
    expect(rowOf(firstFlow.y)).toBeGreaterThanOrEqual(0);
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
      expect(folio!.y - dashMidMm).toBeCloseTo(FOLIO_DASH_Y, 6);
    }
  });

  it('draws the footer in 4号 between rules as wide as the block, thick-thin-thick', () => {
    const last = doc.pages[doc.pages.length - 1]!;
    const rules = last.items.filter((i): i is Rule => i.type === 'rule').sort((a, b) => a.y - b.y);
    expect(rules.map((r) => r.thickness)).toEqual([0.35, 0.25, 0.35]);
    for (const r of rules) expect([r.x1, r.x2]).toEqual([LEFT, RIGHT]);
    expect(rules[2]!.y).toBeCloseTo(BOTTOM, 6);
    for (const run of runs(last, 'footer')) {
      expect(run.size).toBe(14);
      expect(run.y).toBeGreaterThan(rules[0]!.y);
      expect(run.y).toBeLessThan(BOTTOM);
    }
    // No other page carries footer rules.
    for (const page of doc.pages.slice(1, -1)) expect(page.items.some((i) => i.type === 'rule')).toBe(false);
  });
});
