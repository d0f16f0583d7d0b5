/** The masthead name: one line fitted to the block, or two lines when one would go below 一号. */
import { describe, expect, it } from 'vitest';
import { gridOf } from '../src/page/geometry.js';
import { stylesFor } from '../src/typeset/index.js';
import { fitName, typesetMasthead, NAME_MIN_PT } from '../src/typeset/masthead.js';
import type { GlyphRun } from '../src/page/display.js';
import { fonts, textOf } from './helpers.js';

const grid = gridOf();
const styles = stylesFor(fonts(), grid);
const masthead = (name: string) =>
  typesetMasthead({ name, number: '第1期', office: '办公室', date: '2021年7月16日', marks: [] }, { name: styles.mastheadName, line: styles.mastheadLine, marks: styles.marks }, grid);
const nameRuns = (name: string) => masthead(name).items.filter((i): i is GlyphRun => i.type === 'text' && i.color[1] === 100);

describe('masthead name', () => {
  it('a name that fits at 一号 or more is one line', () => {
    expect(fitName('河南省科协党史学习教育 简报', styles.mastheadName, grid.measure).lines).toHaveLength(1);
  });

  it('a name of 20 characters is set on two lines between words, at one size of at least 一号, within the block', () => {
    const name = '中共河南省委党史学习教育领导小组工作简报';
    // On one line 20 characters would need 156 mm × 0.96 / 20 = 21.2 pt, below 一号 (26 pt).
    const fit = fitName(name, styles.mastheadName, grid.measure);
    expect(fit.lines).toEqual(['中共河南省委党史学习教育', '领导小组工作简报']);
    expect(fit.size).toBeGreaterThanOrEqual(NAME_MIN_PT);
    const runs = nameRuns(name);
    const ys = [...new Set(runs.map((r) => r.y))];
    expect(ys).toHaveLength(2);
    expect(runs.map(textOf).join('')).toBe(name);
    for (const r of runs) {
      expect(r.size).toBe(fit.size);
      for (const g of r.glyphs) {
        expect(g.x).toBeGreaterThanOrEqual(28);
        expect(g.x + g.advance).toBeLessThanOrEqual(184 + 1e-6);
      }
    }
  });

  it('breaks at a space the author typed', () => {
    expect(fitName('中共河南省委党史学习教育领导小组 工作简报', styles.mastheadName, grid.measure).lines).toEqual(['中共河南省委党史学习教育领导小组', '工作简报']);
  });

  it('a name too long even for two lines at 一号 is refused', () => {
    expect(() => fitName('国'.repeat(40), styles.mastheadName, grid.measure)).toThrow(/the bulletin name is too long: 40 characters/u);
  });
});
