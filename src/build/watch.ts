/**
 * `bulletin build --watch`: build, then watch the folders of the inputs (and of every file the
 * builds read: series, fonts) and build again, incrementally, a moment after files stop changing.
 * Runs until the process is interrupted (Ctrl-C), which removes temporary files and exits. Its own
 * lines carry the time, so a long-running terminal shows when each rebuild happened.
 *
 * A watched folder that is replaced (deleted and made again, moved away and another moved in, a
 * checkout that swaps it) would leave its watcher on the old folder, silent for ever: each folder's
 * identity is checked every REARM_MS, and a changed one is watched anew and rebuilt.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import type { MessageId, Params } from '../diagnostics/messages.js';

/** A line of the watch log, after the local time it was written: `[14:03:27] …`. */
export function stamped(line: string, now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `[${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}] ${line}`;
}

const RELEVANT = /\.(ya?ml|otf|ttf|ttc|png|jpe?g)$/iu;
export const DEBOUNCE_MS = 200;
export const REARM_MS = 1000;

/** The folder a glob's static prefix names ("issues/2021/*.yaml" → issues/2021). */
function staticBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/u);
  const i = parts.findIndex((p) => isDynamicPattern(p));
  return parts.slice(0, i === -1 ? parts.length - 1 : i).join('/') || '.';
}

const isFolder = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** A folder's identity (device and inode), or undefined when it is not a folder now. */
const identityOf = (dir: string): string | undefined => {
  try {
    const st = statSync(dir);
    return st.isDirectory() ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Runs `rebuild` now and after every relevant change. `rebuild` returns the files the build read,
 * whose folders are watched too.
 */
export async function watchAndBuild(
  args: string[],
  rebuild: () => Promise<string[]>,
  say: (id: MessageId, params?: Params) => string,
  log: (s: string) => void = (s) => process.stderr.write(`${s}\n`),
): Promise<never> {
  const watchers = new Map<string, { watcher?: FSWatcher; dir: string; recursive: boolean; identity?: string }>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;

  /** Watches `dir` (again, when `renew`); a folder that does not exist yet is kept and retried. */
  const watchDir = (dir: string, recursive: boolean, renew = false) => {
    const key = `${path.resolve(dir)}${recursive ? '/**' : ''}`;
    const known = watchers.get(key);
    if (known && !renew) return;
    known?.watcher?.close();
    const entry: { watcher?: FSWatcher; dir: string; recursive: boolean; identity?: string } = { dir: path.resolve(dir), recursive };
    watchers.set(key, entry);
    const identity = identityOf(entry.dir);
    if (identity === undefined) return; // not there (yet): its issue's build reports the missing file
    try {
      entry.watcher = watch(entry.dir, { recursive }, (_event, name) => {
        if (name && RELEVANT.test(String(name)) && !String(name).includes('.bulletin-cache')) schedule();
      });
      entry.watcher.on('error', () => {
        entry.watcher?.close();
        entry.watcher = undefined;
        entry.identity = undefined; // re-armed by the next check
      });
      entry.identity = identity;
    } catch {
      /* unwatchable now: retried by the next check */
    }
  };
  /** Folders replaced, removed or made since they were watched: watch them anew and build. */
  const rearm = () => {
    let changed = false;
    for (const entry of [...watchers.values()]) {
      if (identityOf(entry.dir) === entry.identity) continue;
      watchDir(entry.dir, entry.recursive, true);
      changed = true;
    }
    if (changed) schedule();
  };
  setInterval(rearm, REARM_MS);
  let first = true;
  const pass = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    if (!first) log(stamped(say('watch-rebuilding')));
    first = false;
    try {
      const read = await rebuild();
      for (const f of read) watchDir(path.dirname(f), false);
    } catch (e) {
      // A usage mistake (no issue left in a folder, ...) carries its catalogue message.
      const text = (e as { text?: { id: MessageId; params: Params } }).text;
      log(stamped(`bulletin: ${text ? say(text.id, text.params) : (e as Error).message}`));
    } finally {
      running = false;
    }
    log(stamped(say('watch-waiting')));
    if (again) {
      again = false;
      schedule();
    }
  };
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void pass(), DEBOUNCE_MS);
  }

  for (const arg of args) {
    if (isDynamicPattern(arg)) watchDir(staticBase(arg), true);
    else if (isFolder(arg)) watchDir(arg, true);
    else watchDir(path.dirname(arg), false); // the folder, not the file: editors save by renaming
  }
  await pass();
  return new Promise<never>(() => {
    /* until interrupted */
  });
}
