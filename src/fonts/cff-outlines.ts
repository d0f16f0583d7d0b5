/**
 * The CFF outlines of a cached face, read by offset: the charstrings of the glyphs a document uses
 * and the subroutines they call, each with one positioned read (fs.readSync on a descriptor), never
 * the whole file. It offers what fontkit's CFF subsetter asks of a parsed CFF table (top DICT,
 * strings, FDSelect, charstrings, subroutine INDEXes), so the subset is written by fontkit's own
 * encoder, byte for byte as from a parsed font.
 *
 * Reads happen inside `reading()`, which opens the file and first checks it is still the file the
 * metrics were made from (size and modification time; the content was checked when the face was
 * opened): a font replaced during a build is an error, never outlines from the wrong file.
 */
import { closeSync, fstatSync, readSync } from 'node:fs';
import { LIMITS, openRegular } from '../files/read.js';
import type { CffRecord, IndexAt } from './face-record.js';
import type { FaceIdentity } from './face-cache.js';
import { FontError } from './font-error.js';
import { msg } from '../diagnostics/messages.js';

export interface IndexEntry {
  offset: number;
  length: number;
}

/** Offset `i` of an INDEX's offset array in `r` (big-endian, `size` bytes each). */
function offsetAt(r: Buffer, i: number, size: number): number {
  const o = i * size;
  switch (size) {
    case 1:
      return r[o]!;
    case 2:
      return (r[o]! << 8) | r[o + 1]!;
    case 3:
      return (r[o]! << 16) | (r[o + 1]! << 8) | r[o + 2]!;
    default:
      return r[o]! * 0x1000000 + ((r[o + 1]! << 16) | (r[o + 2]! << 8) | r[o + 3]!);
  }
}

/** Entries a sparse INDEX reads one by one before it reads its whole offset array. */
const SPARSE_READS = 64;

/**
 * An INDEX whose offsets are decoded entry by entry, when asked for: read in one piece, or — for a
 * face a document takes a few glyphs from (a fallback face setting one rare character) — an entry's
 * two offsets at a time (`readOffsets`), since Noto Serif CJK's offset arrays are 262 KB for its
 * charstrings and ~80 KB per font DICT's subroutines. After SPARSE_READS entries a sparse INDEX reads
 * its whole array after all (an archive's later issues may want many glyphs of the face).
 */
export class LazyIndex {
  readonly length: number;
  /** Where the entries' data lies in the file: [start, end). */
  readonly start: number;
  readonly end: number;
  private raw: Buffer | null;
  private readonly sparse?: { count: number; readOffsets(from: number, length: number): Buffer };
  private reads = 0;
  constructor(
    private readonly base: number,
    raw: Buffer | { count: number; readOffsets(from: number, length: number): Buffer },
    private readonly size: number,
  ) {
    if (Buffer.isBuffer(raw)) {
      this.raw = raw;
      this.length = raw.length / size - 1;
    } else {
      this.raw = null;
      this.sparse = raw;
      this.length = raw.count;
    }
    this.start = this.length > 0 ? base + this.offset(0) : 0;
    this.end = this.length > 0 ? base + this.offset(this.length) : 0;
  }

  /** Whether the offsets are read an entry at a time (and the entries' data one by one, too). */
  get isSparse(): boolean {
    return this.raw === null;
  }

  /** The whole offset array, once a sparse INDEX has been asked for many entries. */
  private whole(): Buffer | null {
    if (this.raw === null && this.sparse && ++this.reads > SPARSE_READS) this.raw = this.sparse.readOffsets(0, (this.length + 1) * this.size);
    return this.raw;
  }

  /** Offset i of the INDEX. */
  private offset(i: number): number {
    return offsetAt(this.raw ?? this.sparse!.readOffsets(i * this.size, this.size), this.raw ? i : 0, this.size);
  }

  get(i: number): IndexEntry | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const raw = this.whole();
    if (raw) {
      const start = offsetAt(raw, i, this.size);
      return { offset: this.base + start, length: offsetAt(raw, i + 1, this.size) - start };
    }
    const pair = this.sparse!.readOffsets(i * this.size, 2 * this.size);
    const start = offsetAt(pair, 0, this.size);
    return { offset: this.base + start, length: offsetAt(pair, 1, this.size) - start };
  }
}

type Dict = Record<string, unknown>;

/** Charstrings closer than this (bytes) are read together by `prefetch`. */
const READ_GAP = 16 * 1024;
/**
 * A subset of at most this many glyphs (.notdef and a rare character or two from a fallback face)
 * reads an INDEX's offsets, and its subroutines, entry by entry: a glyph calls a dozen subroutines,
 * a dozen small reads instead of a megabyte.
 */
const FEW_GLYPHS = 8;
/** An offset array up to this size is read whole even for few glyphs. */
const SPARSE_OFFSETS = 4096;
/** A subroutine INDEX up to this size is read whole when one of its subroutines is first wanted. */
const SUBRS_READ_WHOLE = 2 * 1024 * 1024;

export class CffOutlines {
  readonly isCIDFont: boolean;
  readonly hdrSize: number;
  readonly header = undefined;
  readonly postscriptName: string;
  readonly topDict: Dict & { FDArray?: Dict[]; Private?: Dict | null };
  private fd: number | null = null;
  private charStrings?: LazyIndex;
  private readonly indexes = new Map<number, LazyIndex>();
  private readonly bodies = new Map<number, Uint8Array>();
  /** The data of subroutine INDEXes read whole (readEntry), by INDEX. */
  private readonly subrData = new Map<LazyIndex, Buffer>();
  private readonly privates = new Map<number | 'top', Dict & { Subrs: LazyIndex }>();
  /** Whether the glyphs of the current `reading()` are few (prefetch): INDEXes first read then are sparse. */
  private fewGlyphs = false;
  /** Charstrings read ahead for the current `reading()` (prefetch). */
  private ahead = new Map<number, Buffer>();

  constructor(
    readonly file: string,
    private readonly record: CffRecord,
    private readonly identity: FaceIdentity,
  ) {
    this.isCIDFont = record.isCIDFont;
    this.hdrSize = record.hdrSize;
    this.postscriptName = record.name;
    this.topDict = { ...record.topDict, FDArray: record.fdArray?.map((f) => f.dict), Private: record.private?.dict ?? null };
  }

  /** Runs `fn` with the font file open (nested calls share the descriptor). */
  reading<T>(fn: () => T): T {
    if (this.fd !== null) return fn();
    // Never blocks on a file swapped for a pipe since it was measured: regular files only.
    const opened = openRegular(this.file, LIMITS.font);
    if ('failure' in opened) throw new FontError(msg('font-unreadable', { file: this.file, reason: opened.failure.reason }), this.file);
    const fd = opened.fd;
    try {
      const st = fstatSync(fd);
      if (st.size !== this.identity.size || st.mtimeMs !== this.identity.mtimeMs) {
        throw new FontError(msg('font-changed', { file: this.file }), this.file);
      }
      this.fd = fd;
      return fn();
    } finally {
      this.fd = null;
      this.ahead = new Map();
      closeSync(fd);
    }
  }

  private bytes(offset: number, length: number): Buffer {
    if (this.fd === null) throw new Error('CffOutlines read outside reading()');
    const buf = Buffer.allocUnsafe(length);
    if (readSync(this.fd, buf, 0, length, offset) !== length) throw new FontError(msg('font-outlines-damaged', { file: this.file, detail: 'cut short' }), this.file);
    return buf;
  }

  /** The INDEX at `at` (its offsets read once per process): entry i is `base + offset[i]` … `base + offset[i + 1]`. */
  private index(at: IndexAt): LazyIndex {
    if (at === null) return new LazyIndex(0, Buffer.alloc(1), 1);
    let index = this.indexes.get(at);
    if (!index) {
      const head = this.bytes(at, 3);
      const count = head.readUInt16BE(0);
      const size = count === 0 ? 1 : head[2]!;
      if (size < 1 || size > 4) throw new FontError(msg('font-outlines-damaged', { file: this.file, detail: `CFF INDEX offset size ${size}` }), this.file);
      const base = at + 3 + (count + 1) * size - 1;
      const sparse = this.fewGlyphs && (count + 1) * size > SPARSE_OFFSETS;
      const offsets = sparse ? { count, readOffsets: (from: number, length: number) => this.bytes(at + 3 + from, length) } : this.bytes(at + 3, (count + 1) * size);
      index = count === 0 ? new LazyIndex(0, Buffer.alloc(1), 1) : new LazyIndex(base, offsets, size);
      this.indexes.set(at, index);
    }
    return index;
  }

  get globalSubrIndex(): LazyIndex {
    return this.index(this.record.globalSubrs);
  }

  /**
   * Reads the charstrings of `gids` for this `reading()` in a few large reads instead of one read
   * each: sorted by offset, charstrings less than READ_GAP bytes apart share a read (the bytes
   * between are read and dropped — cheaper than a system call per glyph).
   */
  prefetch(gids: readonly number[]): void {
    this.fewGlyphs = gids.length <= FEW_GLYPHS;
    const index = (this.charStrings ??= this.index(this.record.charStrings));
    const wanted: { gid: number; offset: number; end: number }[] = [];
    for (const gid of gids) {
      const entry = index.get(gid);
      if (entry) wanted.push({ gid, offset: entry.offset, end: entry.offset + entry.length });
    }
    wanted.sort((a, b) => a.offset - b.offset);
    for (let i = 0; i < wanted.length; ) {
      const start = wanted[i]!.offset;
      let end = wanted[i]!.end;
      let j = i + 1;
      while (j < wanted.length && wanted[j]!.offset - end < READ_GAP) end = Math.max(end, wanted[j++]!.end);
      const span = this.bytes(start, end - start);
      for (; i < j; i++) this.ahead.set(wanted[i]!.gid, span.subarray(wanted[i]!.offset - start, wanted[i]!.end - start));
    }
  }

  getCharString(gid: number): Uint8Array {
    const ahead = this.ahead.get(gid);
    if (ahead) return ahead;
    const entry = (this.charStrings ??= this.index(this.record.charStrings)).get(gid);
    if (!entry) throw new FontError(msg('font-outlines-damaged', { file: this.file, detail: `glyph ${gid}` }), this.file);
    return this.bytes(entry.offset, entry.length);
  }

  /**
   * A subroutine's body, read once per process (subroutines are shared by many glyphs). The first
   * subroutine wanted from an INDEX reads all of that INDEX's data in one read (Noto Serif CJK: 21 KB
   * of global subroutines, 0.4–0.6 MB for the ideographs' local ones): a glyph calls a dozen
   * subroutines, and a read each cost more than reading them all.
   */
  readEntry(entry: IndexEntry): Uint8Array {
    return this.bodies.get(entry.offset) ?? this.readFirst(entry);
  }

  private readFirst(entry: IndexEntry): Uint8Array {
    let body: Uint8Array | undefined;
    for (const index of this.indexes.values()) {
      if (entry.offset < index.start || entry.offset + entry.length > index.end) continue;
      if (index.isSparse || index.end - index.start > SUBRS_READ_WHOLE) break;
      let whole = this.subrData.get(index);
      if (!whole) this.subrData.set(index, (whole = this.bytes(index.start, index.end - index.start)));
      body = whole.subarray(entry.offset - index.start, entry.offset - index.start + entry.length);
      break;
    }
    body ??= this.bytes(entry.offset, entry.length);
    this.bodies.set(entry.offset, body);
    return body;
  }

  string(sid: number | null | undefined): string | undefined {
    return sid == null ? undefined : this.record.strings[sid];
  }

  fdForGlyph(gid: number): number | null {
    const ranges = this.record.fdRanges;
    if (!ranges) return null;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (ranges[mid]![0] <= gid) lo = mid;
      else hi = mid - 1;
    }
    return ranges[lo]![1];
  }

  privateDictForGlyph(gid: number): (Dict & { Subrs: LazyIndex }) | null {
    const fd = this.fdForGlyph(gid);
    const key = fd ?? 'top';
    let p = this.privates.get(key);
    if (!p) {
      const source = fd === null ? this.record.private : this.record.fdArray?.[fd];
      if (!source) return null;
      const dict = fd === null ? source.dict : (source.dict.Private as Dict);
      p = { ...dict, Subrs: this.index(source.subrs) };
      this.privates.set(key, p);
    }
    return p;
  }
}
