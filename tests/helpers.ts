import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { openFontSet } from '../src/fonts/fontset.js';
import { loadIssue } from '../src/load/issue.js';
import { checkIssue } from '../src/build/pipeline.js';
import type { GlyphRun, LaidOutDocument, Page } from '../src/page/display.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = path.join(ROOT, 'issues', 'issue-14.yaml');
export const fonts = () => openFontSet();

export function layoutSeed(): LaidOutDocument {
  return checkIssue(loadIssue(SEED), fonts()).document;
}

export const runs = (page: Page, kind?: GlyphRun['kind']): GlyphRun[] =>
  page.items.filter((i): i is GlyphRun => i.type === 'text' && (kind === undefined || i.kind === kind));

export const textOf = (run: GlyphRun) => run.glyphs.map((g) => g.ch).join('');

/** A body grid row, mm (225 mm / 22). */
export const GRID_ROW_MM = 225 / 22;

/**
 * Every body baseline of `doc` sits on the 22-row grid of the block (top 37 mm): `baselineInRowMm`
 * below the top of one of its rows.
 */
export function expectBodyOnGrid(doc: LaidOutDocument, baselineInRowMm: number): void {
  for (const page of doc.pages) {
    for (const run of runs(page, 'body')) {
      const row = (run.y - 37 - baselineInRowMm) / GRID_ROW_MM;
      expect(Math.abs(row - Math.round(row))).toBeLessThan(1e-6);
      expect(Math.round(row)).toBeGreaterThanOrEqual(0);
      expect(Math.round(row)).toBeLessThan(22);
    }
  }
}

/**
 * Whether a Debian tool some tests call (qpdf, pdffonts, pdftoppm) is installed. Missing in CI
 * (`CI` set: .ci/run installs them) it is a failure, never a skip; elsewhere the test is skipped
 * with the reason shown, saying what to install.
 */
export function requireTool(name: string, pkg: string): { ok: true } | { ok: false; why: string } {
  const r = spawnSync(name, ['-v'], { stdio: 'ignore' });
  if (!r.error) return { ok: true };
  const why = `${name} is not installed (apt-get install ${pkg}; .ci/run installs it)`;
  if (process.env.CI) throw new Error(`${why}: in CI a missing tool fails the test rather than skip it`);
  return { ok: false, why };
}

/**
 * Where a glyph's ink starts, mm: an opening mark's ink is in the right half of its em (GB/T 15834
 * mainland positions), and at a line start its blank left half is dropped, so its ink — half a
 * cell after its origin — is what starts the line.
 */
export function inkStart(g: { ch: string; x: number; advance: number }, sizePt = 16): number {
  // Text at 3号 sits on the grid's 15.79 pt cells (156 mm / 28); other sizes on their own em.
  const cell = sizePt === 16 ? 156 / 28 : (sizePt * 25.4) / 72;
  return '（［｛〔〈《「『【〖“‘'.includes(g.ch) ? g.x + Math.min(g.advance, cell) / 2 : g.x;
}
