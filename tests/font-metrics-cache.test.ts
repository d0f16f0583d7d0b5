/**
 * The per-face metrics cache and the build path that reads fonts by offset. The oracle is fontkit
 * parsing the whole font (openFontkitFace): the cached faces must measure the same and the PDF
 * must be byte for byte the one rendered from fontkit's parsed fonts.
 */
import { copyFileSync, cpSync, existsSync, readFileSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_FONTS, LAST_RESORT } from '../src/fonts/bundled.js';
import { faceCacheDir } from '../src/fonts/face-cache.js';
import { FontError, forgetOpenFaces, openFace, openFontkitFace } from '../src/fonts/face.js';
import { withFallbacks, type FontSet } from '../src/fonts/fontset.js';
import { FONT_ROLES } from '../src/model/issue.js';
import { loadIssue } from '../src/load/issue.js';
import { checkIssue } from '../src/build/pipeline.js';
import { renderPdf } from '../src/render/pdf.js';
import { makeTrueType } from './fonts-make.js';
import { SEED } from './helpers.js';

// This file's own cache folder ($BULLETIN_CACHE_DIR, tests/setup/own-folders.ts), emptied of entries
// per test where it matters; the bundled fonts' build entries (dist/face-cache/) stay out of it.
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'face-cache-'));
  forgetOpenFaces();
});
afterAll(() => {
  forgetOpenFaces();
  rmSync(tmp, { recursive: true, force: true });
});

const facesDir = () => faceCacheDir();
const entries = () => (existsSync(facesDir()) ? readdirSync(facesDir()) : []);
const set = (open: (file: string, ps?: string) => ReturnType<typeof openFace>): FontSet =>
  Object.fromEntries(FONT_ROLES.map((r) => [r, open(BUNDLED_FONTS[r].file, BUNDLED_FONTS[r].postscriptName)])) as FontSet;

describe('metrics cache', () => {
  it('measures every character of the seed and all punctuation as fontkit does', () => {
    const text = new Set([...loadIssue(SEED).sources.map((s) => s.text).join(''), ...'，。、；：？！（）《》“”‘’…—～·／－【】〔〕「」『』']);
    for (const spec of [BUNDLED_FONTS.body, BUNDLED_FONTS.title]) {
      const cached = openFace(spec.file, spec.postscriptName);
      const parsed = openFontkitFace(spec.file, spec.postscriptName);
      expect(cached.cached, 'a cache entry').toBeDefined();
      expect([cached.key, cached.familyName, cached.unitsPerEm, cached.ascender, cached.descender]).toEqual([parsed.key, parsed.familyName, parsed.unitsPerEm, parsed.ascender, parsed.descender]);
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        expect([ch, cached.has(cp), cached.advance(cp), cached.ink(cp)]).toEqual([ch, parsed.has(cp), parsed.advance(cp), parsed.ink(cp)]);
      }
      expect(cached.has(0xe000)).toBe(parsed.has(0xe000)); // a character neither has
      expect(cached.advance(0xe000)).toBe(parsed.advance(0xe000));
    }

  });

  it('renders the seed to the same bytes as fontkit-parsed fonts, reading only the glyphs used', async () => {
    const loaded = loadIssue(SEED);
    const cachedFonts = set(openFace);
    const parsedFonts = set(openFontkitFace);
    const a = await renderPdf(checkIssue(loaded, cachedFonts).document, cachedFonts);
    const b = await renderPdf(checkIssue(loaded, parsedFonts).document, parsedFonts);
    expect(a.length).toBeGreaterThan(100_000);
    expect(a.equals(b)).toBe(true);
  });

  it('sets a rare character from the fallback face as compactly as a primary face, the same bytes as fontkit', async () => {
    // The seed with a name in its first paragraph: 王堃 (堃 is not in FandolFang) or 王磊.
    const dir = path.join(tmp, 'rare');
    cpSync(path.dirname(SEED), dir, { recursive: true });
    const text = readFileSync(SEED, 'utf8');
    expect(text).toContain('7月14日上午');
    const issue = (name: string) => {
      const file = path.join(dir, `${name}.yaml`);
      writeFileSync(file, text.replace('7月14日上午', `7月14日上午，${name}`));
      return loadIssue(file);
    };
    const rare = issue('王堃');
    const plain = issue('王磊');
    const chained = (open: typeof openFace): FontSet => {
      const fonts = set(open);
      return { ...fonts, body: withFallbacks(fonts.body, [open(LAST_RESORT.body.file, LAST_RESORT.body.postscriptName)]) };
    };
    const cachedFonts = chained(openFace);
    const parsedFonts = chained(openFontkitFace);
    const a = await renderPdf(checkIssue(rare, cachedFonts).document, cachedFonts);
    const b = await renderPdf(checkIssue(rare, parsedFonts).document, parsedFonts);
    const without = await renderPdf(checkIssue(plain, cachedFonts).document, cachedFonts);
    expect(a.equals(b)).toBe(true);
    // One glyph of Noto Serif CJK: a few KB of subset (flattened, no subroutines), not 50 KB.
    expect(a.length).toBeLessThan(without.length * 1.05);
    expect(a.length - without.length).toBeLessThan(8_000);
  });

  it('uses its entry in a later process: the entry alone gives the metrics', () => {
    const spec = BUNDLED_FONTS.heading;
    const before = openFace(spec.file).advance(0x4e00);
    const file = path.join(tmp, 'FandolHei-later.otf');
    copyFileSync(spec.file, file);
    forgetOpenFaces();
    const made = openFace(file);
    expect(made.advance(0x4e00)).toBe(before);
    const after = entries();
    forgetOpenFaces();
    const again = openFace(file);
    expect(again.cached).toBeDefined();
    expect(again.advance(0x4e00)).toBe(before);
    expect(entries()).toEqual(after);
  });

  it('never trusts an entry for a font changed in place, even with the same size and time', () => {
    const file = path.join(tmp, 'Test.ttf');
    const model = openFace(BUNDLED_FONTS.body.file);
    const chars = '一二三中文。，';
    const font = (unitsPerEm: number) => makeTrueType({ names: { family: 'Test', postscript: 'Test-Regular' }, unitsPerEm, ascender: unitsPerEm * 0.88, descender: -unitsPerEm * 0.12, chars, model });
    const first = font(256);
    const second = font(1000);
    expect(second.length).toBe(first.length);
    expect(second.equals(first)).toBe(false);
    writeFileSync(file, first);
    const t = new Date('2024-01-02T03:04:05Z');
    utimesSync(file, t, t);
    const a = openFace(file);
    expect(a.advance(0x3002)).toBe(openFontkitFace(file).advance(0x3002));
    writeFileSync(file, second);
    utimesSync(file, t, t);
    expect(statSync(file).size).toBe(first.length);
    forgetOpenFaces();
    const b = openFace(file);
    const truth = openFontkitFace(file);
    const measures = (f: typeof a) => [...chars].map((ch) => [f.advance(ch.codePointAt(0)!), f.ink(ch.codePointAt(0)!)]);
    expect(measures(b)).toEqual(measures(truth));
    expect(measures(b)).not.toEqual(measures(a)); // the two fonts differ: the old entry would have been wrong
  });

  it('refuses a font damaged after its entry was made, and remakes a garbled entry', () => {
    const file = path.join(tmp, 'FandolHei-copy.otf');
    copyFileSync(BUNDLED_FONTS.heading.file, file);
    forgetOpenFaces();
    const good = openFace(file).advance(0x4e00);
    expect(entries().length).toBeGreaterThan(0);
    for (const entry of entries()) writeFileSync(path.join(facesDir(), entry), 'not an entry');
    forgetOpenFaces();
    expect(openFace(file).advance(0x4e00)).toBe(good);
    truncateSync(file, 4096);
    forgetOpenFaces();
    expect(() => openFace(file)).toThrow(FontError);
  });

  it('reports a font replaced while in use instead of reading the wrong outlines', async () => {
    const file = path.join(tmp, 'FandolSong-copy.otf');
    copyFileSync(BUNDLED_FONTS.pageNumber.file, file);
    forgetOpenFaces();
    const face = openFace(file);
    const fonts = { ...set(openFace), body: face, footer: face };
    const document = checkIssue(loadIssue(SEED), fonts).document;
    copyFileSync(BUNDLED_FONTS.kai.file, file);
    await expect(Promise.resolve().then(() => renderPdf(document, fonts))).rejects.toThrow(/changed while it was in use/u);
  });
});
