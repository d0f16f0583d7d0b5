/**
 * A small reader of what font discovery needs from an OpenType/TrueType file or collection: the
 * table directory and the `name` table of each face, read by hand with a few positioned reads, so a
 * 20 MB CJK font is never parsed (or even read) whole while scanning folders.
 */
import { closeSync, readSync } from 'node:fs';
import { LIMITS, openRegular } from '../files/read.js';

/** Names of one face, all languages and platforms, as written in the font. */
export interface FaceNames {
  /** Index of the face in a collection (0 for a single font). */
  index: number;
  postscriptName: string;
  /** Family names: nameID 1 (the family fontkit reports) and 16 (typographic family), every language. */
  families: string[];
  /** Full names: nameID 4, every language. */
  fullNames: string[];
  /** Subfamily (style) names: nameID 2 and 17, English first. */
  styles: string[];
  /** The face is one of several in a collection (.ttc/.otc): it must be opened by PostScript name. */
  collection: boolean;
  /** Outline format: 'cff' (OpenType-CFF) or 'truetype' (glyf). */
  outlines: 'cff' | 'truetype' | 'unknown';
}

export class NotAFontError extends Error {}

const dec16 = new TextDecoder('utf-16be');
const decGbk = new TextDecoder('gb18030');
const decLatin1 = new TextDecoder('latin1');

/** Decodes a name record's bytes, or null for encodings fonts do not use for Chinese or English names. */
export function decodeName(platform: number, encoding: number, bytes: Uint8Array): string | null {
  if (platform === 0 || (platform === 3 && (encoding === 0 || encoding === 1 || encoding === 10))) return dec16.decode(bytes);
  if (platform === 3 && encoding === 3) {
    // PRC encoding: GBK bytes stored in 16-bit units (old Chinese fonts); drop the zero high bytes.
    const packed: number[] = [];
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      if (bytes[i] !== 0) packed.push(bytes[i]!);
      packed.push(bytes[i + 1]!);
    }
    return decGbk.decode(Uint8Array.from(packed));
  }
  if (platform === 1 && encoding === 0) return decLatin1.decode(bytes);
  if (platform === 1 && encoding === 25) return decGbk.decode(bytes);
  return null;
}

class Reader {
  constructor(private readonly fd: number) {}

  read(offset: number, length: number): Buffer {
    const buf = Buffer.alloc(length);
    const got = readSync(this.fd, buf, 0, length, offset);
    if (got < length) throw new NotAFontError('truncated font file');
    return buf;
  }
}

interface TableRecord {
  offset: number;
  length: number;
}

function tableDirectory(r: Reader, at: number): Map<string, TableRecord> {
  const head = r.read(at, 12);
  const version = head.readUInt32BE(0);
  if (version !== 0x00010000 && version !== 0x4f54544f /* OTTO */ && version !== 0x74727565 /* true */) {
    throw new NotAFontError('not an OpenType or TrueType font');
  }
  const n = head.readUInt16BE(4);
  if (n === 0 || n > 200) throw new NotAFontError('implausible table directory');
  const dir = r.read(at + 12, n * 16);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < n; i++) {
    tables.set(dir.toString('latin1', i * 16, i * 16 + 4), { offset: dir.readUInt32BE(i * 16 + 8), length: dir.readUInt32BE(i * 16 + 12) });
  }
  return tables;
}

const WANTED = new Set([1, 2, 4, 6, 16, 17]);

function faceNames(r: Reader, at: number, index: number, collection: boolean): FaceNames {
  const tables = tableDirectory(r, at);
  const nameRec = tables.get('name');
  if (!nameRec) throw new NotAFontError('font without a name table');
  const table = r.read(nameRec.offset, nameRec.length);
  const count = table.readUInt16BE(2);
  const strings = table.readUInt16BE(4);
  const byId = new Map<number, { english: boolean; value: string }[]>();
  for (let i = 0; i < count; i++) {
    const rec = 6 + i * 12;
    if (rec + 12 > table.length) break;
    const platform = table.readUInt16BE(rec);
    const encoding = table.readUInt16BE(rec + 2);
    const language = table.readUInt16BE(rec + 4);
    const id = table.readUInt16BE(rec + 6);
    const length = table.readUInt16BE(rec + 8);
    const offset = strings + table.readUInt16BE(rec + 10);
    if (!WANTED.has(id) || offset + length > table.length) continue;
    const value = decodeName(platform, encoding, table.subarray(offset, offset + length))?.replace(/\0+$/u, '').trim();
    if (!value) continue;
    const english = (platform === 3 && language === 0x409) || (platform === 1 && language === 0);
    const list = byId.get(id) ?? [];
    if (!list.some((v) => v.value === value)) list.push({ english, value });
    byId.set(id, list);
  }
  // English names first, so that messages and listings read the same everywhere.
  const all = (...ids: number[]) => [...new Set(ids.flatMap((id) => (byId.get(id) ?? []).sort((a, b) => Number(b.english) - Number(a.english)).map((v) => v.value)))];
  const ps = all(6)[0] ?? all(4)[0] ?? '';
  return {
    index,
    collection,
    postscriptName: ps.replace(/\s+/gu, ''),
    families: all(1, 16),
    fullNames: all(4),
    styles: all(17, 2),
    outlines: tables.has('CFF ') || tables.has('CFF2') ? 'cff' : tables.has('glyf') ? 'truetype' : 'unknown',
  };
}

/** The names of every face of a font file (one for a single font, several for a .ttc/.otc). */
export function readFaceNames(file: string): FaceNames[] {
  // Never blocks on a pipe, never reads a device: only a regular file within the font limit.
  const opened = openRegular(file, LIMITS.font);
  if ('failure' in opened) throw new NotAFontError(`cannot read: ${opened.failure.reason === 'not-regular' ? 'not a regular file (a pipe or a device)' : opened.failure.reason}`);
  const fd = opened.fd;
  try {
    const r = new Reader(fd);
    const head = r.read(0, 12);
    if (head.toString('latin1', 0, 4) === 'ttcf') {
      const n = head.readUInt32BE(8);
      if (n === 0 || n > 1000) throw new NotAFontError('implausible collection header');
      const offsets = r.read(12, n * 4);
      return Array.from({ length: n }, (_, i) => faceNames(r, offsets.readUInt32BE(i * 4), i, true));
    }
    return [faceNames(r, 0, 0, false)];
  } catch (e) {
    if (e instanceof NotAFontError) throw e;
    throw new NotAFontError(`unreadable font: ${(e as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether face `index` of a font file declares Chinese in its OS/2 table: the GB2312 or Big5 code
 * page (bits 18, 20 of ulCodePageRange1), or in a table too old for code pages the CJK Unified
 * Ideographs bit of ulUnicodeRange (bit 59). What `bulletin fonts --list` lists; false for a file
 * it cannot read.
 */
export function declaresChinese(file: string, index = 0): boolean {
  const opened = openRegular(file, LIMITS.font); // never blocks on a pipe
  if ('failure' in opened) return false;
  const fd = opened.fd;
  try {
    const r = new Reader(fd);
    const head = r.read(0, 12);
    const at = head.toString('latin1', 0, 4) === 'ttcf' ? r.read(12 + index * 4, 4).readUInt32BE(0) : 0;
    const os2 = tableDirectory(r, at).get('OS/2');
    if (!os2 || os2.length < 58) return false;
    const t = r.read(os2.offset, Math.min(os2.length, 86));
    // The code pages, where given, decide: some Latin fonts (DejaVu Math TeX Gyre) set the ideographs bit wrongly.
    if (t.readUInt16BE(0) >= 1 && t.length >= 82) return (t.readUInt32BE(78) & ((1 << 18) | (1 << 20))) !== 0;
    return ((t.readUInt32BE(46) >>> 27) & 1) === 1; // ulUnicodeRange2 holds bits 32–63: 59 is its 27th
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
