/**
 * A title that fits on one line, or whose lines the author gave, costs no segmenter load: after
 * typesetting such titles the segmenter is not loaded and no module of @node-rs/jieba is in the
 * module cache (this file runs in its own worker, as vitest isolates test files).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { gridOf } from '../src/page/geometry.js';
import { stylesFor } from '../src/typeset/index.js';
import { typesetTitle } from '../src/typeset/title.js';
import { segmenterLoaded, wordsOf } from '../src/typeset/title-words.js';
import { fonts } from './helpers.js';

const require = createRequire(import.meta.url);
const jiebaLoaded = () => Object.keys(require.cache).some((k) => k.includes('@node-rs'));

describe('the segmenter is loaded only when a title must break', () => {
  it('one-line titles and given lines load nothing', () => {
    const grid = gridOf();
    const title = stylesFor(fonts(), grid).title;
    for (const t of ['省科协召开党史学习教育阶段工作汇报会', '各地科协“迎七一”红歌传唱活动掠影', '河南省青少年科技创新大赛获奖名单公布']) {
      expect(typesetTitle(t, title, grid, { spaceBefore: 1, outlineLevel: 1 })).toHaveLength(2); // the blank row and one line
    }
    typesetTitle('河南省科协召开全省科协系统党史学习教育推进会议', title, grid, { spaceBefore: 0, outlineLevel: 1, lines: ['河南省科协召开', '全省科协系统党史学习教育推进会议'] });
    expect(segmenterLoaded()).toBe(false);
    expect(jiebaLoaded()).toBe(false);
  });

  it('a long title loads it (so the check above can fail)', () => {
    const grid = gridOf();
    typesetTitle('河南省科协召开全省科协系统党史学习教育推进会议', stylesFor(fonts(), grid).title, grid, { spaceBefore: 0, outlineLevel: 1 });
    expect(segmenterLoaded()).toBe(true);
    expect(jiebaLoaded()).toBe(true);
    expect(wordsOf('省科协召开').map((w) => w.text).join('')).toBe('省科协召开');
  });
});
