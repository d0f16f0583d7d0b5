/** Paragraph kinds on the display list: fonts, alignment, indents, the grid; their YAML syntax and its errors. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../src/diagnostics/diagnostic.js';
import { loadIssue } from '../src/load/issue.js';
import type { GlyphRun, RunKind } from '../src/page/display.js';
import { PITCH_MM, check, diagnosticsOf, gridRow, pngPhoto, writeIssue } from './content-fixtures.js';
import { ROOT, inkStart, textOf } from './helpers.js';

const LEFT = 28;
const RIGHT = 184;

const file = writeIssue(`contents: true
columns:
  - heading: 要情快报
    articles:
      - title: 第一篇文章的标题
        paragraphs:
          - note: 这是编者按的内容，说明本期刊发的原因，供各地参考借鉴。
          - subheading: 一、黑体的一级标题
          - subheading: （一）楷体的二级标题
          - subheading: 1.仿宋的三级标题
          - subheading: （1）仿宋的四级标题
          - subheading: 没有编号的标题
            level: 2
          - 会议强调，**要把学习成果转化为实际行动**，推动工作落实。
          - quote: 引文内容较长的时候需要折行，左右两侧各缩进两个字，首行再缩进两个字，字体为楷体。
          - source: 漯河市科协
      - title: 第二篇
        paragraphs:
          - 正文。
          - source: （省科协）
`);
const { document, warnings } = check(file);
const all = document.pages.flatMap((p) => p.items.filter((i): i is GlyphRun => i.type === 'text'));
const ofKind = (kind: RunKind) => all.filter((r) => r.kind === kind);
/** The runs of the line whose text starts with `start`, in order. */
const line = (start: string): GlyphRun[] => {
  const first = all.findIndex((r) => textOf(r).startsWith(start));
  expect(first, `a line starting with ${start}`).toBeGreaterThanOrEqual(0);
  return all.filter((r) => r.y === all[first]!.y && document.pages.some((p) => p.items.includes(all[first]!) && p.items.includes(r)));
};
const rightEdge = (run: GlyphRun) => run.glyphs.at(-1)!.x + PITCH_MM;

describe('paragraph kinds', () => {
  it('sets an editor\'s note: the label in 黑体, the note in 楷体, indented two characters', () => {
    const runs = line('编者按');
    expect(runs.map((r) => [r.kind, r.font, textOf(r)])).toEqual([
      ['note', 'heading', '编者按：'],
      ['note', 'kai', expect.stringMatching(/^这是编者按的内容/u)],
    ]);
    expect(runs[0]!.glyphs[0]!.x).toBeCloseTo(LEFT + 2 * PITCH_MM, 6);
    // A full line of the note is justified to the block's right edge.
    expect(rightEdge(runs[1]!)).toBeCloseTo(RIGHT, 6);
  });

  it('sets sub-headings in the face of their level, indented two characters (（一） by its ink)', () => {
    const cases: [string, string][] = [
      ['一、黑体的一级标题', 'heading'],
      ['（一）楷体的二级标题', 'kai'],
      ['1.仿宋的三级标题', 'body'],
      ['（1）仿宋的四级标题', 'body'],
      ['没有编号的标题', 'kai'],
    ];
    for (const [text, font] of cases) {
      const runs = line(text.slice(0, 2));
      expect(runs.map(textOf).join('')).toBe(text);
      expect(runs.every((r) => r.kind === 'subheading' && r.font === font), text).toBe(true);
      expect(inkStart(runs[0]!.glyphs[0]!)).toBeCloseTo(LEFT + 2 * PITCH_MM, 6);
    }
  });

  it('sets **emphasis** in 黑体 inside a body paragraph, without the asterisks', () => {
    const runs = line('会议强调');
    expect(runs.map((r) => [r.font, textOf(r)])).toEqual([
      ['body', '会议强调，'],
      ['heading', '要把学习成果转化为实际行动'],
      ['body', expect.stringMatching(/^，推动/u)],
    ]);
    expect(all.some((r) => textOf(r).includes('*'))).toBe(false);
  });

  it('indents a quotation two characters on both sides (four on its first line), in 楷体', () => {
    const quote = ofKind('quote');
    expect(quote.length).toBeGreaterThan(1);
    expect(quote.every((r) => r.font === 'kai')).toBe(true);
    expect(quote[0]!.glyphs[0]!.x).toBeCloseTo(LEFT + 4 * PITCH_MM, 6);
    expect(quote[1]!.glyphs[0]!.x).toBeCloseTo(LEFT + 2 * PITCH_MM, 6);
    expect(rightEdge(quote[0]!)).toBeCloseTo(RIGHT - 2 * PITCH_MM, 6);
    expect(quote.map(textOf).join('')).toBe('引文内容较长的时候需要折行，左右两侧各缩进两个字，首行再缩进两个字，字体为楷体。');
  });

  it('sets a source line right-aligned in 楷体, within brackets added once', () => {
    const sources = ofKind('source');
    expect(sources.map(textOf)).toEqual(['（漯河市科协）', '（省科协）']);
    for (const s of sources) {
      expect(s.font).toBe('kai');
      expect(rightEdge(s)).toBeCloseTo(RIGHT, 6);
    }
  });

  it('lists the article titles under the masthead as 本期要目, before the first column heading', () => {
    const page1 = document.pages[0]!.items.filter((i): i is GlyphRun => i.type === 'text');
    const contents = page1.filter((r) => r.kind === 'contents');
    expect(contents.map(textOf)).toEqual(['本期要目', '◆', '第一篇文章的标题', '◆', '第二篇']);
    const label = contents[0]!;
    expect(label.font).toBe('heading');
    const mid = (label.glyphs[0]!.x + rightEdge(label)) / 2;
    expect(mid).toBeCloseTo((LEFT + RIGHT) / 2, 1);
    expect(contents[2]!.font).toBe('kai');
    expect(contents[2]!.glyphs[0]!.x).toBeCloseTo(LEFT + 3 * PITCH_MM, 6);
    // The ◆ (its ink fills its em) stands half an em clear of the title.
    const mark = contents[1]!.glyphs[0]!;
    expect(contents[2]!.glyphs[0]!.x - (mark.x + PITCH_MM)).toBeCloseTo(PITCH_MM / 2, 6);
    const heading = page1.find((r) => r.kind === 'heading')!;
    const masthead = page1.filter((r) => r.kind === 'masthead');
    expect(label.y).toBeGreaterThan(Math.max(...masthead.map((r) => r.y)));
    expect(Math.max(...contents.map((r) => r.y))).toBeLessThan(heading.y);
  });

  it('keeps every kind on the 22-line grid', () => {
    const kinds: RunKind[] = ['body', 'note', 'subheading', 'quote', 'source', 'contents', 'heading'];
    const runs = all.filter((r) => kinds.includes(r.kind));
    expect(new Set(runs.map((r) => r.kind)).size).toBe(kinds.length);
    for (const r of runs) expect(gridRow(r), `${r.kind} ${textOf(r)}`).not.toBeNaN();
    expect(warnings).toEqual([]);
  });
});

describe('the sample issue with every kind', () => {
  const sample = check(path.join(ROOT, 'issues', 'sample-all-kinds.yaml'));
  const runs = sample.document.pages.flatMap((p) => p.items.filter((i): i is GlyphRun => i.type === 'text'));

  it('shows every content kind, each run but captions on the grid, without warnings', () => {
    const kinds = new Set(runs.map((r) => r.kind));
    for (const k of ['note', 'subheading', 'quote', 'source', 'contents', 'caption'] as const) expect(kinds).toContain(k);
    expect(sample.document.pages.flatMap((p) => p.items).filter((i) => i.type === 'image').length).toBeGreaterThanOrEqual(7);
    // Captions sit under their photo, which is centred in its rows: not on the grid.
    for (const r of runs.filter((r) => !['masthead', 'folio', 'footer', 'title', 'caption'].includes(r.kind))) {
      expect(gridRow(r), `${r.kind} ${textOf(r)}`).not.toBeNaN();
    }
    expect(sample.warnings).toEqual([]);
  });
});

describe('the YAML of content kinds', () => {
  const errorsOf = (body: string): string[] => {
    const f = writeIssue(`columns:\n  - heading: 测试\n    articles:\n      - paragraphs:\n${body}`);
    try {
      loadIssue(f);
      return [];
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      return e.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
    }
  };

  it('keeps plain text paragraphs as they were', () => {
    expect(errorsOf('          - 一段正文。\n          - 又一段。\n')).toEqual([]);
  });

  it('names an unknown kind and the kinds there are', () => {
    expect(errorsOf('          - imgae: a.jpg\n')).toEqual(['10:13 unknown paragraph kind `imgae`: write one of image, images, note, source, subheading, quote']);
  });

  it('points at a wrong field of a kind', () => {
    expect(errorsOf('          - image: a.jpg\n            width: 2\n')).toEqual([
      '11:20 a width as a fraction of the block is at most 1 (e.g. 0.8); write millimetres as "120mm"',
    ]);
    expect(errorsOf('          - image: a.jpg\n            width: 12cm\n')).toEqual([
      '11:20 write a width as a fraction of the block (0.8) or in millimetres ("120mm")',
    ]);
    expect(errorsOf('          - image: a.jpg\n            width: 200mm\n')).toEqual([
      '11:20 a photo is at most as wide as the text block, 156mm (more than 0)',
    ]);
    expect(errorsOf('          - image: a.jpg\n            captoin: 图\n')).toEqual(['11:13 unknown field `captoin` in columns[0].articles[0].paragraphs[0]']);
    expect(errorsOf('          - image: 3\n')).toEqual(['10:20 `image` must be text, found a whole number']);
  });

  it('asks for two or three photos in a row', () => {
    expect(errorsOf('          - images:\n              - image: a.jpg\n')).toEqual([
      '11:15 a row of photos holds two or three photos (one photo: write `image:`)',
    ]);
  });

  it('asks for the level of a sub-heading without a number', () => {
    expect(errorsOf('          - subheading: 会议要求\n')).toEqual([
      '10:25 cannot tell the level of this sub-heading: start it with 一、 （一） 1. or （1）, or add `level: 1` to 4',
    ]);
    expect(errorsOf('          - subheading: 会议要求\n            level: 5\n')).toEqual(['11:20 a sub-heading level is 1, 2, 3 or 4']);
  });
});

describe('font coverage of the content kinds', () => {
  it('reports a character no font has in a caption or a note at its line and column', () => {
    const file = writeIssue(
      `columns:\n  - heading: 测试\n    articles:\n      - paragraphs:\n          - note: 编者的话𪚥\n          - image: a.png\n            caption: 图为𪚥现场\n`,
      { 'a.png': pngPhoto(800, 600) },
    );
    const found = diagnosticsOf(() => check(file));
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [10, 23], // the note's fifth character
      [12, 24], // the caption's third
    ]);
    for (const d of found) expect(d.message).toMatch(/^no font has the character "𪚥" \(U\+2A6A5\) for kai text/u);
  });
});
