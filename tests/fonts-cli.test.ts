/**
 * `bulletin fonts` and `--font-path`: what each role uses and why, the characters an issue's fonts
 * lack; the build picks up office fonts from --font-path. Only the roles the --font-path folder
 * serves are asserted: the rest depends on the machine's fonts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIssueFile } from '../src/build/pipeline.js';
import { fonts } from '../src/cli/fonts.js';
import { BUNDLED_FONTS } from '../src/fonts/bundled.js';
import { openFace } from '../src/fonts/face.js';
import { withFolioFace } from '../src/fonts/fontset.js';
import { resolveFonts } from '../src/fonts/resolve.js';
import { SEED } from './helpers.js';
import { makeTrueType } from './fonts-make.js';
import { writeStandIns } from './fonts-standins.js';

let tmp: string;
let official: string;
const savedCache = process.env.BULLETIN_FONT_CACHE;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-fonts-cli-'));
  official = path.join(tmp, 'official');
  writeStandIns(official);
  process.env.BULLETIN_FONT_CACHE = path.join(tmp, 'cache.json'); // keep the user's cache out of it
});
afterAll(() => {
  if (savedCache === undefined) delete process.env.BULLETIN_FONT_CACHE;
  else process.env.BULLETIN_FONT_CACHE = savedCache;
  rmSync(tmp, { recursive: true, force: true });
});

function run(input: string | undefined, opts: { format?: string; fontPath?: string[] }): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: fonts(input, opts), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

function issueWith(paragraph: string): string {
  const file = path.join(tmp, `issue-${paragraph.length}.yaml`);
  writeFileSync(file, `masthead: {name: 测试简报, number: 1, date: 2021-07-16, office: 办公室}\ncolumns:\n  - heading: 要闻\n    articles:\n      - paragraphs:\n          - ${paragraph}\n`);
  return file;
}

describe('bulletin fonts', () => {
  it('reports each role: family, file and why (JSON)', () => {
    const { code, out } = run(undefined, { format: 'json', fontPath: [official] });
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.searched[0]).toBe(official);
    expect(report.roles.body).toMatchObject({ family: 'FangSong_GB2312', aliases: ['仿宋_GB2312'], file: path.join(official, 'FANGSONG_GB2312.TTF'), reason: 'official', requested: '仿宋_GB2312' });
    expect(report.roles.pageNumber).toMatchObject({ family: 'SimSun', face: 'SimSun', reason: 'official' });
    expect(report.roles.masthead).toMatchObject({ family: 'FZXiaoBiaoSong-B05S', reason: 'official' });
    expect(report.roles.body.fallbacks.map((f: { file: string }) => path.basename(f.file))).toContain('FandolFang-Regular.otf');
    expect(report.uncovered).toBeUndefined();
  });

  it('reports the characters an issue\'s fonts lack, where they are and what sets them (text)', () => {
    const file = issueWith('省科协堃会议。');
    const { code, out } = run(file, { fontPath: [official] });
    expect(code).toBe(0);
    expect(out).toMatch(/^body {8}FangSong_GB2312 \(仿宋_GB2312\) — .*FANGSONG_GB2312\.TTF \(office font, installed\)$/mu);
    expect(out).toContain(`${file}:6:16: body lacks "堃" (U+5803): set in `);
  });

  it('exits 1 with a positioned error for a character no font has', () => {
    const file = issueWith('省𠀀会议。');
    const { code, out, err } = run(file, { format: 'json', fontPath: [official] });
    expect(code).toBe(1);
    // (The stand-ins carry only the seed issue's characters: 测试's 试 falls back too.)
    expect(JSON.parse(out).uncovered.filter((u: { role: string }) => u.role === 'body')).toEqual([{ role: 'body', ch: '𠀀', codePoint: 'U+20000', file, line: 6, column: 14, servedBy: null }]);
    expect(err).toContain(`${file}:6:14: error: no font has the character "𠀀"`);
  });

  it('rejects an unknown format', () => {
    expect(() => run(undefined, { format: 'yaml' })).toThrow(/--format must be text or json/u);
  });
});

describe('page numbers', () => {
  it('are set in the first font of their chain that has "—" and every digit', () => {
    const noDash = path.join(tmp, 'nodash.ttf');
    const model = openFace(BUNDLED_FONTS.pageNumber.file);
    writeFileSync(noDash, makeTrueType({ names: { family: 'NoDash', postscript: 'NoDash' }, unitsPerEm: 1000, ascender: 880, descender: -120, chars: '0123456789', model }));
    const { fonts: chosen } = resolveFonts({ pageNumber: [{ value: noDash, baseDir: tmp, path: ['fonts', 'pageNumber'] }] }, { systemDirs: [], cacheFile: null, env: {} });
    expect(chosen.pageNumber.primary.family).toBe('NoDash');
    const fixed = withFolioFace(chosen).pageNumber;
    expect([fixed.primary, ...fixed.fallbacks].map((f) => f.family)).toEqual(['FandolSong', 'NoDash', 'Noto Serif CJK SC']);
  });
});

describe('bulletin build --font-path', () => {
  it('sets the issue in the office fonts found there', async () => {
    const out = path.join(tmp, 'seed.pdf');
    const r = await buildIssueFile(SEED, out, { fontPath: [official] });
    expect(r.warnings).toEqual([]);
    const pdf = readFileSync(out, 'latin1');
    for (const name of ['FangSong_GB2312', 'SimHei', 'SimSun', 'FZXBSJW--GB1-0']) expect(pdf).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${name}`, 'u'));
    expect(pdf).not.toMatch(/\+Fandol/u);
  });
});
