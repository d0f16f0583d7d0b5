/**
 * Writes that cannot lie. A file is written to a temporary file beside its target; every write is
 * checked for completeness (a short write on a full disk is an error, not a success), the file is
 * synced, read back and compared byte for byte with what was meant, and only then renamed over
 * the target, whose folder is synced in turn. Any failure removes the temporary file and leaves the
 * previous target exactly as it was. The result describes what is on disk, for the build stamp.
 *
 * Temporary names are short (`.bulletin-<pid>-<hash of the name>.tmp`, so a 250-character file name
 * still has one) and carry the writer's pid: the next run removes those whose process is gone
 * (killed with -9, the machine lost power), and nothing else.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, fsync, fsyncSync, openSync, readSync, readdirSync, rename, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { DiagnosticError, diagnostic } from '../diagnostics/diagnostic.js';
import { pauseWorkerAt } from './test-pause.js';

/**
 * The system calls a write goes through, in one object so the fault-injection tests can replace
 * them (a writer that stops short, a full disk, an I/O error) for every file the tool writes.
 * `fsync` and `rename` are the same calls done on libuv's thread pool, for the archive's batched commits.
 */
export const fileIo = { writeSync, fsyncSync, renameSync, readSync, fsync: promisify(fsync), rename: promisify(rename) };

/** What a completed write left on disk: its content hash and its stat after the rename. */
export interface Written {
  sha256: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

const pending = new Set<string>();

const TEMP = /^\.bulletin-(\d+)-[0-9a-f]{12}\.tmp$/u;
/** The temporary names of earlier versions: `.<name>.<pid>.tmp`. */
const OLD_TEMP = /^\..+\.(?:pdf|json)\.(\d+)\.tmp$/u;

export function tempPathFor(target: string, pid = process.pid): string {
  const tag = createHash('sha256').update(path.basename(target)).digest('hex').slice(0, 12);
  return path.join(path.dirname(target), `.bulletin-${pid}-${tag}.tmp`);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Errors with a code and a reason the user can act on. */
class WriteFault extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Writes all of `bytes`, however many calls it takes; a call that writes nothing is a full disk. */
function writeFully(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    const n = fileIo.writeSync(fd, bytes, done, bytes.length - done);
    if (!(n > 0)) throw new WriteFault('ENOSPC');
    done += n;
  }
}

/** The sha256 and length of a file's content, read in pieces (what the disk returns, not what was meant). */
export function hashOfFile(fd: number): { sha256: string; size: number } {
  const h = createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 16);
  let size = 0;
  for (let pos = 0; ; ) {
    const n = fileIo.readSync(fd, buf, 0, buf.length, pos);
    if (n === 0) break;
    h.update(buf.subarray(0, n));
    pos += n;
    size += n;
  }
  return { sha256: h.digest('hex'), size };
}

/** A folder sync's error that means the data may be lost; others mean the platform cannot sync folders (Windows). */
export const folderSyncFailed = (e: unknown): boolean => ['EIO', 'ENOSPC'].includes((e as NodeJS.ErrnoException).code ?? '');

/** Whether the file holds exactly `bytes`, read back in pieces (what the disk returns, not what was meant). */
function readsBackAs(fd: number, bytes: Uint8Array): boolean {
  const buf = Buffer.allocUnsafe(1 << 16);
  const meant = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let pos = 0; ; ) {
    const n = fileIo.readSync(fd, buf, 0, buf.length, pos);
    if (n === 0) return pos === bytes.length;
    if (pos + n > bytes.length || !buf.subarray(0, n).equals(meant.subarray(pos, pos + n))) return false;
    pos += n;
  }
}

/** Syncs a folder, so a rename survives a power cut; not every platform allows it (Windows). */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fileIo.fsyncSync(fd);
  } catch (e) {
    if (folderSyncFailed(e)) throw e;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** An existing target that is not a regular file (a device, a pipe, a folder) is never replaced. */
export function refuseNonRegularTarget(target: string): void {
  let st;
  try {
    st = statSync(target);
  } catch {
    return; // a new file (or a dangling link, which the rename replaces)
  }
  if (st.isFile()) return;
  const kind = st.isDirectory() ? 'folder' : st.isFIFO() ? 'pipe' : st.isSocket() ? 'socket' : 'device';
  throw new DiagnosticError([diagnostic({ file: target, line: 0, column: 0 }, 'output-not-regular', { kind })]);
}

/**
 * Writes `bytes` to `target` completely or not at all. `durable: false` skips the syncs, for files
 * whose loss only costs a rebuild (stamps, caches); they are still checked for completeness.
 */
export function writeAtomic(target: string, bytes: Uint8Array, { durable = true }: { durable?: boolean } = {}): Written {
  const tmp = tempPathFor(target);
  pending.add(tmp);
  try {
    const hash = writeTemp(target, tmp, bytes, durable);
    refuseNonRegularTarget(target);
    fileIo.renameSync(tmp, target);
    if (durable) syncFolder(path.dirname(target));
    return writtenAs(target, hash);
  } catch (e) {
    removeTemp(tmp);
    throw unwritable(target, e);
  } finally {
    pending.delete(tmp);
  }
}

/** Writes `bytes` to `tmp` completely, synced when `durable`, and reads them back; their sha256. */
function writeTemp(target: string, tmp: string, bytes: Uint8Array, durable: boolean): string {
  refuseNonRegularTarget(target);
  const fd = openSync(tmp, 'w+');
  const meant = sha256(bytes);
  try {
    writeFully(fd, bytes);
    if (durable) fileIo.fsyncSync(fd);
    if (!readsBackAs(fd, bytes)) throw new WriteFault('EBADCONTENT');
  } finally {
    closeSync(fd);
  }
  pauseWorkerAt('temp-written');
  return meant;
}

/** What a completed write left on disk, by its content hash and the target's stat after the rename. */
export function writtenAs(target: string, sha: string): Written {
  const st = statSync(target);
  return { sha256: sha, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
}

export function removeTemp(tmp: string): void {
  try {
    rmSync(tmp, { force: true });
  } catch {
    /* the folder itself is unusable: nothing was written */
  }
}

/**
 * A file written to its temporary name and read back, neither synced nor renamed yet: what an
 * archive's worker hands to the main thread, which syncs and renames many at once (commit.ts).
 */
export interface Staged {
  target: string;
  tmp: string;
  sha256: string;
}

/**
 * The first half of writeAtomic, in a worker: `bytes` written to the temporary file and read back.
 * The main thread tracks the temporary name (trackPendingOutput) until it is committed or removed.
 */
export function stageOutput(target: string, bytes: Uint8Array): Staged {
  const tmp = tempPathFor(target);
  pending.add(tmp);
  try {
    return { target, tmp, sha256: writeTemp(target, tmp, bytes, false) };
  } catch (e) {
    removeTemp(tmp);
    throw unwritable(target, e);
  } finally {
    pending.delete(tmp);
  }
}

/** The output name that means standard output (`-o -`). */
export const STDOUT = '-';

/**
 * Writes a finished PDF: to standard output for `-o -` (the whole PDF, nothing else), else
 * atomically to its file. Only the main thread writes to standard output (one issue).
 */
export async function writeOutput(target: string, bytes: Uint8Array): Promise<void> {
  if (target !== STDOUT) {
    writeAtomic(target, bytes);
    return;
  }
  // A reader that goes away (`| head`) is reported as EPIPE on the stream too: heard here, not as a crash.
  const ignore = () => {};
  process.stdout.on('error', ignore);
  try {
    await new Promise<void>((resolve, reject) => {
      process.stdout.write(bytes, (e) => (e ? reject(e) : resolve()));
    });
  } catch (e) {
    throw unwritable('standard output', e);
  } finally {
    process.stdout.off('error', ignore);
  }
}

/** A file-system error while writing is the user's to fix (a missing folder, no permission, a full disk). */
export function unwritable(target: string, e: unknown): unknown {
  if (e instanceof DiagnosticError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (!code) return e;
  return new DiagnosticError([diagnostic({ file: target, line: 0, column: 0 }, 'output-unwritable', { reason: code })]);
}

/** Removes temporary files of writes still under way (called on SIGINT/SIGTERM). */
export function removePendingOutputs(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

/**
 * Registers a write another thread of this process is doing to `target` (worker threads share the
 * pid, hence the temporary name), so an interrupt removes its temporary file too. Returns the release.
 */
export function trackPendingOutput(target: string): () => void {
  const tmp = tempPathFor(target);
  pending.add(tmp);
  return () => pending.delete(tmp);
}

const alive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
};

/**
 * Removes the temporary files that crashed runs left in `dir`: only names this tool makes, only
 * regular files, only those whose writing process no longer runs. Returns the names removed.
 */
export function removeStaleTemps(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP.exec(name) ?? OLD_TEMP.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    const file = path.join(dir, name);
    try {
      const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
      const regular = fstatSync(fd).isFile();
      closeSync(fd);
      if (!regular) continue;
      rmSync(file, { force: true });
      removed.push(name);
    } catch {
      /* not ours to remove, or already gone */
    }
  }
  return removed;
}
