/**
 * The fuzzer's photo and file-system faults: now and then a case damages one of the sample's photos
 * (bytes flipped, cut short, a chunk length or CRC wrong, a huge declared size, the other format's
 * bytes, an empty file) or swaps a file the build reads — a photo or the series file — for a FIFO,
 * a symlink to /dev/zero, a folder, a dangling or looping symlink, or a sparse file of a gigabyte.
 * Every fault is undone after its case, so the next one starts from the sample again.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { int, pick, type Rng } from './fuzz-mutations.js';

/** Damages photo bytes the way a failed copy, a bad disk or a hostile file would. */
const PHOTO_DAMAGE: Record<string, (b: Buffer, r: Rng) => Buffer> = {
  flip: (b, r) => {
    const out = Buffer.from(b);
    for (let n = 1 + int(r, 8); n > 0; n--) out[int(r, out.length)] ^= 1 << int(r, 8);
    return out;
  },
  cut: (b, r) => b.subarray(0, int(r, b.length)),
  'cut-end': (b, r) => b.subarray(0, Math.max(0, b.length - 1 - int(r, 64))),
  empty: () => Buffer.alloc(0),
  'header-only': (b, r) => b.subarray(0, Math.min(b.length, 2 + int(r, 600))),
  /** A PNG's IHDR (or a JPEG's SOF) declaring a huge size, checksum fixed so only the size is wrong. */
  'huge-size': (b, r) => {
    const out = Buffer.from(b);
    const ihdr = out.indexOf('IHDR', 0, 'latin1');
    if (ihdr !== -1 && ihdr + 21 < out.length) {
      out.writeUInt32BE(1 + int(r, 0x7fffffff), ihdr + 4);
      out.writeUInt32BE(1 + int(r, 0x7fffffff), ihdr + 8);
      out.writeUInt32BE(crc32(out.subarray(ihdr, ihdr + 17)), ihdr + 17);
      return out;
    }
    const sof = out.indexOf(Buffer.from([0xff, 0xc0]));
    if (sof !== -1 && sof + 9 < out.length) {
      out.writeUInt16BE(int(r, 0x10000), sof + 5);
      out.writeUInt16BE(int(r, 0x10000), sof + 7);
    }
    return out;
  },
  /** A chunk or segment length made wrong (past the end, or short). */
  length: (b, r) => {
    const out = Buffer.from(b);
    const at = 8 + int(r, Math.max(1, out.length - 12));
    out.writeUInt32BE(int(r, 2) ? 0xffffffff - int(r, 1000) : int(r, 64), Math.min(at, out.length - 4));
    return out;
  },
  'random-bytes': (b, r) => Buffer.concat([b.subarray(0, int(r, 64)), Buffer.from(Array.from({ length: int(r, 4096) }, () => int(r, 256)))]),
  'trailing-junk': (b, r) => Buffer.concat([b, Buffer.from(Array.from({ length: 1 + int(r, 64) }, () => int(r, 256)))]),
};

/** A file the build reads, replaced by something that is not a plain readable file. */
const NODES: Record<string, (file: string) => void> = {
  fifo: (file) => {
    if (spawnSync('mkfifo', [file]).status !== 0) throw new Error('mkfifo failed');
  },
  'dev-zero': (file) => symlinkSync('/dev/zero', file),
  folder: (file) => mkdirSync(file),
  dangling: (file) => symlinkSync(`${file}.nowhere`, file),
  loop: (file) => symlinkSync(path.basename(file), file),
  'sparse-1gb': (file) => {
    writeFileSync(file, '');
    truncateSync(file, 1024 ** 3);
  },
};

export interface FileFault {
  kind: string;
  /** Puts the sample back as it was. */
  undo(): void;
}

/**
 * Maybe applies one fault to the case folder `dir`: with probability `photoRate` damages one of
 * `photos` (relative names), else with `nodeRate` swaps a photo or `bulletin.yaml` for a node.
 */
export function fileFault(r: Rng, dir: string, photos: string[], photoRate = 0.15, nodeRate = 0.05): FileFault | undefined {
  const roll = r();
  if (roll < photoRate) {
    const name = pick(r, photos);
    const file = path.join(dir, name);
    const original = readFileSync(file);
    const how = pick(r, Object.keys(PHOTO_DAMAGE));
    writeFileSync(file, PHOTO_DAMAGE[how]!(original, r));
    return { kind: `photo-${how}`, undo: () => writeFileSync(file, original) };
  }
  if (roll < photoRate + nodeRate) {
    const name = pick(r, [...photos, 'bulletin.yaml']);
    const file = path.join(dir, name);
    const original = readFileSync(file);
    const how = pick(r, Object.keys(NODES));
    rmSync(file);
    NODES[how]!(file);
    return {
      kind: `node-${how}`,
      undo: () => {
        rmSync(file, { recursive: true, force: true });
        writeFileSync(file, original);
      },
    };
  }
  return undefined;
}
