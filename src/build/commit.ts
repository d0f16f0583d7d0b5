/**
 * Durable in batches. An archive's workers write each PDF to its temporary file and read it back
 * (stageOutput); the main thread makes the files durable: every temporary file synced, then
 * renamed over its target, then each folder synced once for all the renames of the batch — each
 * call on libuv's thread pool, a batch's files side by side, so the main thread stays free to hand
 * the workers their next issues. An issue is reported only after its files are synced, renamed and
 * their folder synced, as writeAtomic does for one file, so "a reported PDF is complete on disk"
 * still holds; what a batch shares is the folder syncs. The issues that finish while a batch is
 * being synced form the next batch.
 */
import { closeSync, constants, openSync } from 'node:fs';
import path from 'node:path';
import { fileIo, folderSyncFailed, refuseNonRegularTarget, removeTemp, unwritable, writtenAs, type Staged, type Written } from './output.js';

/** An issue's files as they are on disk, or why they could not be put there. */
export type Committed = { written: Record<string, Written> } | { error: unknown };

async function sync(file: string): Promise<void> {
  const fd = openSync(file, constants.O_RDONLY);
  try {
    await fileIo.fsync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes the staged files of each issue durable and puts them in place. A failure fails its issue
 * alone: its temporary files are removed and the targets it had not reached keep their content.
 */
export async function commitStaged(issues: Staged[][]): Promise<Committed[]> {
  const errors = new Map<number, unknown>();
  const fail = (i: number, target: string, e: unknown) => {
    if (!errors.has(i)) errors.set(i, unwritable(target, e));
    for (const f of issues[i]!) removeTemp(f.tmp);
  };
  const syncs = issues.flatMap((files, i) => files.map(async (f) => sync(f.tmp).catch((e: unknown) => fail(i, f.target, e))));
  await Promise.all(syncs);
  const folders = new Map<string, number[]>();
  // Each issue's files in order (as writeAtomic would put them), the issues side by side.
  const renames = issues.map(async (files, i) => {
    for (const f of files) {
      if (errors.has(i)) return;
      try {
        refuseNonRegularTarget(f.target);
        await fileIo.rename(f.tmp, f.target);
        const dir = path.dirname(f.target);
        folders.set(dir, [...(folders.get(dir) ?? []), i]);
      } catch (e) {
        fail(i, f.target, e);
      }
    }
  });
  await Promise.all(renames);
  await Promise.all(
    [...folders].map(async ([dir, renamed]) => {
      try {
        await sync(dir);
      } catch (e) {
        if (folderSyncFailed(e)) for (const i of renamed) if (!errors.has(i)) errors.set(i, unwritable(issues[i]![0]!.target, e));
      }
    }),
  );
  return issues.map((files, i) => {
    if (errors.has(i)) return { error: errors.get(i) };
    try {
      return { written: Object.fromEntries(files.map((f) => [f.target, writtenAs(f.target, f.sha256)])) };
    } catch (e) {
      return { error: unwritable(files[0]!.target, e) };
    }
  });
}

/** Commits issues as their workers finish them: those that arrive while a batch is syncing form the next one. */
export class BatchCommitter {
  private queue: { files: Staged[]; done: (c: Committed) => void }[] = [];
  private busy = false;

  commit(files: Staged[]): Promise<Committed> {
    return new Promise((done) => {
      this.queue.push({ files, done });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0);
        let results: Committed[];
        try {
          results = await commitStaged(batch.map((b) => b.files));
        } catch (e) {
          results = batch.map(() => ({ error: e })); // a bug: every issue of the batch hears of it
        }
        batch.forEach((b, i) => b.done(results[i]!));
      }
    } finally {
      this.busy = false;
    }
  }
}
