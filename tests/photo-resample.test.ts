/**
 * Photos larger than print needs are resampled to 300 pixels per inch at their printed size; photos
 * within it, and every photo with `photos: { resolution: original }`, are embedded byte for byte.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssueFile } from '../src/build/pipeline.js';
import { resampledSize } from '../src/render/photo-resample.js';
import { ROOT } from './helpers.js';
import { ISSUE } from './diagnostics-helpers.js';

let dir: string;
const PHONE = { width: 4000, height: 3000 };
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'photo-resample-'));
  cpSync(path.join(ROOT, 'issues', 'bulletin.yaml'), path.join(dir, 'bulletin.yaml'));
  cpSync(path.join(ROOT, 'issues', 'photos'), path.join(dir, 'photos'), { recursive: true });
  // A phone photo: 4000 × 3000 of grain, a few MB of JPEG.
  const { width, height } = PHONE;
  const grain = await sharp({ create: { width, height, channels: 3, background: { r: 150, g: 110, b: 90 }, noise: { type: 'gaussian', mean: 120, sigma: 18 } } }).raw().toBuffer();
  await sharp(grain, { raw: { width, height, channels: 3 } }).blur(1.2).jpeg({ quality: 92 }).toFile(path.join(dir, 'photos', 'phone.jpg'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An issue with `photo` at 0.7 of the block's width (156 mm × 0.7 = 109.2 mm). */
function issue(name: string, photo: string, extra = ''): string {
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(file, `${ISSUE}          - { image: ${photo}, width: 0.7, caption: 汇报会现场 }
          - 会议强调，要把学习成果转化为实际行动。
${extra}`);
  return file;
}

const build = async (input: string) => {
  const output = input.replace(/\.yaml$/u, '.pdf');
  await buildIssueFile(input, output);
  return readFileSync(output);
};
const imageWidths = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/Subtype \/Image[^>]*?\/Width (\d+)|\/Width (\d+)[^>]*?\/Subtype \/Image/gu)].map((m) => Number(m[1] ?? m[2]));

describe('photo resolution', () => {
  it('needs ceil(mm / 25.4 × 300) pixels across: 109.2 mm → 1290; within it nothing changes', () => {
    expect(resampledSize({ width: 109.2, height: 81.9, pixelWidth: 4000, pixelHeight: 3000 }, 300)).toEqual({ width: 1290, height: 968 });
    expect(resampledSize({ width: 109.2, height: 68.25, pixelWidth: 1200, pixelHeight: 750 }, 300)).toBeNull();
    expect(resampledSize({ width: 109.2, height: 81.9, pixelWidth: 4000, pixelHeight: 3000 }, 150)).toEqual({ width: 645, height: 484 });
  });

  it('resamples a 4000 × 3000 phone photo to 300 dpi: a PDF under 1 MB, the same bytes every time', async () => {
    expect(statSync(path.join(dir, 'photos', 'phone.jpg')).size).toBeGreaterThan(1_500_000);
    const input = issue('phone', 'photos/phone.jpg');
    const pdf = await build(input);
    expect(pdf.length).toBeLessThan(1_000_000);
    expect(imageWidths(pdf)).toEqual([1290]);
    expect((await build(input)).equals(pdf)).toBe(true);
  });

  it('embeds the file unchanged with `photos: { resolution: original }`, and a photo within 300 dpi always', async () => {
    const phone = readFileSync(path.join(dir, 'photos', 'phone.jpg'));
    const original = await build(issue('original', 'photos/phone.jpg', 'photos: { resolution: original }\n'));
    expect(original.indexOf(phone)).toBeGreaterThan(0);
    expect(imageWidths(original)).toEqual([4000]);
    const meeting = readFileSync(path.join(dir, 'photos', 'meeting.jpg')); // 1200 px for 109.2 mm: 279 dpi
    const within = await build(issue('within', 'photos/meeting.jpg'));
    expect(within.indexOf(meeting)).toBeGreaterThan(0);
  });
});

describe('resampling once per process', () => {
  /** A 2000 × 1500 JPEG of flat colour `g` with grain: over 300 dpi at 109.2 mm, so it is resampled. */
  const photo = async (file: string, g: number) => {
    const grain = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 90, g, b: 60 }, noise: { type: 'gaussian', mean: g, sigma: 20 } } }).raw().toBuffer();
    await sharp(grain, { raw: { width: 2000, height: 1500, channels: 3 } }).jpeg({ quality: 92 }).toFile(file);
  };
  /** The bytes of the one image XObject's stream. */
  const imageData = (pdf: Buffer) => {
    const s = pdf.toString('latin1');
    const at = s.search(/\/Subtype \/Image/u);
    const start = s.indexOf('stream\n', at) + 'stream\n'.length;
    return pdf.subarray(start, s.indexOf('\nendstream', start));
  };

  it('a photo replaced between two builds under the same name is resampled again; the same content gives the same bytes', async () => {
    const file = path.join(dir, 'photos', 'swap.jpg');
    await photo(file, 100);
    const original = readFileSync(file);
    const input = issue('swap', 'photos/swap.jpg');
    const first = await build(input);
    await photo(file, 170); // same name, same pixel size, other pixels
    const second = await build(input);
    expect(imageWidths(second)).toEqual([1290]);
    expect(imageData(second).equals(imageData(first))).toBe(false);
    writeFileSync(file, original);
    expect((await build(input)).equals(first)).toBe(true);
  });
});
