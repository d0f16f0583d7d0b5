/** Photos on the display list: boxes, captions, the grid after them, floats, fixed photos, warnings, errors, PDF data. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageFiles } from '../src/build/pipeline.js';
import { probePhoto } from '../src/compose/photo-file.js';
import { loadIssue } from '../src/load/issue.js';
import type { GlyphRun } from '../src/page/display.js';
import { renderPdf } from '../src/render/pdf.js';
import { ROW_MM, SAMPLE_JPEG, check, diagnosticsOf, find, gridRow, images, lines, pngPhoto, writeIssue } from './content-fixtures.js';
import { fonts, requireTool, textOf } from './helpers.js';

/** Em boxes of 3号 (16 pt) body text and 4号 (14 pt) captions, mm. */
const BODY_EM_MM = (16 * 25.4) / 72;
const CAPTION_EM_MM = (14 * 25.4) / 72;

const article = (paragraphs: string) => `columns:
  - heading: 测试
    articles:
      - paragraphs:
${paragraphs}`;

describe('a photo with a caption', () => {
  const file = writeIssue(
    article(`${lines('前', 2)}          - image: photos/a.png
            width: 0.5
            caption: 图为活动现场
${lines('后', 2)}`),
    { 'photos/a.png': pngPhoto(1200, 800) },
  );
  const { document, warnings } = check(file);
  const page = document.pages[0]!;
  const [img] = images(page);

  it('is drawn inside the block at the width asked for, with the pixel aspect ratio', () => {
    expect(img).toBeDefined();
    expect(img!.width).toBeCloseTo(78, 6); // 0.5 × 156 mm
    expect(img!.height).toBeCloseTo(52, 6); // 1200 × 800 pixels
    expect(img!.x).toBeCloseTo(28 + (156 - 78) / 2, 6); // centred
    expect(img!.x + img!.width).toBeLessThanOrEqual(184 + 1e-9);
    expect(img!.y).toBeGreaterThanOrEqual(37);
    expect(img!.y + img!.height).toBeLessThanOrEqual(37 + 225);
    expect(img!.file).toBe(path.join(path.dirname(file), 'photos/a.png'));
    expect(img!.format).toBe('png');
    expect(img!.dpi).toBeCloseTo(1200 / (78 / 25.4), 6);
    expect(warnings).toEqual([]);
  });

  it('sets its caption centred below it in 楷体, 2 mm under the photo', () => {
    const caption = page.items.find((i): i is GlyphRun => i.type === 'text' && i.kind === 'caption')!;
    expect(textOf(caption)).toBe('图为活动现场');
    expect(caption.font).toBe('kai');
    expect(caption.size).toBe(14);
    // The caption's em box (Fandol: 0.88 em above the baseline) starts 2 mm below the photo.
    expect(caption.y - 0.88 * CAPTION_EM_MM).toBeCloseTo(img!.y + img!.height + 2, 6);
    const left = caption.glyphs[0]!.x;
    const right = caption.glyphs.at(-1)!.x + CAPTION_EM_MM;
    expect((left + right) / 2).toBeCloseTo(img!.x + img!.width / 2, 1);
  });

  it('takes whole rows, the text after it on the grid, with the same air above the photo and below the caption', () => {
    const before = find(document.pages, '前2号')!.run;
    const after = find(document.pages, '后1号')!.run;
    const caption = page.items.find((i): i is GlyphRun => i.type === 'text' && i.kind === 'caption')!;
    expect(gridRow(after)).not.toBeNaN();
    // 52 mm of photo, 2 mm, a 14 pt caption line and at least 2.5 mm of air each side: 7 rows of 225/22 mm.
    expect(gridRow(after) - gridRow(before) - 1).toBe(7);
    const above = img!.y - (before.y + 0.12 * BODY_EM_MM); // from the em box of the line before
    const below = after.y - 0.88 * BODY_EM_MM - (caption.y + 0.12 * CAPTION_EM_MM); // to the em box of the line after
    expect(above).toBeCloseTo(below, 6);
    // The rows' spare is shared: 7 rows less the content, halved, plus the text's own inset in its row.
    const content = 52 + 2 + CAPTION_EM_MM;
    expect(above).toBeCloseTo((7 * ROW_MM - content) / 2 + (ROW_MM - BODY_EM_MM) / 2, 6);
  });
});

describe('a row of photos', () => {
  const file = writeIssue(
    article(`          - images:
              - image: a.png
                caption: 左图
              - image: b.png
                caption: 右边的一张照片有一个很长的说明文字需要折行
${lines('后', 1)}`),
    { 'a.png': pngPhoto(800, 600), 'b.png': pngPhoto(600, 600) },
  );
  const { document } = check(file);
  const page = document.pages[0]!;
  const [a, b] = images(page);
  const captions = page.items.filter((i): i is GlyphRun => i.type === 'text' && i.kind === 'caption');

  it('sets the photos side by side at one height, filling the block', () => {
    expect(a!.height).toBeCloseTo(b!.height, 9);
    expect(a!.width / a!.height).toBeCloseTo(4 / 3, 9);
    expect(a!.x).toBeCloseTo(28, 6);
    expect(b!.x + b!.width).toBeCloseTo(184, 6);
    expect(b!.x - (a!.x + a!.width)).toBeCloseTo(156 / 28, 6); // one character between them
    expect(a!.y).toBeCloseTo(b!.y, 9);
  });

  it('puts each caption under its own photo, a long one broken within the photo width', () => {
    const left = captions.filter((c) => c.glyphs[0]!.x < b!.x);
    const right = captions.filter((c) => c.glyphs[0]!.x >= b!.x);
    expect(left.map(textOf)).toEqual(['左图']);
    expect(right.length).toBeGreaterThan(1);
    expect(right.map(textOf).join('')).toBe('右边的一张照片有一个很长的说明文字需要折行');
    for (const c of right) {
      expect(c.glyphs[0]!.x).toBeGreaterThanOrEqual(b!.x - 1e-6);
      expect(c.glyphs.at(-1)!.x).toBeLessThanOrEqual(b!.x + b!.width);
    }
    // The text after the row starts below the longest caption, on the grid.
    const after = find(document.pages, '后1号')!.run;
    expect(after.y - 0.88 * BODY_EM_MM).toBeGreaterThan(Math.max(...captions.map((c) => c.y)) + 0.12 * CAPTION_EM_MM + 2.5);
    expect(gridRow(after)).not.toBeNaN();
  });
});

describe('a photo that does not fit on the page', () => {
  // Page one holds the masthead and then rows of text; the photo comes when few rows are left.
  const body = (fixed: boolean) =>
    article(`${lines('前', 10)}          - image: big.png
            width: 0.8
            caption: 大图${fixed ? '\n            fixed: true' : ''}
${lines('后', 12)}`);
  const files = { 'big.png': pngPhoto(1600, 1000) };

  it('floats to the top of the next page, and the text after it fills the space left', () => {
    const { document } = check(writeIssue(body(false), files));
    const [p1, p2] = document.pages;
    expect(images(p1!)).toHaveLength(0);
    const [img] = images(p2!);
    expect(img!.y).toBeLessThan(37 + ROW_MM); // in the first row of page two
    // Page one is filled to its last row with the text that follows the photo in the file.
    const lastRow = Math.max(...p1!.items.filter((i): i is GlyphRun => i.type === 'text' && i.kind === 'body').map(gridRow));
    expect(lastRow).toBe(21);
    expect(find(document.pages, '后1号')!.page).toBe(0);
    // What did not fit follows the photo on page two, still on the grid.
    const rest = find(document.pages, '后12号')!;
    expect(rest.page).toBe(1);
    expect(rest.run.y).toBeGreaterThan(img!.y + img!.height);
    expect(Number.isNaN(gridRow(rest.run))).toBe(false);
  });

  it('breaks the page before it when it is fixed, leaving the rows at the page foot empty', () => {
    const { document } = check(writeIssue(body(true), files));
    const [p1, p2] = document.pages;
    expect(images(p1!)).toHaveLength(0);
    expect(images(p2!)[0]!.y).toBeLessThan(37 + ROW_MM);
    expect(find(document.pages, '前10号')!.page).toBe(0);
    const after = find(document.pages, '后1号')!;
    expect(after.page).toBe(1);
    expect(after.run.y).toBeGreaterThan(images(p2!)[0]!.y + images(p2!)[0]!.height);
    const lastRow = Math.max(...p1!.items.filter((i): i is GlyphRun => i.type === 'text' && i.kind === 'body').map(gridRow));
    expect(lastRow).toBeLessThan(21);
  });

  it('lets its article’s text pass it, but not the last paragraph nor the next article: it lands before them', () => {
    const yaml = `columns:
  - heading: 测试
    articles:
      - paragraphs:
${lines('前', 10)}          - image: big.png
            width: 0.8
${lines('后', 2)}      - title: 下一篇文章
        paragraphs:
${lines('下', 3)}`;
    const { document } = check(writeIssue(yaml, files));
    const [p1, p2] = document.pages;
    expect(find(document.pages, '后1号')!.page).toBe(0); // its own article's text passes it
    expect(images(p1!)).toHaveLength(0);
    const [img] = images(p2!);
    const last = find(document.pages, '后2号')!; // the article's last paragraph follows the photo
    expect(last.page).toBe(1);
    const title = p2!.items.find((i): i is GlyphRun => i.type === 'text' && i.kind === 'title')!;
    expect(textOf(title)).toBe('下一篇文章');
    expect(img!.y).toBeLessThan(37 + ROW_MM);
    expect(last.run.y).toBeGreaterThan(img!.y + img!.height);
    expect(title.y).toBeGreaterThan(last.run.y);
  });

  it('is scaled down to fit a page when it is too tall for one, never overflowing the block', () => {
    const { document } = check(writeIssue(article(`          - image: tall.png\n            caption: 竖图\n`), { 'tall.png': pngPhoto(500, 2000) }));
    const all = document.pages.flatMap(images);
    expect(all).toHaveLength(1);
    const img = all[0]!;
    expect(img.width / img.height).toBeCloseTo(0.25, 9);
    expect(img.y + img.height).toBeLessThanOrEqual(37 + 225 - ROW_MM); // the caption's row is left below it
    expect(img.y).toBeGreaterThanOrEqual(37);
  });
});

describe('photo warnings and errors', () => {
  it('warns, at the image value, when a photo would print below 150 dpi', () => {
    const file = writeIssue(article(`          - 正文一段。\n          - image: small.png\n            width: 0.75\n`), { 'small.png': pngPhoto(200, 100) });
    const { warnings } = check(file);
    expect(warnings).toHaveLength(1);
    const w = warnings[0]!;
    expect(w.severity).toBe('warning');
    expect(w.file).toBe(file);
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('image: small.png'));
    expect(w.line).toBe(line + 1);
    expect(w.column).toBe(lines[line]!.indexOf('small.png') + 1);
    expect(w.message).toMatch(/43 dpi/u); // 200 pixels across 117 mm
    expect(w.hint).toMatch(/691 pixels/u);
  });

  it('reports a missing file as an error at its line and column', () => {
    const file = writeIssue(article(`          - 正文。\n          - images:\n              - image: here.png\n              - image: photos/missing.jpg\n`), { 'here.png': pngPhoto(800, 600) });
    const [d] = diagnosticsOf(() => check(file));
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('photos/missing.jpg'));
    expect(d).toMatchObject({ severity: 'error', file, line: line + 1, column: lines[line]!.indexOf('photos/missing.jpg') + 1 });
    expect(d!.message).toBe('cannot read image "photos/missing.jpg": no such file');
  });

  it('reports an unsupported or damaged file', () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    const file = writeIssue(article(`          - image: a.gif\n          - image: broken.jpg\n`), { 'a.gif': gif, 'broken.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]) });
    const msgs = diagnosticsOf(() => check(file)).map((d) => `${d.line}:${d.column} ${d.message}`);
    expect(msgs).toEqual([
      '10:20 cannot use image "a.gif": unsupported image format (a GIF file): save the photo as JPEG or PNG',
      '11:20 cannot use image "broken.jpg": a damaged JPEG file (no frame header)',
    ]);
  });
});

describe('photo files', () => {
  it('reads pixel sizes from JPEG and PNG headers', () => {
    expect(probePhoto(readFileSync(SAMPLE_JPEG))).toEqual({ format: 'jpeg', width: 1200, height: 750 });
    expect(probePhoto(pngPhoto(30, 20, true))).toEqual({ format: 'png', width: 30, height: 20 });
    expect(probePhoto(Buffer.alloc(0))).toEqual({ error: { id: 'photo-empty', params: {} } });
  });

  it('turns the size of a JPEG by its EXIF orientation, as the photo is seen', () => {
    const jpeg = readFileSync(SAMPLE_JPEG);
    // An APP1 segment: Exif, big-endian TIFF, one IFD entry Orientation (0x0112) = 6 (turn 90°).
    const tiff = Buffer.from([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
    const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, body.length + 2]), body]);
    const turned = Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
    expect(probePhoto(turned)).toEqual({ format: 'jpeg', width: 750, height: 1200 });
  });

  it('lists the image files an issue uses, once each, for a build cache to hash', () => {
    const file = writeIssue(
      article(`          - image: a.png\n          - images:\n              - image: b.jpg\n              - image: a.png\n`),
      { 'a.png': pngPhoto(40, 30), 'b.jpg': SAMPLE_JPEG },
    );
    const dir = path.dirname(file);
    expect(imageFiles(loadIssue(file))).toEqual([path.join(dir, 'a.png'), path.join(dir, 'b.jpg')]);
  });
});

describe('photos in the PDF', () => {
  const file = writeIssue(
    article(`          - image: photo.jpg\n            caption: 照片\n          - 正文。\n          - images:\n              - image: photo.jpg\n              - image: badge.png\n`),
    { 'photo.jpg': SAMPLE_JPEG, 'badge.png': pngPhoto(300, 300, true) },
  );
  const { document } = check(file);
  const pdf = renderPdf(document, fonts());

  it('embeds the JPEG file byte for byte, once however often it is drawn', async () => {
    const bytes = await pdf;
    const jpeg = readFileSync(SAMPLE_JPEG);
    const at = bytes.indexOf(jpeg);
    expect(at).toBeGreaterThan(0);
    expect(bytes.indexOf(jpeg, at + 1)).toBe(-1);
    expect(bytes.toString('latin1')).toMatch(/\/Filter \/DCTDecode/u);
  });

  it('gives the same bytes on every build', async () => {
    const again = await renderPdf(check(file).document, fonts());
    expect(again.equals(await pdf)).toBe(true);
  });

  it('draws a PNG with its transparency: the paper shows through its corners', async (ctx) => {
    const pdftoppm = requireTool('pdftoppm', 'poppler-utils');
    if (!pdftoppm.ok) return ctx.skip(pdftoppm.why);
    const bytes = await pdf;
    expect(bytes.toString('latin1')).toMatch(/\/SMask/u);
    const badge = document.pages.flatMap(images).find((i) => i.format === 'png')!;
    const page = document.pages.findIndex((p) => p.items.includes(badge)) + 1;
    const dpi = 50;
    const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-'], { input: bytes });
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/u.exec(ppm.toString('latin1', 0, 40))!;
    const width = Number(header[1]);
    const data = ppm.subarray(header[0].length);
    const pixel = (xMm: number, yMm: number) => {
      const i = (Math.round((yMm / 25.4) * dpi) * width + Math.round((xMm / 25.4) * dpi)) * 3;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    };
    const corner = pixel(badge.x + badge.width * 0.08, badge.y + badge.height * 0.08);
    const centre = pixel(badge.x + badge.width / 2, badge.y + badge.height / 2);
    expect(corner.every((v) => v > 240)).toBe(true); // transparent: white paper, not black
    expect(centre[0]).toBeGreaterThan(180); // the red disc
    expect(centre[1]).toBeLessThan(80);
  });
});
