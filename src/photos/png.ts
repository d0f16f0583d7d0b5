/**
 * A PNG file checked through to its end before layout: every chunk inside the file with a correct
 * CRC, IHDR first with a valid size and form, a palette where one is needed, the image data in one
 * run, IEND last; then the image data inflated — never past the size IHDR declares (so a
 * decompression bomb stops there) — to exactly that size, every row with a valid filter byte.
 * The declared pixel count is held to the limit before anything is inflated.
 */
import { crc32, inflateSync } from 'node:zlib';
import type { PhotoProblem } from './problems.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
/** Adam7: for each pass, the first column and row and the steps between them. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Rows of each pass (one pass unless interlaced) as [rows, bytes per row without the filter byte]. */
function passes(width: number, height: number, bitsPerPixel: number, interlaced: boolean): [number, number][] {
  const bytes = (w: number) => Math.ceil((w * bitsPerPixel) / 8);
  if (!interlaced) return [[height, bytes(width)]];
  return ADAM7.map(([x0, y0, dx, dy]) => {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    return (w > 0 && h > 0 ? [h, bytes(w)] : [0, 0]) as [number, number];
  }).filter(([h]) => h > 0);
}

export function checkPng(b: Buffer, maxPixels: number): PhotoProblem | null {
  if (b.length < 8 || !b.subarray(0, 8).equals(SIGNATURE)) return { damage: 'png-signature' };
  let pos = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlaced: boolean } | undefined;
  let palette = false;
  const data: Buffer[] = [];
  let dataEnded = false;
  for (;;) {
    if (pos + 12 > b.length) return { damage: 'png-truncated' };
    const length = b.readUInt32BE(pos);
    const type = b.toString('latin1', pos + 4, pos + 8);
    if (length > 0x7fffffff || pos + 12 + length > b.length) return { damage: 'png-truncated' };
    if (!/^[A-Za-z]{4}$/u.test(type)) return { damage: 'png-chunk' };
    const body = b.subarray(pos + 8, pos + 8 + length);
    if (crc32(b.subarray(pos + 4, pos + 8 + length)) !== b.readUInt32BE(pos + 8 + length)) return { damage: 'png-crc', chunk: type };
    pos += 12 + length;
    if (!header) {
      if (type !== 'IHDR' || length !== 13) return { damage: 'png-header' };
      const [width, height, depth, colour, compression, filter, interlace] = [body.readUInt32BE(0), body.readUInt32BE(4), body[8]!, body[9]!, body[10]!, body[11]!, body[12]!];
      if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return { damage: 'png-header' };
      if (!DEPTHS[colour]?.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1) return { damage: 'png-header' };
      if (width * height > maxPixels) return { pixels: { width, height } };
      header = { width, height, depth, colour, interlaced: interlace === 1 };
      continue;
    }
    if (type === 'IHDR') return { damage: 'png-chunk' };
    if (type === 'PLTE') palette = true;
    if (type === 'IDAT') {
      if (dataEnded) return { damage: 'png-chunk' };
      data.push(body);
    } else if (data.length) dataEnded = true;
    if (type === 'IEND') break;
  }
  if (!data.length) return { damage: 'png-no-data' };
  if (header.colour === 3 && !palette) return { damage: 'png-palette' };
  const rows = passes(header.width, header.height, header.depth * CHANNELS[header.colour]!, header.interlaced);
  const expected = rows.reduce((n, [h, w]) => n + h * (w + 1), 0);
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(data), { maxOutputLength: expected });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { damage: 'png-too-much-data' };
    return { damage: 'png-inflate' };
  }
  if (pixels.length !== expected) return { damage: 'png-short-data' };
  let at = 0;
  for (const [h, w] of rows) {
    for (let y = 0; y < h; y++, at += w + 1) if (pixels[at]! > 4) return { damage: 'png-filter' };
  }
  return null;
}
