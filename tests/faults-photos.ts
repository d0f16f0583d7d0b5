/**
 * Hostile and damaged photo files for the fault-injection suite, made here byte by byte (the
 * oracle is the PNG and JPEG specifications, not the checker): a decompression bomb, chunks with
 * bad CRCs, image data that inflates past its declared size, truncated and header-only JPEGs.
 */
import { createDeflate, crc32, deflateSync } from 'node:zlib';

const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

const ihdr = (width: number, height: number, colour = 6, depth = 8): Buffer => {
  const b = Buffer.alloc(13);
  b.writeUInt32BE(width, 0);
  b.writeUInt32BE(height, 4);
  b[8] = depth;
  b[9] = colour;
  return b;
};

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG of `width` × `height` RGBA pixels from zlib data `idat`. */
export const pngOf = (width: number, height: number, idat: Buffer): Buffer =>
  Buffer.concat([SIGNATURE, chunk('IHDR', ihdr(width, height)), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);

/** A small valid RGBA PNG (grey pixels, filter 0 on every row). */
export function smallPng(width = 40, height = 30): Buffer {
  const raw = Buffer.alloc(height * (1 + width * 4), 0x80);
  for (let y = 0; y < height; y++) raw[y * (1 + width * 4)] = 0;
  return pngOf(width, height, deflateSync(raw));
}

/** `rows` rows of `rowBytes` zero bytes (filter 0), deflated in a stream: the memory stays small. */
export async function zeroRows(rows: number, rowBytes: number): Promise<Buffer> {
  const z = createDeflate({ level: 1 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => z.on('end', resolve));
  const row = Buffer.alloc(rowBytes + 1);
  const block = Buffer.concat(Array.from({ length: 64 }, () => row));
  for (let y = 0; y < rows; y += 64) {
    const n = Math.min(64, rows - y);
    if (!z.write(n === 64 ? block : block.subarray(0, n * row.length))) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}

/** The classic bomb: 12000 × 12000 RGBA pixels (576 MB decoded) in about half a megabyte. */
export async function pngBomb(side = 12000): Promise<Buffer> {
  return pngOf(side, side, await zeroRows(side, side * 4));
}

/** A PNG that declares 100 × 100 pixels but whose data inflates to 200 MB: a bomb the header hides. */
export async function pngLyingBomb(): Promise<Buffer> {
  return pngOf(100, 100, await zeroRows(50_000, 4000));
}

/** A valid PNG with one byte of its image data changed: the IDAT CRC no longer matches. */
export function pngBadCrc(): Buffer {
  const b = Buffer.from(smallPng());
  const idat = b.indexOf('IDAT', 0, 'latin1');
  b[idat + 6] ^= 0xff;
  return b;
}

/** A PNG whose image data is not zlib (with a correct CRC): only decoding finds it. */
export function pngCorruptIdat(): Buffer {
  return pngOf(40, 30, Buffer.from('this is not deflate data at all, but the CRC is right'));
}

/** A minimal baseline JPEG: SOI, DQT, SOF0, DHT, SOS with a few bytes of scan data, EOI. */
export function smallJpeg(): Buffer {
  const seg = (marker: number, body: Buffer) => {
    const h = Buffer.from([0xff, marker, 0, 0]);
    h.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([h, body]);
  };
  const dqt = seg(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]));
  const sof = seg(0xc0, Buffer.from([8, 0, 16, 0, 16, 1, 1, 0x11, 0]));
  const dht = seg(0xc4, Buffer.concat([Buffer.from([0, 0, 1]), Buffer.alloc(14), Buffer.from([0])]));
  const sos = seg(0xda, Buffer.from([1, 1, 0, 0, 63, 0]));
  return Buffer.concat([Buffer.from([0xff, 0xd8]), dqt, sof, dht, sos, Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56]), Buffer.from([0xff, 0xd9])]);
}

/** A JPEG cut in the middle of its scan data (a failed download). */
export const jpegTruncated = (): Buffer => smallJpeg().subarray(0, smallJpeg().length - 4);

/** A JPEG of headers only: SOI, the tables and the frame header, then EOI, no scan. */
export function jpegHeaderOnly(): Buffer {
  const j = smallJpeg();
  const sos = j.indexOf(Buffer.from([0xff, 0xda]));
  return Buffer.concat([j.subarray(0, sos), Buffer.from([0xff, 0xd9])]);
}
