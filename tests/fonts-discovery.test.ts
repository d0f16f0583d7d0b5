/**
 * Font discovery in a given folder, by Chinese and English names, with test fonts made here (never
 * the machine's): name tables read by hand, collections, the scan cache, and the order of choice —
 * configured > installed office font > bundled.
 */
import { message } from '../src/diagnostics/messages.js';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_FONT_DIR, BUNDLED_FONTS, LAST_RESORT } from '../src/fonts/bundled.js';
import { openFace } from '../src/fonts/face.js';
import { familyKey } from '../src/fonts/families.js';
import { FontIndex, resolveFonts, type FontRequest } from '../src/fonts/resolve.js';
import { scanFontDirs, userFontDirs } from '../src/fonts/scan.js';
import { readFaceNames } from '../src/fonts/sfnt.js';
import { makeTrueType, renameFont } from './fonts-make.js';
import { writeStandIns } from './fonts-standins.js';

let tmp: string;
let official: string;
const isolated = { systemDirs: [] as string[], cacheFile: null, env: {} };

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-fonts-'));
  official = path.join(tmp, 'official');
  writeStandIns(official);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('name tables', () => {
  it('reads Chinese and English family names of a renamed OpenType-CFF font, which fontkit still opens', () => {
    const [face] = readFaceNames(path.join(official, 'simhei.otf'));
    expect(face).toMatchObject({ postscriptName: 'SimHei', families: ['SimHei', '黑体'], outlines: 'cff', collection: false });
    const font = fontkit.create(readFileSync(path.join(official, 'simhei.otf'))) as fontkit.Font;
    expect(font.familyName).toBe('SimHei');
    expect(font.hasGlyphForCodePoint('党'.codePointAt(0)!)).toBe(true);
  });

  it('reads every face of a collection, and openFace picks one by PostScript name', () => {
    const faces = readFaceNames(path.join(official, 'simsun.ttc'));
    expect(faces.map((f) => [f.postscriptName, f.families, f.outlines, f.collection])).toEqual([
      ['SimSun', ['SimSun', '宋体'], 'truetype', true],
      ['NSimSun', ['NSimSun', '新宋体'], 'truetype', true],
    ]);
    expect(openFace(path.join(official, 'simsun.ttc'), 'NSimSun').familyName).toBe('NSimSun');
  });

  it('compares names case- and width-insensitively, without spaces, underscores or hyphens', () => {
    expect(familyKey('仿宋＿ＧＢ２３１２')).toBe(familyKey('仿宋_GB2312'));
    expect(familyKey('fangsong gb2312')).toBe(familyKey('FangSong_GB2312'));
    expect(familyKey('FZXiaoBiaoSong-B05S')).toBe('fzxiaobiaosongb05s');
    expect(familyKey('仿宋')).not.toBe(familyKey('仿宋_GB2312'));
  });
});

describe('discovery in a folder', () => {
  it('finds the office fonts by their Chinese and English names', () => {
    const index = FontIndex.scan({ ...isolated, fontPath: [official] });
    const file = (name: string) => path.basename(index.find(name)?.file ?? '(none)');
    for (const name of ['仿宋_GB2312', 'FangSong_GB2312', 'fangsong_gb2312', '仿宋 GB2312', '仿宋＿ＧＢ２３１２']) expect(file(name)).toBe('FANGSONG_GB2312.TTF');
    for (const name of ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'FZXBSJW--GB1-0']) expect(file(name)).toBe('FZXBSJW.TTF');
    for (const name of ['黑体', 'SimHei', 'simhei']) expect(file(name)).toBe('simhei.otf');
    for (const name of ['楷体_GB2312', 'KaiTi_GB2312']) expect(file(name)).toBe('KAITI_GB2312.TTF');
    expect(index.find('新宋体')?.postscriptName).toBe('NSimSun');
    expect(index.find('仿宋')).toBeUndefined(); // 仿宋 (GBK) is another font than 仿宋_GB2312
    expect(index.find('FandolFang')).toBeUndefined(); // bundled fonts are not "installed"
    expect(index.find('FandolFang', 'anywhere')?.file).toBe(BUNDLED_FONTS.body.file);
  });

  it('takes folders from --font-path first, then $BULLETIN_FONT_PATH', () => {
    expect(userFontDirs(['a'], { BULLETIN_FONT_PATH: ['b', 'c'].join(path.delimiter) })).toEqual(['a', 'b', 'c'].map((d) => path.resolve(d)));
  });

  it('caches what it read, keyed by folder and file times: a warm scan reads no font', () => {
    const dir = path.join(tmp, 'cached');
    writeStandIns(dir);
    const cache = path.join(tmp, 'cache', 'fonts.json');
    const cold = { dirs: 0, files: 0, read: 0 };
    const first = scanFontDirs([dir], cache, cold);
    expect(cold.read).toBe(5);
    const warm = { dirs: 0, files: 0, read: 0 };
    expect(scanFontDirs([dir], cache, warm)).toEqual(first);
    expect(warm).toEqual({ dirs: 1, files: 5, read: 0 });
    // A font replaced in place is read again; a new file in the folder is found.
    const model = openFace(BUNDLED_FONTS.body.file);
    const file = path.join(dir, 'FANGSONG_GB2312.TTF');
    writeFileSync(file, makeTrueType({ names: { family: 'FangSong', familyZh: '仿宋', postscript: 'FangSong' }, unitsPerEm: 256, ascender: 220, descender: -36, chars: '仿宋', model }));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    writeFileSync(path.join(dir, 'extra.otf'), renameFont(readFileSync(BUNDLED_FONTS.kai.file), { family: 'KaiTi', familyZh: '楷体', postscript: 'KaiTi' }));
    utimesSync(dir, new Date(), new Date(Date.now() + 10000));
    const again = { dirs: 0, files: 0, read: 0 };
    const faces = scanFontDirs([dir], cache, again);
    expect(again.read).toBe(2);
    expect(faces.flatMap((f) => f.families)).toEqual(expect.arrayContaining(['仿宋', '楷体']));
    expect(faces.flatMap((f) => f.families)).not.toContain('仿宋_GB2312');
  });

  it('parses the scan cache once while it is unchanged, and again when another process rewrote it', () => {
    const dir = path.join(tmp, 'held');
    writeStandIns(dir);
    const cache = path.join(tmp, 'held-cache', 'fonts.json');
    scanFontDirs([dir], cache);
    // Another process's cache claims other names for the same unchanged files: it is believed, so it was read.
    const data = JSON.parse(readFileSync(cache, 'utf8')) as { files: Record<string, { faces: { families: string[] }[] | null }> };
    for (const entry of Object.values(data.files)) for (const face of entry.faces ?? []) face.families = ['Rewritten'];
    writeFileSync(cache, JSON.stringify(data));
    utimesSync(cache, new Date(), new Date(Date.now() + 20000));
    const warm = { dirs: 0, files: 0, read: 0 };
    const faces = scanFontDirs([dir], cache, warm);
    expect(warm.read).toBe(0);
    expect(new Set(faces.flatMap((f) => f.families))).toEqual(new Set(['Rewritten']));
  });

  it('scans a folder list once per process for every resolution that shares it', () => {
    const opts = { ...isolated, fontPath: [official] };
    const first = FontIndex.shared(opts);
    expect(FontIndex.shared({ ...opts })).toBe(first);
    expect(resolveFonts({}, opts, first).fonts.body.primary.family).toBe('FangSong_GB2312');
    expect(FontIndex.shared({ ...isolated, fontPath: [] })).not.toBe(first);
  });

  it('remembers files that are not fonts without failing', () => {
    const dir = path.join(tmp, 'junk');
    writeStandIns(dir);
    writeFileSync(path.join(dir, 'broken.ttf'), 'not a font at all');
    const faces = scanFontDirs([dir], null);
    expect(faces).toHaveLength(6); // five files, one of them a collection of two
  });
});

describe('precedence: configured > installed office font > bundled', () => {
  const request = (value: string, role = 'body'): FontRequest => ({ value, baseDir: tmp, path: ['fonts', role] });

  it('uses the bundled fonts when no office font is installed', () => {
    const { fonts, problems } = resolveFonts({}, isolated);
    expect(problems).toEqual([]);
    expect(fonts.body.primary).toMatchObject({ file: BUNDLED_FONTS.body.file, reason: 'bundled', family: 'FandolFang R' });
    expect(fonts.masthead.primary).toMatchObject({ file: LAST_RESORT.masthead.file, postscriptName: 'NotoSerifCJKsc-Bold', reason: 'bundled' });
    // The chain ends in the widest bundled font, in the role's weight: regular text falls back to
    // the Regular face, bold roles to the Bold one.
    expect(fonts.body.fallbacks.map((f) => f.postscriptName)).toEqual(['NotoSerifCJKsc-Regular']);
    expect(fonts.kai.fallbacks.map((f) => f.postscriptName)).toEqual(['NotoSerifCJKsc-Regular']);
    expect(fonts.heading.fallbacks.map((f) => f.postscriptName).at(-1)).toBe('NotoSerifCJKsc-Bold');
  });

  it('uses an installed office font over the bundled one, which becomes a fallback', () => {
    const { fonts } = resolveFonts({}, { ...isolated, fontPath: [official] });
    expect(fonts.body.primary).toMatchObject({ family: 'FangSong_GB2312', reason: 'official', requested: '仿宋_GB2312' });
    expect(fonts.body.fallbacks.map((f) => [path.basename(f.file), f.reason])).toEqual([
      ['FandolFang-Regular.otf', 'bundled'],
      ['NotoSerifCJK-Regular.ttc', 'bundled'],
    ]);
    expect(fonts.title.primary.family).toBe('FZXiaoBiaoSong-B05S');
    expect(fonts.heading.primary.family).toBe('SimHei');
    expect(fonts.kai.primary.family).toBe('KaiTi_GB2312');
    expect(fonts.pageNumber.primary).toMatchObject({ family: 'SimSun', postscriptName: 'SimSun' });
    expect(fonts.footer.primary.family).toBe('FangSong_GB2312');
  });

  it('uses a configured path or family name over the installed office font', () => {
    const { fonts, problems } = resolveFonts(
      {
        body: [request(path.join(official, 'KAITI_GB2312.TTF'))],
        title: [request('黑体', 'title')],
        heading: [request('FandolKai', 'heading')],
        pageNumber: [request(`${path.join(official, 'simsun.ttc')}#NSimSun`, 'pageNumber')],
      },
      { ...isolated, fontPath: [official] },
    );
    expect(problems).toEqual([]);
    expect(fonts.body.primary).toMatchObject({ family: 'KaiTi_GB2312', reason: 'explicit' });
    expect(fonts.title.primary).toMatchObject({ family: 'SimHei', reason: 'explicit', requested: '黑体' });
    expect(fonts.heading.primary).toMatchObject({ file: path.join(BUNDLED_FONT_DIR, 'FandolKai-Regular.otf'), reason: 'explicit' });
    expect(fonts.pageNumber.primary).toMatchObject({ postscriptName: 'NSimSun', reason: 'explicit' });
    expect(fonts.kai.primary.reason).toBe('official');
  });

  it('reports configured fonts that are missing, not fonts, or not installed, and falls back meanwhile', () => {
    writeFileSync(path.join(tmp, 'notes.ttf'), 'hello');
    const { fonts, problems } = resolveFonts(
      { body: [request('missing/仿宋.ttf')], title: [request('notes.ttf', 'title')], heading: [request('方正黑体_GBK', 'heading')] },
      isolated,
    );
    expect(problems.map((p) => [p.role, message(p.text, 'en').replace(tmp, 'TMP')])).toEqual([
      ['title', expect.stringMatching(/^fonts\.title: TMP\/notes\.ttf is not a font file/u)],
      ['heading', 'fonts.heading: no font named "方正黑体_GBK" was found'],
      ['body', `fonts.body: font file not found: ${path.join('TMP', 'missing', '仿宋.ttf')}`],
    ].sort((a, b) => ['masthead', 'title', 'heading', 'body'].indexOf(a[0]!) - ['masthead', 'title', 'heading', 'body'].indexOf(b[0]!)));
    expect(fonts.body.primary.reason).toBe('bundled');
  });
});
