/**
 * PNG and long PNG: drawn from our own PDF by pdfjs on @napi-rs/canvas, compared pixel by pixel with
 * poppler's pdftoppm — an independent renderer — at the same resolution.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { buildIssueFile, type BuildResult } from '../src/build/pipeline.js';
import { SEED } from './helpers.js';

/**
 * Mean absolute difference per channel (0–255) that two renderers of one PDF stay under, per page:
 * pixel by pixel (anti-aliasing of 16-pixel characters differs: measured 2.9–4.4 on issue 14), and
 * over 4 × 4 blocks, which averages anti-aliasing out and leaves what is drawn where (measured ≤ 1.5).
 * A page compared with its neighbour's picture differs by far more than either.
 */
const MEAN_DIFF_LIMIT = 6;
const BLOCK_DIFF_LIMIT = 2;
const DPI = 72;

/** RGB pixels of a PNG, decoded by the canvas library. */
async function pixelsOfPng(bytes: Buffer): Promise<{ width: number; height: number; rgb: Uint8Array }> {
  const img = await loadImage(bytes);
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
  const rgb = new Uint8Array(img.width * img.height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  return { width: img.width, height: img.height, rgb };
}

/** A binary PPM (P6, as pdftoppm writes it). */
function pixelsOfPpm(bytes: Buffer): { width: number; height: number; rgb: Uint8Array } {
  const header = bytes.subarray(0, 64).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+255\s/u)!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: new Uint8Array(bytes.subarray(header[0].length)) };
}

const meanDiff = (a: Uint8Array, b: Uint8Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
};

/** The same over k × k blocks: each block's mean per channel compared. */
function blockDiff(a: Uint8Array, b: Uint8Array, width: number, height: number, k: number): number {
  let sum = 0;
  let n = 0;
  for (let y = 0; y + k <= height; y += k) {
    for (let x = 0; x + k <= width; x += k) {
      for (let ch = 0; ch < 3; ch++) {
        let d = 0;
        for (let dy = 0; dy < k; dy++) for (let dx = 0; dx < k; dx++) d += a[((y + dy) * width + x + dx) * 3 + ch]! - b[((y + dy) * width + x + dx) * 3 + ch]!;
        sum += Math.abs(d) / (k * k);
        n++;
      }
    }
  }
  return sum / n;
}

function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('png and long-png of issue 14', () => {
  let dir: string;
  let result: BuildResult;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-png-'));
    result = await buildIssueFile(SEED, path.join(dir, 'issue-14.pdf'), { formats: ['pdf', 'png', 'long-png'], render: { dpi: DPI, longWidth: 720 } });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names one PNG a page after the input, and one long PNG', () => {
    const png = result.outputs.find((o) => o.format === 'png')!;
    expect(png.files.map((f) => path.basename(f))).toEqual(Array.from({ length: result.pages }, (_, i) => `issue-14-${i + 1}.png`));
    expect(result.outputs.find((o) => o.format === 'long-png')!.files.map((f) => path.basename(f))).toEqual(['issue-14-long.png']);
  });

  it('agrees with pdftoppm at the same dpi on every page', async () => {
    // pdftoppm is poppler's (Debian poppler-utils, which .ci/run installs): no silent skip.
    expect(hasTool('pdftoppm'), 'pdftoppm (poppler-utils) must be installed').toBe(true);
    const pdf = readFileSync(path.join(dir, 'issue-14.pdf'));
    const popplerPage = (page: number) => pixelsOfPpm(execFileSync('pdftoppm', ['-r', String(DPI), '-f', String(page), '-l', String(page), '-'], { input: pdf, maxBuffer: 64 << 20 }));
    for (let page = 1; page <= result.pages; page++) {
      const ours = await pixelsOfPng(readFileSync(path.join(dir, `issue-14-${page}.png`)));
      const poppler = popplerPage(page);
      // A4 at 72 dpi: 210 × 297 mm = 595.28 × 841.89 pt, whole pixels covering it: 596 × 842.
      expect([ours.width, ours.height]).toEqual([596, 842]);
      expect([poppler.width, poppler.height]).toEqual([596, 842]);
      const diff = meanDiff(ours.rgb, poppler.rgb);
      const blocks = blockDiff(ours.rgb, poppler.rgb, ours.width, ours.height, 4);
      expect(diff, `page ${page}: mean difference ${diff.toFixed(2)}`).toBeLessThan(MEAN_DIFF_LIMIT);
      expect(blocks, `page ${page}: mean difference over 4 × 4 blocks ${blocks.toFixed(2)}`).toBeLessThan(BLOCK_DIFF_LIMIT);
    }
    // The measure sees a wrong page: page 2's picture against poppler's page 3.
    const two = await pixelsOfPng(readFileSync(path.join(dir, 'issue-14-2.png')));
    const three = popplerPage(3);
    expect(meanDiff(two.rgb, three.rgb)).toBeGreaterThan(MEAN_DIFF_LIMIT);
    expect(blockDiff(two.rgb, three.rgb, two.width, two.height, 4)).toBeGreaterThan(BLOCK_DIFF_LIMIT);
  });

  it('stacks every page at the phone width with a grey band between pages', async () => {
    const long = await pixelsOfPng(readFileSync(path.join(dir, 'issue-14-long.png')));
    const pageHeight = Math.ceil((720 * 297) / 210);
    const gap = Math.round(720 / 90);
    expect(long.width).toBe(720);
    expect(long.height).toBe(result.pages * pageHeight + (result.pages - 1) * gap);
    const at = (x: number, y: number) => [...long.rgb.subarray((y * long.width + x) * 3, (y * long.width + x) * 3 + 3)];
    expect(at(5, pageHeight + Math.floor(gap / 2))).toEqual([0xe6, 0xe6, 0xe6]); // the band
    expect(at(5, pageHeight + gap + 5)).toEqual([255, 255, 255]); // page 2's margin
  });

  it('gives the same bytes twice', async () => {
    const again = mkdtempSync(path.join(os.tmpdir(), 'bulletin-png-'));
    try {
      await buildIssueFile(SEED, path.join(again, 'issue-14.pdf'), { formats: ['png', 'long-png'], render: { dpi: DPI, longWidth: 720 } });
      for (const name of ['issue-14-1.png', 'issue-14-2.png', 'issue-14-long.png']) {
        expect(readFileSync(path.join(again, name)).equals(readFileSync(path.join(dir, name))), name).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
