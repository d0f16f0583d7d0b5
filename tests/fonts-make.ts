/**
 * Test fonts with given names, made in the tests rather than taken from the machine:
 * - `renameFont`: a copy of a font (e.g. a bundled Fandol OTF) with a new `name` table — the table
 *   rebuilt, the directory, offsets and checksums fixed;
 * - `makeTrueType`: a small TrueType (glyf) font whose glyphs are boxes with the advances and ink of
 *   a model face, in another units-per-em and em box (like 仿宋_GB2312 against FandolFang);
 * - `makeCollection`: a .ttc of several fonts.
 */
import type { Face } from '../src/fonts/face.js';

export interface TestNames {
  /** English family (nameID 1, 16), also used for the full name when none is given. */
  family: string;
  /** Chinese family, written as a zh-CN (0x0804) record. */
  familyZh?: string;
  postscript: string;
  style?: string;
}

type Tables = Map<string, Buffer>;

/** The tables of the font at `offset` (0, or a face's offset inside a collection). */
export function readTables(font: Buffer, offset = 0): Tables {
  const n = font.readUInt16BE(offset + 4);
  const tables: Tables = new Map();
  for (let i = 0; i < n; i++) {
    const rec = offset + 12 + i * 16;
    const start = font.readUInt32BE(rec + 8);
    tables.set(font.toString('latin1', rec, rec + 4), font.subarray(start, start + font.readUInt32BE(rec + 12)));
  }
  return tables;
}

function checksum(b: Buffer): number {
  let sum = 0;
  const whole = b.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!)) >>> 0;
  // The last 1–3 bytes count as a word padded with zeros.
  if (whole < b.length) sum = (sum + (((b[whole]! << 24) | ((b[whole + 1] ?? 0) << 16) | ((b[whole + 2] ?? 0) << 8)) >>> 0)) >>> 0;
  return sum;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Writes a table directory and its tables; `base` is where this font starts in the file (collections). */
function layoutFont(tables: Tables, flavor: number, base: number): { directory: Buffer; body: Buffer[]; size: number } {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const directory = Buffer.alloc(12 + 16 * n);
  const entry = 2 ** Math.floor(Math.log2(n));
  directory.writeUInt32BE(flavor, 0);
  directory.writeUInt16BE(n, 4);
  directory.writeUInt16BE(entry * 16, 6);
  directory.writeUInt16BE(Math.log2(entry), 8);
  directory.writeUInt16BE(n * 16 - entry * 16, 10);
  let at = base + directory.length;
  const body: Buffer[] = [];
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    directory.write(tag, 12 + i * 16, 'latin1');
    directory.writeUInt32BE(checksum(data), 12 + i * 16 + 4);
    directory.writeUInt32BE(at, 12 + i * 16 + 8);
    directory.writeUInt32BE(data.length, 12 + i * 16 + 12);
    body.push(data, Buffer.alloc(pad4(data.length) - data.length));
    at += pad4(data.length);
  });
  return { directory, body, size: at - base };
}

/** A complete font file from its tables, with head.checkSumAdjustment set. */
export function writeFont(tables: Tables, flavor: number): Buffer {
  const head = Buffer.from(tables.get('head')!);
  head.writeUInt32BE(0, 8);
  tables.set('head', head);
  const { directory, body } = layoutFont(tables, flavor, 0);
  const font = Buffer.concat([directory, ...body]);
  const headRecord = [...tables.keys()].sort().indexOf('head');
  const headAt = directory.readUInt32BE(12 + headRecord * 16 + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

/** A `name` table (format 0) with English (Windows, en-US) and, if given, Chinese (zh-CN) records. */
export function nameTable(names: TestNames): Buffer {
  const style = names.style ?? 'Regular';
  const full = style === 'Regular' ? names.family : `${names.family} ${style}`;
  const records: { lang: number; id: number; value: string }[] = [
    { lang: 0x409, id: 1, value: names.family },
    { lang: 0x409, id: 2, value: style },
    { lang: 0x409, id: 4, value: full },
    { lang: 0x409, id: 6, value: names.postscript },
  ];
  if (names.familyZh) records.push({ lang: 0x804, id: 1, value: names.familyZh }, { lang: 0x804, id: 2, value: style }, { lang: 0x804, id: 4, value: names.familyZh });
  records.sort((a, b) => a.lang - b.lang || a.id - b.id);
  const strings = records.map((r) => Buffer.from(r.value, 'utf16le').swap16());
  const head = Buffer.alloc(6 + records.length * 12);
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(records.length, 2);
  head.writeUInt16BE(head.length, 4);
  let offset = 0;
  records.forEach((r, i) => {
    const at = 6 + i * 12;
    head.writeUInt16BE(3, at);
    head.writeUInt16BE(1, at + 2);
    head.writeUInt16BE(r.lang, at + 4);
    head.writeUInt16BE(r.id, at + 6);
    head.writeUInt16BE(strings[i]!.length, at + 8);
    head.writeUInt16BE(offset, at + 10);
    offset += strings[i]!.length;
  });
  return Buffer.concat([head, ...strings]);
}

/** A copy of `font` (OTF or TTF) with a new name table. */
export function renameFont(font: Buffer, names: TestNames): Buffer {
  const tables = readTables(font);
  tables.set('name', nameTable(names));
  return writeFont(tables, font.readUInt32BE(0));
}

/** A collection (.ttc) of fonts, each keeping its own tables. */
export function makeCollection(fonts: Buffer[]): Buffer {
  const header = Buffer.alloc(12 + 4 * fonts.length);
  header.write('ttcf', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(fonts.length, 8);
  const parts: Buffer[] = [header];
  let at = header.length;
  fonts.forEach((font, i) => {
    header.writeUInt32BE(at, 12 + i * 4);
    const { directory, body, size } = layoutFont(readTables(font), font.readUInt32BE(0), at);
    parts.push(directory, ...body);
    at += size;
  });
  return Buffer.concat(parts);
}

export interface TrueTypeOptions {
  names: TestNames;
  unitsPerEm: number;
  /** OS/2 typo ascender and descender (descender negative), in the new units. */
  ascender: number;
  descender: number;
  /** Characters to include, measured from `model` and scaled to `unitsPerEm`. */
  chars: Iterable<string>;
  model: Face;
}

const int16 = (v: number) => Math.max(-32768, Math.min(32767, Math.round(v)));

/** A TrueType font of box glyphs with `model`'s advances and ink extents (horizontal and vertical). */
export function makeTrueType(opts: TrueTypeOptions): Buffer {
  const { unitsPerEm: upem, model } = opts;
  const k = upem / model.unitsPerEm;
  const cps = [...new Set([...opts.chars].map((c) => c.codePointAt(0)!))].filter((cp) => model.has(cp)).sort((a, b) => a - b);
  interface G { advance: number; box: [number, number, number, number] | null }
  const glyphs: G[] = [{ advance: upem / 2, box: [upem * 0.05, opts.descender, upem * 0.45, opts.ascender] }];
  for (const cp of cps) {
    const g = model.font.glyphForCodePoint(cp);
    const b = g.bbox;
    const empty = !Number.isFinite(b.minX) || b.maxX <= b.minX || b.maxY <= b.minY;
    glyphs.push({ advance: Math.round(g.advanceWidth * k), box: empty ? null : [b.minX * k, b.minY * k, b.maxX * k, b.maxY * k].map(int16) as [number, number, number, number] });
  }
  const glyf: Buffer[] = [];
  const loca = Buffer.alloc((glyphs.length + 1) * 4);
  let at = 0;
  const bounds = [0, 0, 0, 0];
  glyphs.forEach((g, i) => {
    loca.writeUInt32BE(at, i * 4);
    if (!g.box) return;
    const [x0, y0, x1, y1] = g.box;
    bounds[0] = Math.min(bounds[0]!, x0);
    bounds[1] = Math.min(bounds[1]!, y0);
    bounds[2] = Math.max(bounds[2]!, x1);
    bounds[3] = Math.max(bounds[3]!, y1);
    const b = Buffer.alloc(12 + 2 + 4 + 4 * 2 * 2);
    b.writeInt16BE(1, 0);
    [x0, y0, x1, y1].forEach((v, j) => b.writeInt16BE(v, 2 + j * 2));
    b.writeUInt16BE(3, 10); // end point of the contour
    b.writeUInt16BE(0, 12); // no instructions
    b.fill(1, 14, 18); // four on-curve points, full 16-bit coordinates
    const xs = [x0, x0, x1, x1];
    const ys = [y0, y1, y1, y0];
    xs.forEach((x, j) => b.writeInt16BE(x - (j ? xs[j - 1]! : 0), 18 + j * 2));
    ys.forEach((y, j) => b.writeInt16BE(y - (j ? ys[j - 1]! : 0), 26 + j * 2));
    glyf.push(b);
    at += b.length;
  });
  loca.writeUInt32BE(at, glyphs.length * 4);

  const head = Buffer.alloc(54);
  head.writeUInt32BE(0x00010000, 0);
  head.writeUInt32BE(0x00010000, 4);
  head.writeUInt32BE(0x5f0f3cf5, 12);
  head.writeUInt16BE(0x000b, 16);
  head.writeUInt16BE(upem, 18);
  bounds.forEach((v, j) => head.writeInt16BE(v, 36 + j * 2));
  head.writeUInt16BE(8, 46);
  head.writeInt16BE(2, 48);
  head.writeInt16BE(1, 50); // long loca

  const hhea = Buffer.alloc(36);
  hhea.writeUInt32BE(0x00010000, 0);
  hhea.writeInt16BE(opts.ascender, 4);
  hhea.writeInt16BE(opts.descender, 6);
  hhea.writeUInt16BE(Math.max(...glyphs.map((g) => g.advance)), 10);
  hhea.writeInt16BE(bounds[2]!, 16);
  hhea.writeInt16BE(1, 18);
  hhea.writeUInt16BE(glyphs.length, 34);

  const maxp = Buffer.alloc(32);
  maxp.writeUInt32BE(0x00010000, 0);
  maxp.writeUInt16BE(glyphs.length, 4);
  maxp.writeUInt16BE(4, 6);
  maxp.writeUInt16BE(1, 8);
  maxp.writeUInt16BE(2, 14);

  const os2 = Buffer.alloc(96);
  os2.writeUInt16BE(4, 0);
  os2.writeInt16BE(upem / 2, 2);
  os2.writeUInt16BE(400, 4);
  os2.writeUInt16BE(5, 6);
  os2.write('TEST', 58, 'latin1');
  os2.writeUInt16BE(0x40, 62);
  os2.writeUInt16BE(Math.min(cps[0] ?? 0, 0xffff), 64);
  os2.writeUInt16BE(Math.min(cps[cps.length - 1] ?? 0, 0xffff), 66);
  os2.writeInt16BE(opts.ascender, 68);
  os2.writeInt16BE(opts.descender, 70);
  os2.writeUInt16BE(bounds[3]!, 74);
  os2.writeUInt16BE(-bounds[1]!, 76);
  os2.writeUInt32BE(0x00040000, 78); // code page: GB2312
  os2.writeInt16BE(Math.round(upem * 0.5), 86);
  os2.writeInt16BE(Math.round(upem * 0.7), 88);

  const hmtx = Buffer.alloc(glyphs.length * 4);
  glyphs.forEach((g, i) => {
    hmtx.writeUInt16BE(g.advance, i * 4);
    hmtx.writeInt16BE(g.box?.[0] ?? 0, i * 4 + 2);
  });

  // cmap: one format 12 subtable (Windows, full Unicode), one group per character.
  const cmap = Buffer.alloc(12 + 16 + cps.length * 12);
  cmap.writeUInt16BE(0, 0);
  cmap.writeUInt16BE(1, 2);
  cmap.writeUInt16BE(3, 4);
  cmap.writeUInt16BE(10, 6);
  cmap.writeUInt32BE(12, 8);
  cmap.writeUInt16BE(12, 12);
  cmap.writeUInt32BE(16 + cps.length * 12, 16);
  cmap.writeUInt32BE(cps.length, 24);
  cps.forEach((cp, i) => {
    cmap.writeUInt32BE(cp, 28 + i * 12);
    cmap.writeUInt32BE(cp, 32 + i * 12);
    cmap.writeUInt32BE(i + 1, 36 + i * 12);
  });

  const post = Buffer.alloc(32);
  post.writeUInt32BE(0x00030000, 0);
  post.writeInt16BE(-Math.round(upem * 0.1), 8);
  post.writeInt16BE(Math.round(upem * 0.05), 10);

  const tables: Tables = new Map([
    ['head', head], ['hhea', hhea], ['maxp', maxp], ['OS/2', os2], ['hmtx', hmtx], ['cmap', cmap],
    ['loca', loca], ['glyf', Buffer.concat(glyf)], ['name', nameTable(opts.names)], ['post', post],
  ]);
  return writeFont(tables, 0x00010000);
}
