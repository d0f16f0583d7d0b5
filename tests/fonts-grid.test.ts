/**
 * The seed issue set in substitute office fonts (TrueType 仿宋_GB2312 at 256 units per em with a
 * 220/−36 em box, a .ttc 宋体, a renamed CFF 黑体): the grid, indent and justification stay exact.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIssue } from '../src/build/pipeline.js';
import { openIssueFonts } from '../src/fonts/issue-fonts.js';
import { loadIssue } from '../src/load/issue.js';
import type { LaidOutDocument } from '../src/page/display.js';
import { renderPdf } from '../src/render/pdf.js';
import { SEED, expectBodyOnGrid, layoutSeed, runs, textOf } from './helpers.js';
import { writeStandIns } from './fonts-standins.js';

const PITCH_MM = 156 / 28;
const ROW_MM = 225 / 22;
const PT = 25.4 / 72;

let tmp: string;
let doc: LaidOutDocument;
let fonts: ReturnType<typeof openIssueFonts>['fonts'];
let warnings: unknown[];

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-grid-'));
  writeStandIns(tmp);
  const loaded = loadIssue(SEED);
  const opened = openIssueFonts(loaded, { fontPath: [tmp], systemDirs: [], cacheFile: null, env: {} });
  fonts = opened.fonts;
  expect(opened.resolution.body.primary).toMatchObject({ family: 'FangSong_GB2312', reason: 'official' });
  expect(fonts.body.unitsPerEm).toBe(256);
  ({ document: doc, warnings } = checkIssue(loaded, fonts));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('seed issue in substitute office fonts', () => {
  it('needs no fallback: the stand-ins cover the issue', () => {
    expect(warnings).toEqual([]);
  });

  it('sets full lines of 28 characters on the 15.79 pt pitch, ending at 184 mm', () => {
    const full = doc.pages
      .flatMap((p) => runs(p, 'body'))
      // Han characters and lone punctuation marks: each takes a full cell, no adjustment at all.
      .filter((r) => r.glyphs.length === 28 && r.glyphs.every((g) => /[\p{Script=Han}，、。；：]/u.test(g.ch)) && !/[，、。；：]{2}/u.test(textOf(r)));
    expect(full.length).toBeGreaterThan(10);
    for (const run of full) {
      run.glyphs.forEach((g, i) => expect(g.x).toBeCloseTo(28 + i * PITCH_MM, 6));
      expect(run.glyphs[27]!.x + PITCH_MM).toBeCloseTo(184, 6);
    }
  });

  it('puts every body baseline on the 22-row grid, the 220/−36 em box centred in its row', () => {
    const ascent = 220 / 256;
    const baselineInRow = ((ROW_MM / PT - 16) / 2) * PT + 16 * ascent * PT;
    expectBodyOnGrid(doc, baselineInRow);
  });

  it('breaks, indents and justifies every body line exactly as with the bundled fonts', () => {
    const lines = (d: LaidOutDocument) => d.pages.flatMap((p) => runs(p, 'body')).map((r) => ({ text: textOf(r), x: r.glyphs.map((g) => g.x) }));
    const bundled = lines(layoutSeed());
    const substitute = lines(doc);
    expect(substitute.map((l) => l.text)).toEqual(bundled.map((l) => l.text));
    // Exactly the same places; only Latin letters and digits, whose advances the 256-unit font
    // rounds (Fandol's 613/1000 becomes 157/256), may move by a few micrometres.
    substitute.forEach((l, i) => {
      const exact = !/[0-9A-Za-z]/u.test(l.text);
      l.x.forEach((x, j) => expect(Math.abs(x - bundled[i]!.x[j]!)).toBeLessThan(exact ? 1e-9 : 0.005));
    });
    expect(doc.pages.length).toBe(layoutSeed().pages.length);
  });

  it('embeds the TrueType faces (a collection face among them) in the PDF', async () => {
    const pdf = (await renderPdf(doc, fonts)).toString('latin1');
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+FangSong_GB2312/u);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+SimSun/u);
    expect(pdf).toMatch(/\/FontFile2/u);
    expect(pdf).toMatch(/\/FontFile3/u); // SimHei: a renamed CFF font
  });
});
