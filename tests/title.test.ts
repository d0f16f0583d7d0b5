/** Titles: centred, broken between words into balanced lines, never a stub. */
import { describe, expect, it } from 'vitest';
import { gridOf } from '../src/page/geometry.js';
import { stylesFor } from '../src/typeset/index.js';
import { boxesOf } from '../src/typeset/boxes.js';
import { breakCosts, INSIDE_QUOTES_COST, typesetTitle, wordBoundaries } from '../src/typeset/title.js';
import type { GlyphRun } from '../src/page/display.js';
import { fonts, textOf } from './helpers.js';

const grid = gridOf();
const title = stylesFor(fonts(), grid).title;
const set = (text: string) => typesetTitle(text, title, grid, { spaceBefore: 0, outlineLevel: 1 });
const lineTexts = (text: string) => set(text).map((f) => f.items.map((i) => textOf(i as GlyphRun)).join(''));

describe('titles', () => {
  it('a short title is one centred line', () => {
    const [frame] = set('省科协召开党史学习教育阶段工作汇报会');
    const run = frame!.items[0] as GlyphRun;
    const first = run.glyphs[0]!;
    const last = run.glyphs[run.glyphs.length - 1]!;
    expect(first.x - 28).toBeCloseTo(184 - (last.x + last.advance), 6);
  });

  it('a long title breaks between words into lines of similar length', () => {
    const text = '我省“学党史 讲科学 百年路 新征程”全民科学素质网络竞赛参与答题人次已达450多万';
    const lines = lineTexts(text);
    expect(lines.length).toBe(3);
    const words = wordBoundaries(text.replace(/ /g, ''));
    const lengths = lines.map((l) => [...l].length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(6);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(Math.max(...lengths) / 2); // no stub
    // Every break falls on a word boundary of the text.
    let offset = 0;
    for (const line of lines.slice(0, -1)) {
      offset += line.length;
      expect(words.has(offset), `break after "${line}"`).toBe(true);
    }
  });

  it('keeps a quoted phrase whole on its line, and breaks between dictionary words', () => {
    expect(lineTexts('我省“学党史 讲科学 百年路 新征程”全民科学素质网络竞赛参与答题人次已达450多万')).toEqual([
      '我省“学党史讲科学百年路新征程”',
      '全民科学素质网络竞赛',
      '参与答题人次已达450多万',
    ]);
    expect(lineTexts('漯河市科协开展“党建引领科普为民”主题活动')).toEqual(['漯河市科协开展', '“党建引领科普为民”主题活动']);
  });

  it('breaks inside quotes only when the title cannot be set otherwise in as few lines', () => {
    // 35 characters need two lines of at most 18; every two-line break outside the quotes leaves one too long.
    const lines = lineTexts('漯河市科协开展“党建引领科普为民”主题活动暨科技志愿服务进乡村启动仪式');
    expect(lines).toHaveLength(2);
    const costs = breakCosts(boxesOf('一“二三”四', title), '一“二三”四');
    expect(costs[2]).toBeGreaterThanOrEqual(INSIDE_QUOTES_COST);
    expect(costs[1]).toBeLessThan(INSIDE_QUOTES_COST);
    expect(costs[5]).toBeLessThan(INSIDE_QUOTES_COST);
  });

  it('never leaves a stub: a two-line title splits near the middle', () => {
    const lines = lineTexts('漯河市科协开展“党建引领科普为民”主题活动暨科技志愿服务进乡村启动仪式');
    expect(lines.length).toBe(2);
    const [a, b] = lines.map((l) => [...l].length);
    expect(Math.abs(a! - b!)).toBeLessThanOrEqual(6);
  });

  it('each title line takes one grid row and keeps with what follows', () => {
    const frames = set('我省“学党史 讲科学 百年路 新征程”全民科学素质网络竞赛参与答题人次已达450多万');
    expect(frames.every((f) => f.rows === 1 && f.role === 'title')).toBe(true);
    expect(frames[0]!.outline?.level).toBe(1);
  });
});
