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

/** An INDEX whose offsets are read in one piece and decoded entry by entry, when asked for. */
export class LazyIndex {
  readonly length: number;
  /** Where the entries' data lies in the file: [start, end). */
  readonly start: number;
  readonly end: number;
  constructor(
    private readonly base: number,
    private readonly raw: Buffer,
    private readonly size: number,
  ) {
    this.length = raw.length / size - 1;
    this.start = this.length > 0 ? base + this.offset(0) : 0;
    this.end = this.length > 0 ? base + this.offset(this.length) : 0;
  }

  /** Offset i of the INDEX (big-endian, `size` bytes). */
  private offset(i: number): number {
    const r = this.raw;
    const o = i * this.size;
    switch (this.size) {
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

  get(i: number): IndexEntry | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const start = this.offset(i);
    return { offset: this.base + start, length: this.offset(i + 1) - start };
  }
}

type Dict = Record<string, unknown>;

/** Charstrings closer than this (bytes) are read together by `prefetch`. */
const READ_GAP = 16 * 1024;
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
      index = count === 0 ? new LazyIndex(0, Buffer.alloc(1), 1) : new LazyIndex(at + 3 + (count + 1) * size - 1, this.bytes(at + 3, (count + 1) * size), size);
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
      if (entry.offset < index.start || entry.offset + entry.length > index.end || index.end - index.start > SUBRS_READ_WHOLE) continue;
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
