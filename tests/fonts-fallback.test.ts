/**
 * Characters a role's font lacks: set in the first font of its chain that has them, with a warning
 * at the character; none in the chain is a positioned error. Configured fonts that cannot be used are
 * errors at their YAML value.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIssue } from '../src/build/pipeline.js';
import { DiagnosticError, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { LAST_RESORT } from '../src/fonts/bundled.js';
import { openIssueFonts } from '../src/fonts/issue-fonts.js';
import { loadIssue } from '../src/load/issue.js';
import type { GlyphRun } from '../src/page/display.js';
import { renderPdf } from '../src/render/pdf.js';
import { runs } from './helpers.js';
import { writeStandIns } from './fonts-standins.js';

let tmp: string;
const isolated = { systemDirs: [] as string[], cacheFile: null, env: {} };
const PITCH_MM = 156 / 28;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-fallback-'));
  writeStandIns(path.join(tmp, 'official'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** An issue file whose only paragraph is `paragraph` (line 10), with `fonts` lines added. */
function issueFile(name: string, paragraph: string, fonts: string[] = []): string {
  const file = path.join(tmp, name);
  writeFileSync(
    file,
    [
      'masthead:',
      '  name: 测试简报',
      '  number: 1',
      '  date: 2021-07-16',
      '  office: 办公室',
      'columns:',
      '  - heading: 要情快报',
      '    articles:',
      '      - paragraphs:',
      `          - ${paragraph}`,
      ...(fonts.length ? ['fonts:', ...fonts.map((f) => `  ${f}`)] : []),
      '',
    ].join('\n'),
  );
  return file;
}

function diagnosticsOf(f: () => unknown): Diagnostic[] {
  try {
    f();
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected a DiagnosticError');
}

describe('a character the primary font lacks', () => {
  it('is set in the fallback font, on the grid, with a warning at its line and column', async () => {
    // 堃 and 喆 are not in Fandol (GB2312 and a little more); Noto Serif CJK SC has them.
    const file = issueFile('rare.yaml', '王堃同志和李喆同志参加会议。');
    const loaded = loadIssue(file);
    const { fonts } = openIssueFonts(loaded, isolated);
    const { document, warnings } = checkIssue(loaded, fonts);

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', file, line: 10, column: 14, path: ['columns', 0, 'articles', 0, 'paragraphs', 0] });
    expect(warnings[0]!.message).toBe('FandolFang R (body) lacks "堃" (U+5803) at 10:14; "喆" (U+5586) at 10:19: set in Noto Serif CJK SC instead');

    const body = document.pages.flatMap((p) => runs(p, 'body'));
    const fallback = body.filter((r) => r.face !== undefined);
    expect(fallback.map((r) => r.glyphs.map((g) => g.ch).join(''))).toEqual(['堃', '喆']);
    expect(fallback.every((r) => r.face === `${LAST_RESORT.body.file}#NotoSerifCJKsc-Regular` && r.font === 'body')).toBe(true);
    // Still one character a cell: 王(indent 2) 堃 is the fourth cell, 喆 the ninth.
    const first = 28 + 2 * PITCH_MM;
    expect(fallback[0]!.glyphs[0]!.x).toBeCloseTo(first + 1 * PITCH_MM, 6);
    expect(fallback[1]!.glyphs[0]!.x).toBeCloseTo(first + 6 * PITCH_MM, 6);
    // Same ideographic em box (880/−120) as FandolFang: same baseline.
    const line = body.find((r) => r.face === undefined && r.glyphs.some((g) => g.ch === '王')) as GlyphRun;
    expect(fallback[0]!.y).toBeCloseTo(line.y, 9);

    // The PDF carries the character, copyable (ToUnicode of the fallback face).
    const pdf = await renderPdf(document, fonts);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdfDoc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    const page = await pdfDoc.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    expect(text).toContain('堃');
    expect(text).toContain('喆');
  });

  it('aligns the em box of a fallback face whose em box differs from the primary', () => {
    // The 仿宋_GB2312 stand-in (220/−36 of 256) lacks 堃: FandolFang (880/−120) sets it, its
    // ideographic em box on the stand-in's, so its baseline sits lower by (0.88 − 0.859375) em.
    const file = issueFile('standin.yaml', '省堃同志参加会议。', [`body: ${path.join(tmp, 'official', 'FANGSONG_GB2312.TTF')}`]);
    const loaded = loadIssue(file);
    const { fonts } = openIssueFonts(loaded, isolated);
    const { document, warnings } = checkIssue(loaded, fonts);
    expect(warnings.map((w) => w.message)).toEqual(['FangSong_GB2312 (body) lacks "堃" (U+5803) at 10:14: set in Noto Serif CJK SC instead']);
    const body = runs(document.pages[0]!, 'body');
    const rare = body.find((r) => r.face)!;
    const main = body.find((r) => !r.face)!;
    expect(rare.y - main.y).toBeCloseTo(((0.88 - 220 / 256) * 16 * 25.4) / 72, 9);
  });

  it('uses the fallbacks listed in the issue file before the default chain', () => {
    const file = issueFile('listed.yaml', '省堃同志。', ['body:', `  - ${path.join(tmp, 'official', 'FANGSONG_GB2312.TTF')}`, '  - FandolKai']);
    const loaded = loadIssue(file);
    const { resolution, fonts } = openIssueFonts(loaded, isolated);
    expect([resolution.body.primary, ...resolution.body.fallbacks].map((f) => f.family)).toEqual(['FangSong_GB2312', 'FandolKai', 'FandolFang R', 'Noto Serif CJK SC']);
    // 堃 is in none of the first three.
    expect(checkIssue(loaded, fonts).warnings[0]!.message).toMatch(/set in Noto Serif CJK SC instead$/u);
  });
});

describe('a character no font has', () => {
  it('is an error at the character, naming the fonts tried', () => {
    const file = issueFile('none.yaml', '这是𠀀字。'); // U+20000, CJK Extension B: in no bundled font
    const loaded = loadIssue(file);
    const { fonts } = openIssueFonts(loaded, isolated);
    const [d, ...more] = diagnosticsOf(() => checkIssue(loaded, fonts));
    expect(more).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', file, line: 10, column: 15 });
    expect(d!.message).toBe('no font has the character "𠀀" (U+20000) for body text (tried FandolFang R, Noto Serif CJK SC): it would print as an empty box');
  });
});

describe('a configured font that cannot be used', () => {
  it('is an error at its value in the YAML: missing file, not a font, unknown family', () => {
    writeFileSync(path.join(tmp, 'fake.otf'), 'not a font');
    const file = issueFile('bad.yaml', '正文。', ['body: fonts/仿宋.ttf', 'title: fake.otf', 'heading: 方正黑体_GBK', 'kai: FandolKai']);
    const loaded = loadIssue(file);
    const ds = diagnosticsOf(() => openIssueFonts(loaded, isolated));
    expect(ds.map((d) => [d.line, d.column, d.message.split(':')[0]])).toEqual([
      [12, 9, 'fonts.body'],
      [13, 10, 'fonts.title'],
      [14, 12, 'fonts.heading'],
    ]);
    expect(ds[0]!.message).toBe(`fonts.body: font file not found: ${path.join(tmp, 'fonts', '仿宋.ttf')}`);
    expect(ds[1]!.message).toContain('is not a font file');
    expect(ds[2]!.message).toBe('fonts.heading: no font named "方正黑体_GBK" was found');
    expect(ds[2]!.hint).toMatch(/--font-path/u);
  });

  it('resolves a relative path from the series file that gives it', () => {
    const dir = path.join(tmp, 'series');
    writeStandIns(path.join(dir, 'myfonts'));
    writeFileSync(path.join(dir, 'bulletin.yaml'), 'fonts:\n  body: myfonts/FANGSONG_GB2312.TTF\n');
    const sub = path.join(dir, 'issue.yaml');
    writeFileSync(sub, 'series: bulletin.yaml\nmasthead: {name: 测试简报, number: 1, date: 2021-07-16, office: 办公室}\ncolumns: [{heading: 要闻, articles: [{paragraphs: [正文。]}]}]\nfonts:\n  title: ./nowhere.ttf\n');
    const loaded = loadIssue(sub);
    const [d] = diagnosticsOf(() => openIssueFonts(loaded, isolated));
    expect(d).toMatchObject({ file: sub, line: 5, column: 10 });
    writeFileSync(sub, 'series: bulletin.yaml\nmasthead: {name: 测试简报, number: 1, date: 2021-07-16, office: 办公室}\ncolumns: [{heading: 要闻, articles: [{paragraphs: [正文。]}]}]\n');
    const { resolution } = openIssueFonts(loadIssue(sub), isolated);
    expect(resolution.body.primary).toMatchObject({ file: path.join(dir, 'myfonts', 'FANGSONG_GB2312.TTF'), reason: 'explicit' });
  });
});

describe('a damaged font', () => {
  it('is an error at the configured value; installed, it is passed over for the next in its chain', () => {
    const good = readFileSync(path.join(tmp, 'official', 'FANGSONG_GB2312.TTF'));
    const broken = Buffer.from(good);
    const n = broken.readUInt16BE(4);
    for (let i = 0; i < n; i++) {
      if (broken.toString('latin1', 12 + i * 16, 16 + i * 16) === 'cmap') broken.fill(0xff, broken.readUInt32BE(20 + i * 16), broken.readUInt32BE(20 + i * 16) + 40);
    }
    const dir = path.join(tmp, 'damaged');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'FANGSONG_GB2312.TTF'), broken);

    const named = loadIssue(issueFile('damaged.yaml', '正文。', [`body: ${path.join(dir, 'FANGSONG_GB2312.TTF')}`]));
    const [d] = diagnosticsOf(() => openIssueFonts(named, isolated));
    expect(d).toMatchObject({ line: 12, column: 9 });
    expect(d!.message).toMatch(/is damaged: its character map or metrics cannot be read$/u);

    const installed = loadIssue(issueFile('installed.yaml', '正文。'));
    const { resolution, fonts } = openIssueFonts(installed, { ...isolated, fontPath: [dir] });
    expect(fonts.body.familyName).toBe('FandolFang R');
    expect(resolution.body.primary).toMatchObject({ family: 'FandolFang R', reason: 'bundled' });
  });
});
