/**
 * Output safety: a PDF is written to a temporary file beside its target and renamed over it only
 * when complete, so a failed or interrupted build never leaves a partial PDF and never replaces the
 * previous good one.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticError, diagnostic } from '../diagnostics/diagnostic.js';

const pending = new Set<string>();

export function writeAtomic(target: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  pending.add(tmp);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw unwritable(target, e);
  } finally {
    pending.delete(tmp);
  }
}

/** A file-system error while writing is the user's to fix (a missing folder, no permission, a full disk). */
function unwritable(target: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (!code) return e;
  const reasons: Record<string, string> = { ENOENT: 'its folder does not exist', EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'the disk is full', EROFS: 'read-only file system', EISDIR: 'it is a folder', ENOTDIR: 'a part of the path is not a folder' };
  return new DiagnosticError([diagnostic({ file: target, line: 0, column: 0 }, 'output-unwritable', { reason: reasons[code] ?? code })]);
}

/** Removes temporary files of writes still under way (called on SIGINT/SIGTERM). */
export function removePendingOutputs(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}
