/**
 * Output safety: a PDF is written to a temporary file beside its target and renamed over it only
 * when complete, so a failed or interrupted build never leaves a partial PDF and never replaces the
 * previous good one.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticError, diagnostic } from '../diagnostics/diagnostic.js';
import { pauseWorkerAt } from './test-pause.js';

const pending = new Set<string>();

const tmpPathOf = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);

/**
 * `durable: false` skips the fsync, for files whose loss only costs a rebuild (build stamps): a
 * stamp must never outlive its PDF, and it cannot, since the PDF is synced before it is written.
 */
export function writeAtomic(target: string, bytes: Uint8Array, { durable = true }: { durable?: boolean } = {}): void {
  const tmp = tmpPathOf(target);
  pending.add(tmp);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, bytes);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    pauseWorkerAt('temp-written');
    renameSync(tmp, target);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* the folder itself is unusable: nothing was written */
    }
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
  if (target !== STDOUT) return writeAtomic(target, bytes);
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
function unwritable(target: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (!code) return e;
  const reasons: Record<string, string> = { EPIPE: 'the reader closed the pipe', ENOENT: 'its folder does not exist', EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'the disk is full', EROFS: 'read-only file system', EISDIR: 'it is a folder', ENOTDIR: 'a part of the path is not a folder' };
  return new DiagnosticError([diagnostic({ file: target, line: 0, column: 0 }, 'output-unwritable', { reason: reasons[code] ?? code })]);
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
  const tmp = tmpPathOf(target);
  pending.add(tmp);
  return () => pending.delete(tmp);
}
