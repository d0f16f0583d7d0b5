/** Titles: centred, broken by meaning into a trapezoid or diamond, or as the author gave the lines. */
import { describe, expect, it } from 'vitest';
import { gridOf } from '../src/page/geometry.js';
import { stylesFor } from '../src/typeset/index.js';
import { typesetTitle } from '../src/typeset/title.js';
import { NEVER, shapeCost, wordBreakCost } from '../src/typeset/title-breaks.js';
import { titleOf } from '../src/compose/normalise.js';
import type { GlyphRun } from '../src/page/display.js';
import { fonts, textOf } from './helpers.js';

const grid = gridOf();
const title = stylesFor(fonts(), grid).title;
const set = (text: string, lines?: string[]) => typesetTitle(text, title, grid, { spaceBefore: 0, outlineLevel: 1, ...(lines ? { lines } : {}) });
const lineTexts = (text: string, lines?: string[]) => set(text, lines).map((f) => f.items.map((i) => textOf(i as GlyphRun)).join(''));
const word = (text: string, tag: string) => ({ text, tag, start: 0, end: text.length });

describe('titles', () => {
  it('a short title is one centred line', () => {
    const [frame] = set('省科协召开党史学习教育阶段工作汇报会');
    const run = frame!.items[0] as GlyphRun;
    const first = run.glyphs[0]!;
    const last = run.glyphs[run.glyphs.length - 1]!;
    expect(first.x - 28).toBeCloseTo(184 - (last.x + last.advance), 6);
  });

  it('breaks after the action verb rather than inside the organisation or the meeting', () => {
    expect(lineTexts('省科协党组召开党史学习教育专题民主生活会')).toEqual(['省科协党组召开', '党史学习教育专题民主生活会']);
  });

  it('never inside a quotation when the title can be set otherwise in as few lines', () => {
    const lines = lineTexts('平顶山市科协举办“学党史 强信念 跟党走”知识竞赛');
    expect(lines).toEqual(['平顶山市科协举办', '“学党史强信念跟党走”知识竞赛']);
  });

  it('takes a line more when every break in the fewest lines would split a quotation', () => {
    // 32 ems fit two lines of 18, but only by breaking inside the quotation.
    expect(lineTexts('新乡市科协开展“科技志愿服务进社区进乡村进学校”主题系列宣传活动')).toEqual([
      '新乡市科协开展',
      '“科技志愿服务进社区进乡村进学校”',
      '主题系列宣传活动',
    ]);
  });

  it('breaks a quotation longer than a line between its phrases, never inside one', () => {
    expect(lineTexts('省科协举办“学党史 强信念 跟党走 办实事 开新局”党史知识竞赛')).toEqual([
      '省科协举办“学党史强信念跟党走',
      '办实事开新局”党史知识竞赛',
    ]);
  });

  it('costs: inside quotes or between a number and its unit never; after 暨 much more than before it', () => {
    const words = [word('省科协', 'nt'), word('召开', 'v'), word('2021', 'm'), word('年度', 'n'), word('座谈会', 'n'), word('暨', 'c'), word('表彰会', 'n')];
    const actions = new Set([1]);
    expect(wordBreakCost(words, 1, 1, actions)).toBe(NEVER);
    expect(wordBreakCost(words, 3, 0, actions)).toBe(NEVER);
    expect(wordBreakCost(words, 5, 0, actions)).toBeLessThan(wordBreakCost(words, 6, 0, actions));
    expect(wordBreakCost(words, 2, 0, actions)).toBeLessThan(wordBreakCost(words, 4, 0, actions));
  });

  it('shapes: a trapezoid or a diamond beats an hourglass, equal lengths and a stub', () => {
    expect(shapeCost([12, 16])).toBeLessThan(shapeCost([14, 14]));
    expect(shapeCost([14, 17, 14])).toBeLessThan(shapeCost([17, 14, 17]));
    expect(shapeCost([17, 5])).toBeGreaterThan(15);
  });

  it('keeps the lines the author gave, as a list or with | marks', () => {
    expect(lineTexts('河南省科协召开全省科协系统党史学习教育推进会议', ['河南省科协召开全省科协系统', '党史学习教育推进会议'])).toEqual([
      '河南省科协召开全省科协系统',
      '党史学习教育推进会议',
    ]);
    expect(titleOf('省科协召开|党史学习教育汇报会')).toEqual({ text: '省科协召开党史学习教育汇报会', lines: ['省科协召开', '党史学习教育汇报会'] });
    expect(titleOf(['省科协召开', '党史学习教育汇报会'])).toEqual({ text: '省科协召开党史学习教育汇报会', lines: ['省科协召开', '党史学习教育汇报会'] });
    expect(titleOf('省科协召开党史学习教育汇报会')).toEqual({ text: '省科协召开党史学习教育汇报会' });
  });

  it('each title line takes one grid row as a title; the outline has the whole title', () => {
    const frames = set('我省“学党史 讲科学 百年路 新征程”全民科学素质网络竞赛参与答题人次已达450多万');
    expect(frames.every((f) => f.rows === 1 && f.role === 'title')).toBe(true);
    expect(frames[0]!.outline).toEqual({ title: '我省“学党史 讲科学 百年路 新征程”全民科学素质网络竞赛参与答题人次已达450多万', level: 1 });
  });
});
