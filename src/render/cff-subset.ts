/**
 * Writes the CFF table of a subset of a CID-keyed font (every CJK OpenType font; name-keyed fonts
 * are left to fontkit) whose charstrings are flattened (desubroutinize.ts): no subroutines, glyph i
 * of the subset is CID i. The bytes are those fontkit's CFF subset encoder
 * writes for it (tests/cff-subset.test.ts compares them for every bundled face), laid out as fontkit
 * lays it out:
 *
 *   header · Name INDEX · Top DICT INDEX · String INDEX · Global Subr INDEX (empty)
 *   charset · CharStrings INDEX · FDSelect · Font DICT INDEX (FDArray) · a Private DICT per font DICT
 *
 * with every offset in a DICT written as a 5-byte integer. fontkit's encoder is generic (it sizes
 * and writes every structure through its `restructure` types, and loading fontkit costs a cold
 * build ~9 ms); this one writes the few structures a subset has directly.
 *
 * DICT operators (key, name, default; a value equal to the default is left out) are listed in the
 * order fontkit writes them; keys and defaults are those of Adobe TN 5176 (The CFF Font Format).
 */

type Dict = Record<string, unknown>;

/** What the writer reads of a CFF table (CffOutlines, or fontkit's parsed table). */
export interface CffSource {
  hdrSize: number;
  postscriptName: string;
  isCIDFont: boolean;
  topDict: Dict & { FDArray?: Dict[] };
  string(sid: number | null | undefined): string | undefined | null;
  fdForGlyph(gid: number): number | null;
}

type Op = [key: number[], name: string, fallback: unknown];
const op = (key: number | number[], name: string, fallback: unknown = null): Op => [typeof key === 'number' ? [key] : key, name, fallback];

/** The pointer operators: written by the layout, never copied. */
const CHARSET = 'charset';
const CHARSTRINGS = 'CharStrings';
const FDSELECT = 'FDSelect';
const FDARRAY = 'FDArray';
const PRIVATE = 'Private';

const TOP_DICT: Op[] = [
  op([12, 30], 'ROS'), op(0, 'version'), op(1, 'Notice'), op([12, 0], 'Copyright'), op(2, 'FullName'), op(3, 'FamilyName'),
  op(4, 'Weight'), op([12, 1], 'isFixedPitch', false), op([12, 2], 'ItalicAngle', 0), op([12, 3], 'UnderlinePosition', -100),
  op([12, 4], 'UnderlineThickness', 50), op([12, 5], 'PaintType', 0), op([12, 6], 'CharstringType', 2),
  op([12, 7], 'FontMatrix', [0.001, 0, 0, 0.001, 0, 0]), op(13, 'UniqueID'), op(5, 'FontBBox', [0, 0, 0, 0]),
  op([12, 8], 'StrokeWidth', 0), op(14, 'XUID'), op(15, CHARSET), op(16, 'Encoding'), op(17, CHARSTRINGS), op(18, PRIVATE),
  op([12, 20], 'SyntheticBase'), op([12, 21], 'PostScript'), op([12, 22], 'BaseFontName'), op([12, 23], 'BaseFontBlend'),
  op([12, 31], 'CIDFontVersion', 0), op([12, 32], 'CIDFontRevision', 0), op([12, 33], 'CIDFontType', 0),
  op([12, 34], 'CIDCount', 8720), op([12, 35], 'UIDBase'), op([12, 37], FDSELECT), op([12, 36], FDARRAY), op([12, 38], 'FontName'),
];
const FONT_DICT: Op[] = [op(18, PRIVATE), op([12, 38], 'FontName'), op([12, 7], 'FontMatrix', [0.001, 0, 0, 0.001, 0, 0]), op([12, 5], 'PaintType', 0)];
const PRIVATE_DICT: Op[] = [
  op(6, 'BlueValues'), op(7, 'OtherBlues'), op(8, 'FamilyBlues'), op(9, 'FamilyOtherBlues'), op([12, 9], 'BlueScale', 0.039625),
  op([12, 10], 'BlueShift', 7), op([12, 11], 'BlueFuzz', 1), op(10, 'StdHW'), op(11, 'StdVW'), op([12, 12], 'StemSnapH'),
  op([12, 13], 'StemSnapV'), op([12, 14], 'ForceBold', false), op([12, 17], 'LanguageGroup', 0), op([12, 18], 'ExpansionFactor', 0.06),
  op([12, 19], 'initialRandomSeed', 0), op(20, 'defaultWidthX', 0), op(21, 'nominalWidthX', 0), op(22, 'vsindex', 0),
  // blend (23) is never written; Subrs (19) is null: flattened subsets have no subroutines
];

/** An offset operand: always 5 bytes (29 + int32), so a DICT's size does not depend on where things land. */
class Offset {
  constructor(public at = 0) {}
}

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i])));

/** A growing byte buffer. */
class Bytes {
  private buf: Uint8Array;
  length = 0;
  constructor(size = 256) {
    this.buf = new Uint8Array(size);
  }
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buf.subarray(0, this.length));
    this.buf = grown;
  }
  u8(v: number): void {
    this.room(1);
    this.buf[this.length++] = v;
  }
  uint(v: number, size: number): void {
    this.room(size);
    for (let s = size - 1; s >= 0; s--) this.buf[this.length++] = (v >>> (8 * s)) & 0xff;
  }
  /** An INDEX's offsets: 1, then the end of each item, `size` bytes each, big-endian. */
  offsets(items: Uint8Array[], size: number): void {
    this.room((items.length + 1) * size);
    const buf = this.buf;
    let n = this.length;
    let at = 1;
    for (let i = 0; i <= items.length; i++) {
      if (i > 0) at += items[i - 1]!.length;
      if (size === 4) buf[n++] = at >>> 24;
      if (size >= 3) buf[n++] = (at >>> 16) & 0xff;
      if (size >= 2) buf[n++] = (at >>> 8) & 0xff;
      buf[n++] = at & 0xff;
    }
    this.length = n;
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  done(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

const NIBBLE: Record<string, number> = { '.': 10, E: 11, 'E-': 12, '-': 14 };

/** A DICT operand as fontkit writes it (TN 5176 table 3; reals as their JavaScript decimal string). */
function operand(out: Bytes, value: number | Offset): void {
  if (value instanceof Offset) {
    out.u8(29);
    out.uint(value.at, 4);
    return;
  }
  const v = Number(value);
  if ((v | 0) !== v) {
    out.u8(30);
    const str = `${v}`;
    let n2 = 0;
    for (let i = 0; i < str.length; i += 2) {
      const n1 = NIBBLE[str[i]!] || +str[i]!;
      n2 = i === str.length - 1 ? 0xf : NIBBLE[str[i + 1]!] || +str[i + 1]!;
      out.u8(((n1 << 4) | (n2 & 15)) & 0xff);
    }
    if (n2 !== 0xf) out.u8(0xf0);
  } else if (v >= -107 && v <= 107) out.u8(v + 139);
  else if (v >= 108 && v <= 1131) out.uint((v - 108) + (247 << 8), 2);
  else if (v >= -1131 && v <= -108) out.uint((-v - 108) + (251 << 8), 2);
  else if (v >= -32768 && v <= 32767) {
    out.u8(28);
    out.uint(v & 0xffff, 2);
  } else {
    out.u8(29);
    out.uint(v >>> 0, 4);
  }
}

/** A DICT: each operator whose value is set and not its default, operands first. */
function dict(ops: Op[], values: Dict): Uint8Array {
  const out = new Bytes();
  for (const [key, name, fallback] of ops) {
    const v = values[name];
    if (v == null || sameValue(v, fallback)) continue;
    const operands = Array.isArray(v) ? v : [typeof v === 'boolean' ? +v : v];
    for (const o of operands) operand(out, o as number | Offset);
    for (const k of key) out.u8(k);
  }
  return out.done();
}

/** An INDEX's last offset (offsets count from 1) and the smallest offset size that holds it. */
function indexOffsets(items: Uint8Array[]): { end: number; size: number } {
  let end = 1;
  for (const item of items) end += item.length;
  return { end, size: end <= 0xff ? 1 : end <= 0xffff ? 2 : end <= 0xffffff ? 3 : 4 };
}

/** An INDEX: count, offset size, offsets from 1, data. */
function index(out: Bytes, items: Uint8Array[]): void {
  out.uint(items.length, 2);
  if (!items.length) return;
  const { size } = indexOffsets(items);
  out.u8(size);
  out.offsets(items, size);
  for (const item of items) out.bytes(item);
}
/** The bytes `index` writes for `items`. */
const indexSize = (items: Uint8Array[]): number => {
  if (!items.length) return 2;
  const { end, size } = indexOffsets(items);
  return 3 + size * (items.length + 1) + end - 1;
};

/** A string as fontkit writes one (a byte per UTF-16 unit). */
function ascii(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

const STANDARD_STRINGS = 391;
const STRING_KEYS = ['version', 'Notice', 'Copyright', 'FullName', 'FamilyName', 'Weight', 'PostScript', 'BaseFontName', 'FontName'];

/** The CFF table of the subset of `glyphs` (glyph 0 first) of a CID-keyed font, whose flattened charstrings are `charstrings`. */
export function writeCffSubset(cff: CffSource, glyphs: readonly number[], charstrings: Uint8Array[]): Uint8Array {
  if (!cff.isCIDFont) throw new Error('writeCffSubset: CID-keyed fonts only');
  const n = charstrings.length;
  const strings: Uint8Array[] = [];
  const addString = (s: string | null | undefined): number | null => (s ? (strings.push(ascii(s)), STANDARD_STRINGS + strings.length - 1) : null);
  const top: Dict = { ...cff.topDict, Private: null, Encoding: null };
  for (const key of STRING_KEYS) top[key] = addString(cff.string(top[key] as number | null | undefined));
  top.ROS = [addString('Adobe'), addString('Identity'), 0];
  top.CIDCount = n;

  // Font DICTs (without their subroutines) and which one each glyph uses.
  const fontDicts: Dict[] = [];
  const used = new Map<number, number>();
  const fds: number[] = [];
  for (const gid of glyphs) {
    const fd = cff.fdForGlyph(gid);
    if (fd == null) continue;
    if (!used.has(fd)) {
      const fontDict: Dict = { ...cff.topDict.FDArray![fd]! };
      delete fontDict.FontName;
      const p = fontDict.Private as Dict | null | undefined;
      fontDict.Private = p ? { ...p, Subrs: null } : undefined;
      used.set(fd, fontDicts.length);
      fontDicts.push(fontDict);
    }
    fds.push(used.get(fd)!);
  }
  const fdSelect = new Bytes();
  fdSelect.u8(0); // format 0: a font DICT number per glyph
  for (const fd of fds) fdSelect.u8(fd);

  // Offsets are 5 bytes whatever their value: the DICTs are sized first, then pointed where things land.
  const offsets = { charset: new Offset(), charStrings: new Offset(), fdSelect: new Offset(), fdArray: new Offset() };
  top[CHARSET] = [offsets.charset];
  top[CHARSTRINGS] = [offsets.charStrings];
  top[FDSELECT] = [offsets.fdSelect];
  top[FDARRAY] = [offsets.fdArray];
  const privates = fontDicts.map((f) => (f.Private ? dict(PRIVATE_DICT, f.Private as Dict) : null));
  const privateAt = privates.map(() => new Offset());
  const fontDictValues = fontDicts.map((f, i) => ({ ...f, Private: privates[i] ? [privates[i]!.length, privateAt[i]!] : null }));

  const name = [ascii(cff.postscriptName)];
  const topSize = dict(TOP_DICT, top).length;
  const charset = new Bytes();
  if (n > 255) {
    charset.u8(2);
    charset.uint(1, 2);
    charset.uint((n - 2) & 0xffff, 2);
  } else {
    charset.u8(1);
    charset.uint(1, 2);
    charset.u8((n - 2) & 0xff);
  }
  let at = 4 + indexSize(name) + indexSize([new Uint8Array(topSize)]) + indexSize(strings) + indexSize([]);
  offsets.charset.at = at;
  offsets.charStrings.at = at += charset.length;
  offsets.fdSelect.at = at += indexSize(charstrings);
  offsets.fdArray.at = at += fdSelect.length;
  at += indexSize(fontDictValues.map((f) => dict(FONT_DICT, f))); // sized with offsets not yet set: the same size
  for (let i = 0; i < privates.length; i++) {
    if (!privates[i]) continue;
    privateAt[i]!.at = at;
    at += privates[i]!.length;
  }

  const out = new Bytes(at);
  out.uint(0x0100, 2); // version 1.0
  out.u8(cff.hdrSize);
  out.u8(4); // offSize, as fontkit writes it
  index(out, name);
  index(out, [dict(TOP_DICT, top)]);
  index(out, strings);
  index(out, []); // global subroutines: none
  out.bytes(charset.done());
  index(out, charstrings);
  out.bytes(fdSelect.done());
  index(out, fontDictValues.map((f) => dict(FONT_DICT, f)));
  for (const p of privates) if (p) out.bytes(p);
  return out.done();
}
