/**
 * The per-face metrics cache: what face-measure.ts measured with fontkit, kept in one small binary
 * file per face beside the font scan cache (`faces/` next to fonts.json), so later builds never
 * parse the font. An entry is keyed by the font's path and face, and trusted only while the file
 * has the same size and modification time *and* the same content check (a hash of its first and
 * last 64 KB: the table directory with every table's checksum, the collection header, and the end
 * of the outlines) — a changed or damaged font is measured again, never read from a stale entry.
 *
 * The bundled fonts' entries are also made at build time into dist/face-cache/ (scripts/face-caches.mjs),
 * keyed by content only, since a fresh checkout gives the files new modification times.
 */
import { createHash } from 'node:crypto';
import { fstatSync, mkdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FaceMetrics, FaceRecord } from './face-record.js';
import { defaultCacheFile } from './scan.js';

/** Bump when the record's meaning changes: entries of other formats are ignored and remade. */
const FORMAT = 1;
const MAGIC = 'BLTNFACE';
const SAMPLE = 64 * 1024;

/** Which file a cache entry describes, and how to tell it is still that file. */
export interface FaceIdentity {
  size: number;
  mtimeMs: number;
  check: string;
}

/** The folder of the metrics cache: `faces/` beside the scan cache ($BULLETIN_FONT_CACHE, ~/.cache/bulletin). */
export function faceCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(path.dirname(defaultCacheFile(env)), 'faces');
}

/** The bundled fonts' entries, made by `npm run build`. */
export const BUNDLED_FACE_CACHE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'face-cache');

/** The content check of a file from two positioned reads (or from its bytes when they are at hand). */
export function contentCheck(fd: number, size: number): string {
  const head = Buffer.alloc(Math.min(SAMPLE, size));
  const tail = Buffer.alloc(Math.min(SAMPLE, size));
  if (readSync(fd, head, 0, head.length, 0) !== head.length || readSync(fd, tail, 0, tail.length, size - tail.length) !== tail.length) {
    throw new Error('font file shorter than it says');
  }
  return checkOf(head, tail, size);
}

export function contentCheckOf(data: Uint8Array): string {
  const n = Math.min(SAMPLE, data.length);
  return checkOf(data.subarray(0, n), data.subarray(data.length - n), data.length);
}

function checkOf(head: Uint8Array, tail: Uint8Array, size: number): string {
  return createHash('sha1').update(head).update(tail).update(String(size)).digest('hex');
}

/** The file's identity now, read through an open descriptor. */
export function identityOf(fd: number): FaceIdentity {
  const st = fstatSync(fd);
  return { size: st.size, mtimeMs: st.mtimeMs, check: contentCheck(fd, st.size) };
}

const entryName = (file: string, face: string) => `${createHash('sha1').update(`${path.resolve(file)}#${face}`).digest('hex').slice(0, 24)}.bin`;
export const bundledEntryName = (file: string, face: string) => `${path.basename(file)}#${face || '0'}.bin`;

/** Serialises an entry: magic, format, JSON header (identity and record), then the character map arrays. */
export function encodeEntry(identity: FaceIdentity, m: FaceMetrics): Buffer {
  const json = Buffer.from(JSON.stringify({ identity, record: m.record }), 'utf8');
  const pad = (4 - ((16 + json.length) % 4)) % 4;
  const n = m.codePoints.length;
  const out = Buffer.alloc(16 + json.length + pad + 4 + n * 8);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(FORMAT, 8);
  out.writeUInt32LE(json.length, 12);
  json.copy(out, 16);
  let at = 16 + json.length + pad;
  out.writeUInt32LE(n, at);
  at += 4;
  Buffer.from(m.codePoints.buffer, m.codePoints.byteOffset, n * 4).copy(out, at);
  Buffer.from(m.glyphs.buffer, m.glyphs.byteOffset, n * 2).copy(out, at + n * 4);
  Buffer.from(m.advances.buffer, m.advances.byteOffset, n * 2).copy(out, at + n * 6);
  return out;
}

/** Parses an entry; null when it is not one of this format (or is cut short). */
export function decodeEntry(buf: Buffer): { identity: FaceIdentity; metrics: FaceMetrics } | null {
  if (buf.length < 16 || buf.toString('latin1', 0, 8) !== MAGIC || buf.readUInt32LE(8) !== FORMAT) return null;
  const len = buf.readUInt32LE(12);
  if (16 + len > buf.length) return null;
  const { identity, record } = JSON.parse(buf.toString('utf8', 16, 16 + len)) as { identity: FaceIdentity; record: FaceRecord };
  let at = 16 + len + ((4 - ((16 + len) % 4)) % 4);
  if (at + 4 > buf.length) return null;
  const n = buf.readUInt32LE(at);
  at += 4;
  if (at + n * 8 !== buf.length) return null;
  // Views of the entry's bytes when they sit on a multiple of 4 (a file read whole has its own
  // memory); copies when not (a Buffer's offset in its pool need not suit a Uint32Array).
  const aligned = (buf.byteOffset + at) % 4 === 0;
  const view = <T>(Kind: new (b: ArrayBufferLike, offset?: number, length?: number) => T, from: number, length: number, size: number): T =>
    aligned ? new Kind(buf.buffer, buf.byteOffset + from, length) : new Kind(buf.buffer.slice(buf.byteOffset + from, buf.byteOffset + from + length * size));
  const metrics: FaceMetrics = {
    record,
    codePoints: view(Uint32Array, at, n, 4),
    glyphs: view(Uint16Array, at + n * 4, n, 2),
    advances: view(Uint16Array, at + n * 6, n, 2),
  };
  return { identity, metrics };
}

function readEntry(file: string): ReturnType<typeof decodeEntry> {
  try {
    return decodeEntry(readFileSync(file));
  } catch {
    return null; // missing, unreadable or garbled: measured again
  }
}

/**
 * The cached metrics of `face` of `file`, if an entry matches the file as it is now (`now`, read
 * through the descriptor the build goes on reading from): the user's cache by path, size, time and
 * content; then, for the bundled fonts, the build's entries by content.
 */
export function loadFaceMetrics(file: string, face: string, now: FaceIdentity, env: NodeJS.ProcessEnv = process.env): FaceMetrics | null {
  const own = readEntry(path.join(faceCacheDir(env), entryName(file, face)));
  if (own && own.identity.size === now.size && own.identity.mtimeMs === now.mtimeMs && own.identity.check === now.check) return own.metrics;
  const bundled = readEntry(path.join(BUNDLED_FACE_CACHE_DIR, bundledEntryName(file, face)));
  if (bundled && bundled.identity.size === now.size && bundled.identity.check === now.check) return bundled.metrics;
  return null;
}

/** Stores an entry (atomically: a reader never sees half of one). A cache that cannot be written is no error. */
export function storeFaceMetrics(file: string, face: string, identity: FaceIdentity, metrics: FaceMetrics, env: NodeJS.ProcessEnv = process.env): void {
  writeEntry(faceCacheDir(env), entryName(file, face), identity, metrics);
}

/** Whether the build's entry for a bundled face matches the file (so `npm run build` need not measure it again). */
export function hasBundledEntry(file: string, face: string, now: FaceIdentity): boolean {
  const entry = readEntry(path.join(BUNDLED_FACE_CACHE_DIR, bundledEntryName(file, face)));
  return entry !== null && entry.identity.size === now.size && entry.identity.check === now.check;
}

/** Stores the build's entry for a bundled face. */
export function storeBundledEntry(file: string, face: string, identity: FaceIdentity, metrics: FaceMetrics): void {
  writeEntry(BUNDLED_FACE_CACHE_DIR, bundledEntryName(file, face), identity, metrics);
}

function writeEntry(dir: string, name: string, identity: FaceIdentity, metrics: FaceMetrics): void {
  const target = path.join(dir, name);
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, encodeEntry(identity, metrics));
    renameSync(tmp, target);
  } catch {
    rmSync(tmp, { force: true });
  }
}
