/**
 * What a photo file is, from its first bytes: JPEG (size from the SOF marker, turned by its EXIF
 * orientation) or PNG (size from IHDR). Only forms a PDF can carry are accepted: baseline or
 * progressive JPEG in grey, RGB or CMYK; PNG of any colour type, 8 or 16 bits, with or without alpha.
 */
import { msg, type Localised } from '../diagnostics/messages.js';

export interface PhotoFormat {
  format: 'jpeg' | 'png';
  /** Pixels across and down, as the photo is seen (after EXIF rotation). */
  width: number;
  height: number;
}

/** A photo's format and size, or what is wrong with it (a catalogue message; the caller adds the file). */
export type PhotoProbe = PhotoFormat | { error: Localised };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function probePhoto(bytes: Buffer): PhotoProbe {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return probeJpeg(bytes);
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return probePng(bytes);
  if (bytes.length === 0) return { error: msg('photo-empty') };
  const kind = /^GIF8/u.test(bytes.subarray(0, 4).toString('latin1'))
    ? 'GIF'
    : bytes.subarray(8, 12).toString('latin1') === 'WEBP'
      ? 'WebP'
      : /^(II\*\0|MM\0\*)/u.test(bytes.subarray(0, 4).toString('latin1'))
        ? 'TIFF'
        : '';
  return { error: msg('photo-format', { kind }) };
}

function probePng(b: Buffer): PhotoProbe {
  if (b.length < 33 || b.subarray(12, 16).toString('latin1') !== 'IHDR') return { error: msg('photo-png-damaged', { part: 'header' }) };
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const depth = b[24]!;
  const colour = b[25]!;
  if (width === 0 || height === 0) return { error: msg('photo-png-empty') };
  if (![0, 2, 3, 4, 6].includes(colour) || ![1, 2, 4, 8, 16].includes(depth)) return { error: msg('photo-png-damaged', { part: 'type' }) };
  return { format: 'png', width, height };
}

/** SOF markers a PDF's DCTDecode filter reads: baseline, extended sequential, progressive. */
const READABLE_SOF = new Set([0xc0, 0xc1, 0xc2]);
/** Other SOF markers: lossless or arithmetic-coded JPEG, which PDF readers do not display. */
const OTHER_SOF = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function probeJpeg(b: Buffer): PhotoProbe {
  let pos = 2;
  let orientation = 1;
  while (pos + 4 <= b.length) {
    if (b[pos] !== 0xff) return { error: msg('photo-jpeg-damaged', { part: 'marker' }) };
    const marker = b[pos + 1]!;
    if (marker === 0xff) {
      pos++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // image data before any frame header
    const length = b.readUInt16BE(pos + 2);
    if (length < 2 || pos + 2 + length > b.length) break;
    if (marker === 0xe1) orientation = exifOrientation(b.subarray(pos + 4, pos + 2 + length)) ?? orientation;
    if (READABLE_SOF.has(marker)) {
      if (length < 8) break;
      const bits = b[pos + 4]!;
      const height = b.readUInt16BE(pos + 5);
      const width = b.readUInt16BE(pos + 7);
      const components = b[pos + 9]!;
      if (bits !== 8) return { error: msg('photo-jpeg-bits', { bits }) };
      if (![1, 3, 4].includes(components)) return { error: msg('photo-jpeg-components', { components }) };
      if (width === 0 || height === 0) return { error: msg('photo-jpeg-no-size') };
      return orientation > 4 ? { format: 'jpeg', width: height, height: width } : { format: 'jpeg', width, height };
    }
    if (OTHER_SOF.has(marker)) return { error: msg('photo-jpeg-lossless') };
    pos += 2 + length;
  }
  return { error: msg('photo-jpeg-damaged', { part: 'frame' }) };
}

/** The EXIF orientation tag (1–8) of an APP1 segment's body, if it has one. */
function exifOrientation(app1: Buffer): number | undefined {
  if (app1.length < 14 || app1.subarray(0, 6).toString('latin1') !== 'Exif\0\0') return undefined;
  const tiff = app1.subarray(6);
  const le = tiff.subarray(0, 2).toString('latin1') === 'II';
  if (!le && tiff.subarray(0, 2).toString('latin1') !== 'MM') return undefined;
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 0x0112) {
      const v = u16(entry + 8);
      return v >= 1 && v <= 8 ? v : undefined;
    }
  }
  return undefined;
}
