/**
 * Smaller, faster CFF subsets. fontkit keeps every subroutine slot of a subset (unused ones as a
 * one-byte `return`) so that subroutine numbers stay valid: for Noto Serif CJK, tens of thousands
 * of global and local slots, most of a 390 KB PDF and most of the render time. Here each subset
 * glyph's charstring has its subroutine calls expanded in place (as fontTools' desubroutinize
 * does), so the subset needs no subroutines at all. The glyph outlines are the same instructions,
 * only no longer shared.
 *
 * A charstring this does not understand (arithmetic operators, which CJK fonts do not use) makes the
 * font fall back to fontkit's own subsetting, unchanged.
 */
import type * as fontkit from 'fontkit';

interface IndexEntry {
  offset: number;
  length: number;
}
/** Subroutines: fontkit's decoded array, or an INDEX read by offset (CffOutlines). */
type Subrs = IndexEntry[] | { length: number; get(i: number): IndexEntry | undefined };
const entryAt = (table: Subrs, i: number): IndexEntry | undefined => (Array.isArray(table) ? table[i] : table.get(i));

interface PrivateDict {
  Subrs?: Subrs | null;
  [key: string]: unknown;
}
interface Cff {
  /** fontkit's parsed table reads from its stream; cached outlines (CffOutlines) read by offset. */
  stream?: { pos: number; readBuffer(n: number): Uint8Array };
  readEntry?(entry: IndexEntry): Uint8Array;
  isCIDFont: boolean;
  globalSubrIndex?: Subrs;
  topDict: { FDArray?: { Private?: PrivateDict }[]; Private?: PrivateDict | null; [key: string]: unknown };
  getCharString(gid: number): Uint8Array;
  fdForGlyph(gid: number): number | null;
  privateDictForGlyph(gid: number): PrivateDict | null;
}
export interface CffSubset {
  glyphs: number[];
  charstrings: Uint8Array[];
  gsubrs: Uint8Array[];
  cff: Cff;
  subsetCharstrings(): void;
  subsetFontdict(topDict: Record<string, unknown>): void;
  createCIDFontdict(topDict: Record<string, unknown>): unknown;
}
export type SubsetClass = new (font: fontkit.Font) => CffSubset;

/** A charstring the flattener does not understand: the subset keeps fontkit's subroutines instead. */
export class Unsupported extends Error {}

const bias = (count: number) => (count < 1240 ? 107 : count < 33900 ? 1131 : 32768);

function read(cff: Cff, entry: IndexEntry): Uint8Array {
  if (cff.readEntry) return cff.readEntry(entry);
  cff.stream!.pos = entry.offset;
  return cff.stream!.readBuffer(entry.length);
}

/** The Type 2 charstring of `gid` with every callsubr/callgsubr replaced by the subroutine's body. */
export function flattenCharstring(cff: Cff, gid: number): Uint8Array {
  const gsubrs = cff.globalSubrIndex ?? [];
  const subrs = cff.privateDictForGlyph(gid)?.Subrs ?? [];
  if (!gsubrs.length && !subrs.length) return cff.getCharString(gid); // nothing to expand (Fandol)
  // A run through `code` writes at most its bytes (and 4 more, for a number cut short at its end):
  // room is made for them before it starts and again after each subroutine it calls; a hint mask,
  // which may claim more bytes than are left, makes its own.
  let out = new Uint8Array(1024);
  let n = 0; // bytes written to `out`
  const room = (k: number) => {
    if (n + k <= out.length) return;
    const grown = new Uint8Array(Math.max(out.length * 2, n + k));
    grown.set(out.subarray(0, n));
    out = grown;
  };
  let depth = 0; // operands on the stack
  let stems = 0;
  let lastValue = NaN; // the operand just written (NaN: not an integer) and where it starts; -1: none
  let lastStart = -1;
  let ended = false;

  const run = (code: Uint8Array, level: number): void => {
    if (level > 10) throw new Unsupported('subroutines nested too deep');
    room(code.length + 4);
    let i = 0;
    while (i < code.length && !ended) {
      const b = code[i]!;
      if (b >= 32 && b <= 246) {
        // a one-byte number, most of a charstring
        lastValue = b - 139;
        lastStart = n;
        out[n++] = b;
        i++;
        depth++;
        continue;
      }
      if (b >= 32 || b === 28) {
        let len: number;
        if (b === 28) {
          lastValue = ((code[i + 1]! << 24) | (code[i + 2]! << 16)) >> 16;
          len = 3;
        } else if (b <= 250) {
          lastValue = (b - 247) * 256 + code[i + 1]! + 108;
          len = 2;
        } else if (b <= 254) {
          lastValue = -(b - 251) * 256 - code[i + 1]! - 108;
          len = 2;
        } else {
          lastValue = NaN; // 16.16 fixed: never a subroutine number
          len = 5;
        }
        lastStart = n;
        for (let k = 0; k < len; k++) out[n++] = code[i + k]!; // past the end of `code`: 0
        i += len;
        depth++;
        continue;
      }
      if (b === 10 || b === 29) {
        if (lastStart < 0 || !Number.isInteger(lastValue)) throw new Unsupported('computed subroutine number');
        n = lastStart; // drop the operand: the body takes the call's place
        depth--;
        lastStart = -1;
        const table = b === 10 ? subrs : gsubrs;
        const entry = entryAt(table, lastValue + bias(table.length));
        if (!entry) throw new Unsupported('subroutine out of range');
        run(read(cff, entry), level + 1);
        i++;
        room(code.length - i + 4);
        continue;
      }
      lastStart = -1;
      if (b === 11) return; // return: the caller continues
      if (b === 12) {
        const op = code[i + 1]!;
        if (op < 34 || op > 37) throw new Unsupported(`escape operator 12 ${op}`); // only flex is drawn by CJK fonts
        out[n++] = b;
        out[n++] = op;
        i += 2;
        depth = 0;
        continue;
      }
      if (b === 1 || b === 3 || b === 18 || b === 23) stems += depth >> 1;
      out[n++] = b;
      i++;
      if (b === 19 || b === 20) {
        stems += depth >> 1; // operands before a hintmask are an implicit vstem
        const maskBytes = (stems + 7) >> 3;
        room(maskBytes);
        for (let k = 0; k < maskBytes; k++) out[n++] = code[i + k]!;
        i += maskBytes;
      }
      depth = 0;
      if (b === 14) ended = true;
    }
  };
  run(cff.getCharString(gid), 0);
  return out.slice(0, n);
}

const withoutSubrs = (p: PrivateDict | undefined | null): PrivateDict | undefined => (p ? { ...p, Subrs: null } : undefined);

/**
 * fontkit's CFF subset class with flattened charstrings. `strict`: an Unsupported charstring is
 * thrown (the caller falls back to a parsed font) instead of keeping fontkit's subroutines, which
 * needs fontkit's glyph parser.
 */
export function compactSubsetClass(Base: SubsetClass, strict = false): SubsetClass {
  return class CompactCffSubset extends Base {
    private flat = false;

    override subsetCharstrings(): void {
      try {
        this.charstrings = this.glyphs.map((gid) => flattenCharstring(this.cff, gid));
        this.gsubrs = [];
        this.flat = true;
      } catch (e) {
        if (!(e instanceof Unsupported) || strict) throw e;
        this.flat = false;
        super.subsetCharstrings();
      }
    }

    override subsetFontdict(topDict: Record<string, unknown>): void {
      if (!this.flat) return super.subsetFontdict(topDict);
      const fdArray: { Private?: PrivateDict }[] = [];
      const fds: number[] = [];
      const index = new Map<number, number>();
      for (const gid of this.glyphs) {
        const fd = this.cff.fdForGlyph(gid);
        if (fd == null) continue;
        if (!index.has(fd)) {
          const dict = { ...this.cff.topDict.FDArray![fd]! } as { Private?: PrivateDict; FontName?: unknown };
          delete dict.FontName;
          dict.Private = withoutSubrs(dict.Private);
          index.set(fd, fdArray.length);
          fdArray.push(dict);
        }
        fds.push(index.get(fd)!);
      }
      topDict.FDArray = fdArray;
      topDict.FDSelect = { version: 0, fds };
    }

    override createCIDFontdict(topDict: Record<string, unknown>): unknown {
      if (!this.flat) return super.createCIDFontdict(topDict);
      topDict.FDArray = [{ Private: withoutSubrs(this.cff.topDict.Private) ?? {} }];
      return (topDict.FDSelect = { version: 3, nRanges: 1, ranges: [{ first: 0, fd: 0 }], sentinel: this.charstrings.length });
    }
  };
}

const patched = new WeakSet<object>();

/**
 * Makes pdfkit's subsets of this (parsed, shared) font compact: its `createSubset` returns a subset
 * without subroutines. Fonts that are not CFF are left alone. Idempotent.
 */
export function useCompactSubsets(font: fontkit.Font): fontkit.Font {
  const f = font as unknown as { 'CFF '?: unknown; CFF2?: unknown; createSubset(): object };
  if (patched.has(font) || !f['CFF '] || f.CFF2) return font;
  const Base = f.createSubset().constructor as SubsetClass;
  if (typeof Base.prototype.subsetCharstrings !== 'function' || typeof Base.prototype.subsetFontdict !== 'function') return font;
  const Compact = compactSubsetClass(Base);
  Object.defineProperty(font, 'createSubset', { value: () => new Compact(font), configurable: true });
  patched.add(font);
  return font;
}
