/**
 * Reading a file the build was told about, defensively: stat first, only regular files (after
 * symlinks), never more than a limit per kind. A pipe or a device is refused before it is read:
 * it is opened non-blocking and checked again on the open descriptor, so a FIFO never hangs the
 * process (which could then not even answer SIGTERM) and /dev/zero never fills the memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** Size limits per kind of file (documented in the README under "Limits"). */
export const LIMITS = {
  /** An issue or series YAML file: a few tens of KB in practice. */
  yaml: 2 * 1024 * 1024,
  /** A photo file (JPEG or PNG). */
  photo: 64 * 1024 * 1024,
  /** A font file or collection: the largest CJK collections are about 100 MB. */
  font: 256 * 1024 * 1024,
} as const;

export type ReadFailure =
  | { reason: 'missing' | 'folder' | 'not-regular' | 'permission' }
  | { reason: 'too-large'; size: number; limit: number }
  | { reason: 'unreadable'; code: string };

export type ReadOutcome = { bytes: Buffer; stats: Stats } | { failure: ReadFailure };

const failureOf = (e: unknown): ReadFailure => {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return { reason: 'missing' };
  if (code === 'EISDIR') return { reason: 'folder' };
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'permission' };
  return { reason: 'unreadable', code };
};

/** What kind of file `st` is, as a failure, or null for a regular file within `limit`. */
export function typeFailure(st: Stats, limit: number): ReadFailure | null {
  if (st.isDirectory()) return { reason: 'folder' };
  if (!st.isFile()) return { reason: 'not-regular' };
  if (st.size > limit) return { reason: 'too-large', size: st.size, limit };
  return null;
}

/** Opens a regular file for reading without ever blocking on a pipe; the descriptor, or a failure. */
export function openRegular(file: string, limit: number): { fd: number; stats: Stats } | { failure: ReadFailure } {
  let fd: number;
  try {
    const before = typeFailure(statSync(file), limit);
    if (before) return { failure: before };
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return { failure: failureOf(e) };
  }
  // The file may have been swapped between the stat and the open: the descriptor is what is read.
  const stats = fstatSync(fd);
  const after = typeFailure(stats, limit);
  if (after) {
    closeSync(fd);
    return { failure: after };
  }
  return { fd, stats };
}

/** The whole content of a regular file of at most `limit` bytes (a file that grows past it fails too). */
export function readRegular(file: string, limit: number): ReadOutcome {
  const opened = openRegular(file, limit);
  if ('failure' in opened) return opened;
  const { fd, stats } = opened;
  try {
    let buf = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
    let got = 0;
    for (;;) {
      if (got === buf.length) {
        if (got > limit) return { failure: { reason: 'too-large', size: got, limit } };
        buf = Buffer.concat([buf, Buffer.allocUnsafe(Math.min(buf.length, limit + 1 - buf.length))]); // it grew since the stat
      }
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    if (got > limit) return { failure: { reason: 'too-large', size: got, limit } };
    return { bytes: buf.subarray(0, got), stats };
  } catch (e) {
    return { failure: failureOf(e) };
  } finally {
    closeSync(fd);
  }
}

/** A size for messages: "1.5 MB", "12 KB". */
export const shownSize = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
