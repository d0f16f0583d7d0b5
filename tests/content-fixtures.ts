/** Throw-away issues with photos for the content tests: a folder with a YAML file and its images. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkIssue, type CheckedIssue } from '../src/build/pipeline.js';
import { loadIssue } from '../src/load/issue.js';
import { DiagnosticError, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { Canvas, encodePng } from '../scripts/photo-canvas.js';
import type { GlyphRun, ImageBox, Page } from '../src/page/display.js';
import { ROOT, fonts } from './helpers.js';

export const PITCH_MM = 156 / 28;
export const ROW_MM = 225 / 22;
const ROW_PT = (ROW_MM * 72) / 25.4;

/** Depth of the baseline of `size` pt text (Fandol em box 880/−120) centred in a grid row, mm. */
export const baselineInRowMm = (size: number) => (((ROW_PT - size) / 2 + 0.88 * size) * 25.4) / 72;

/** Grid row (0–21) of a run's baseline, or NaN when it is off the grid. */
export function gridRow(run: GlyphRun): number {
  const row = (run.y - 37 - baselineInRowMm(run.size)) / ROW_MM;
  return Math.abs(row - Math.round(row)) < 1e-6 ? Math.round(row) : NaN;
}

/** A PNG of w × h pixels: a gradient, or (alpha) a red disc on a transparent ground. */
export function pngPhoto(w: number, h: number, alpha = false): Buffer {
  const c = new Canvas(w, h);
  if (alpha) c.ellipse(w / 2, h / 2, w / 2 - 1, h / 2 - 1, [220, 20, 30, 255]);
  else c.paint((x, y) => [Math.round((255 * x) / w), Math.round((255 * y) / h), 128, 255]);
  return encodePng(c);
}

export const SAMPLE_JPEG = path.join(ROOT, 'issues', 'photos', 'meeting.jpg');

const HEAD = `masthead:
  name: 测试简报
  office: 测试办公室
  number: 1
  date: 2021-07-16
`;

/** Writes an issue (masthead given) with `body` (YAML from `columns:` on) and its files; returns its path. */
export function writeIssue(body: string, files: Record<string, Buffer | string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-content-'));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    if (typeof data === 'string') copyFileSync(data, path.join(dir, name));
    else writeFileSync(path.join(dir, name), data);
  }
  const file = path.join(dir, 'issue.yaml');
  writeFileSync(file, HEAD + body);
  return file;
}

export const check = (file: string): CheckedIssue => checkIssue(loadIssue(file), fonts());

/** The diagnostics `run` throws (failing the test when it throws none or something else). */
export function diagnosticsOf(run: () => unknown): Diagnostic[] {
  try {
    run();
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected a DiagnosticError');
}

export const images = (page: Page): ImageBox[] => page.items.filter((i): i is ImageBox => i.type === 'image');

/** n paragraphs of one line each ("甲3号" and twenty characters): each takes one grid row. */
export function lines(tag: string, n: number): string {
  return Array.from({ length: n }, (_, k) => `          - ${tag}${k + 1}号${'科普工作服务群众'.repeat(3).slice(0, 20)}\n`).join('');
}

/** The page and run holding a paragraph that starts with `start`. */
export function find(pages: Page[], start: string): { page: number; run: GlyphRun } | undefined {
  for (const [n, page] of pages.entries()) {
    const run = page.items.find((i): i is GlyphRun => i.type === 'text' && i.glyphs.map((g) => g.ch).join('').startsWith(start));
    if (run) return { page: n, run };
  }
  return undefined;
}
