/**
 * `bulletin build --watch`: build, then watch the folders of the inputs (and of every file the
 * builds read: series, fonts) and build again, incrementally, a moment after files stop changing.
 * Runs until the process is interrupted (Ctrl-C), which removes temporary files and exits. Its own
 * lines carry the time, so a long-running terminal shows when each rebuild happened.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { say } from '../diagnostics/locale.js';
import type { Localised } from '../diagnostics/messages.js';

/** A line of the watch log, after the local time it was written: `[14:03:27] …`. */
export function stamped(line: string, now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `[${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}] ${line}`;
}

const RELEVANT = /\.(ya?ml|otf|ttf|ttc|png|jpe?g)$/iu;
export const DEBOUNCE_MS = 200;

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

/**
 * Runs `rebuild` now and after every relevant change. `rebuild` returns the files the build read,
 * whose folders are watched too.
 */
export async function watchAndBuild(args: string[], rebuild: () => Promise<string[]>, log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<never> {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;

  const watchDir = (dir: string, recursive: boolean) => {
    const key = `${path.resolve(dir)}${recursive ? '/**' : ''}`;
    if (watchers.has(key)) return;
    try {
      const w = watch(path.resolve(dir), { recursive }, (_event, name) => {
        if (name && RELEVANT.test(String(name)) && !String(name).includes('.bulletin-cache')) schedule();
      });
      w.on('error', () => watchers.delete(key));
      watchers.set(key, w);
    } catch {
      /* a folder that does not exist (yet): its issue's build reports the missing file */
    }
  };
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
      const text = (e as { text?: Localised }).text;
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
