/**
 * The import's parts on their own: each normalisation rule against text written out by hand,
 * recognition of titles, sub-headings, captions, sources and notes, Markdown and plain text
 * contributions, and an import into an existing issue that keeps everything the editor wrote.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { importContribution } from '../src/import/import.js';
import { normaliseRuns, withEmphasis } from '../src/import/normalise.js';
import { paragraphsOf } from '../src/import/text.js';
import { loadIssue } from '../src/load/issue.js';
import { ROOT, SEED } from './helpers.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-import-text-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const clean = (text: string) => normaliseRuns([{ text, bold: false }]).cells.map((c) => c.ch).join('');

describe('normalising pasted text', () => {
  it.each([
    ['half-width punctuation in Chinese', '会议强调,要落实;坚持:创新?是!', '会议强调，要落实；坚持：创新？是！'],
    ['a full stop after Chinese, not in a number', '增长3.5个百分点.', '增长3.5个百分点。'],
    ['brackets around Chinese', '乡村振兴(美丽乡村)培训', '乡村振兴（美丽乡村）培训'],
    ['brackets of Latin text stay', 'MV (music video)', 'MV (music video)'],
    ['spaces between Chinese characters', '学 史 增 信', '学史增信'],
    ['a folded line: space after a mark', '学史增信、 学史崇德', '学史增信、学史崇德'],
    ['a space before a closing mark', '学史增信 ，学史崇德', '学史增信，学史崇德'],
    ['spaces between Latin words stay, one of them', 'Music  Video', 'Music Video'],
    ['full-width indent', '\u3000\u3000近日，各地', '近日，各地'],
    ['ASCII indent', '    近日，各地', '近日，各地'],
    ['non-breaking space between Chinese', '近日，\u00A0各地', '近日，各地'],
    ['non-breaking space between Latin words', 'Music\u00A0Video', 'Music Video'],
    ['zero-width characters', '近\u200B日\uFEFF，各\u200D地', '近日，各地'],
    ['a manual line break in Chinese', '近日，\n各地', '近日，各地'],
    ['a manual line break between Latin words', 'Music\nVideo', 'Music Video'],
    ['straight double quotes paired', '做好"后半篇文章"和"规定动作"', '做好“后半篇文章”和“规定动作”'],
    ['straight single quotes paired', "创新'自选动作'", '创新‘自选动作’'],
    ['an apostrophe in English stays', "他说 it's fine，好", "他说 it's fine，好"],
    ['English quotations keep straight quotes', 'He said "fine"', 'He said "fine"'],
    ['an unpaired quote is left for the check', '他说"好', '他说"好'],
    ['one em dash made two', '传唱—歌颂', '传唱——歌颂'],
    ['hyphens as a dash', '传唱--歌颂', '传唱——歌颂'],
    ['a horizontal bar made two em dashes', '传唱―歌颂', '传唱——歌颂'],
    ['one ellipsis character made two', '历程…在', '历程……在'],
    ['dots as an ellipsis', '历程......在', '历程……在'],
    ['a whole dash and ellipsis stay', '传唱——歌颂……', '传唱——歌颂……'],
  ])('%s', (_, input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it('records each change with a little of its context', () => {
    const { changes } = normaliseRuns([{ text: '学史增信、 学史崇德,学史力行', bold: false }]);
    expect(changes).toEqual([
      { rule: 'space', before: '史增信、 学史崇德', after: '史增信、学史崇德' },
      { rule: 'half-width', before: '学史崇德,学史力行', after: '学史崇德，学史力行' },
    ]);
  });

  it('keeps bold through the rules and writes it as **…**', () => {
    const { cells } = normaliseRuns([
      { text: '会议要求, ', bold: false },
      { text: '要把学习成果 转化为实际行动', bold: true },
      { text: '.', bold: false },
    ]);
    expect(withEmphasis(cells)).toBe('会议要求，**要把学习成果转化为实际行动**。');
  });
});

describe('plain text and Markdown contributions', () => {
  it('takes blank-line separated paragraphs, or one a line', () => {
    expect(paragraphsOf('第一段\n接着\n\n第二段\n')).toEqual(['第一段\n接着', '第二段']);
    expect(paragraphsOf('第一段\n第二段\n')).toEqual(['第一段', '第二段']);
  });

  it('imports a .txt pasted from WeChat into an existing issue, keeping its comments and layout', async () => {
    const dir = path.join(tmp, 'txt');
    mkdirSync(dir);
    copyFileSync(path.join(ROOT, 'issues', 'bulletin.yaml'), path.join(dir, 'bulletin.yaml'));
    const target = path.join(dir, 'issue-14.yaml');
    copyFileSync(SEED, target);
    const original = readFileSync(target, 'utf8');
    const txt = path.join(dir, '鹤壁.txt');
    writeFileSync(txt, '鹤壁市科协开展专题研讨\n\n编者按：现将鹤壁市科协做法刊发, 供参考.\n\n　　近日, 鹤壁市科协组织开展了\n专题研讨。\n\n(一)研讨安排\n\n会议要求, 要学 史 明 理。\n\n来源:鹤壁市科协\n');
    const report = await importContribution(txt, { to: target, column: '学教短波', lang: 'en' });
    expect(report.warnings).toEqual([]);
    const text = readFileSync(target, 'utf8');
    // Everything the editor wrote is there, line for line, in order.
    const lines = text.split('\n');
    let at = 0;
    for (const line of original.split('\n')) {
      const found = lines.indexOf(line, at);
      expect(found, `lost: ${line}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    const yaml = parse(text) as { columns: { heading: string; articles: unknown[] }[] };
    expect(yaml.columns.find((c) => c.heading === '学教短波')!.articles[1]).toEqual({
      paragraphs: [
        '鹤壁市科协开展专题研讨',
        { note: '现将鹤壁市科协做法刊发，供参考。' },
        '近日，鹤壁市科协组织开展了专题研讨。',
        { subheading: '（一）研讨安排' },
        '会议要求，要学史明理。',
        { source: '来源：鹤壁市科协' },
      ],
    });
    expect(() => loadIssue(target)).not.toThrow();
  });

  it('imports Markdown: # title, **bold**, a photo with its caption, and reports a table in place', async () => {
    const dir = path.join(tmp, 'md');
    mkdirSync(dir);
    copyFileSync(path.join(ROOT, 'issues', 'bulletin.yaml'), path.join(dir, 'bulletin.yaml'));
    copyFileSync(path.join(ROOT, 'issues', 'photos', 'badge.png'), path.join(dir, 'badge.png'));
    const md = path.join(dir, 'news.md');
    writeFileSync(md, '# 南召县科协开展主题实践\n\n南召县科协持续进行**主题实践**活动.\n\n![活动现场](badge.png)\n\n| 单位 | 人数 |\n|---|---|\n| 南召 | 8 |\n\n（南召县科协）\n');
    const target = path.join(dir, 'issue-3.yaml');
    const report = await importContribution(md, { to: target, column: '学教短波', lang: 'en' });
    expect(report.warnings).toEqual([{ id: 'import-table', params: { n: 4, rows: 2, cols: 2, text: '单位 | 人数 / 南召 | 8' } }]);
    const yaml = parse(readFileSync(target, 'utf8')) as { masthead: { number: number }; columns: unknown[] };
    // No issue beside it: started from the series file, numbered by its name.
    expect(yaml.masthead.number).toBe(3);
    expect(yaml.columns).toEqual([
      {
        heading: '学教短波',
        articles: [
          {
            title: '南召县科协开展主题实践',
            paragraphs: ['南召县科协持续进行**主题实践**活动。', { image: 'photos/news-1.png', caption: '活动现场' }, { source: '南召县科协' }],
          },
        ],
      },
    ]);
    expect(readFileSync(path.join(dir, 'photos', 'news-1.png')).equals(readFileSync(path.join(dir, 'badge.png')))).toBe(true);
    expect(() => loadIssue(target)).not.toThrow();
  });
});
