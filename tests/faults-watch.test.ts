/**
 * Fault injection, --watch: the watched folder replaced under a running watch (moved away and a new
 * one made in its place, as a checkout or a sync tool does) is watched anew — the new folder's issue
 * is built — instead of the watch going silent on the old folder for ever.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HANG_GUARD_MS, SERIES, issueWith, scratch } from './faults-helpers.js';
import { ROOT } from './helpers.js';

const work = scratch('watch');
afterAll(() => work.done());

/** Resolves when `check` holds, polling; rejects after the hang guard (a hang, not a timing assertion). */
const until = (check: () => boolean, what: () => string) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const tick = setInterval(() => {
      if (check()) {
        clearInterval(tick);
        resolve();
      } else if (Date.now() - started > HANG_GUARD_MS) {
        clearInterval(tick);
        reject(new Error(what()));
      }
    }, 100);
  });

describe('--watch', () => {
  it('a watched folder replaced by another: the new one is watched and its issue built', async () => {
    const dir = path.join(work.dir, 'issues');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'bulletin.yaml'), SERIES);
    writeFileSync(path.join(dir, 'a.yaml'), issueWith());
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'bulletin'), 'build', dir, '--watch', '-j', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    try {
      await until(() => (log.match(/watching for changes/gu) ?? []).length >= 1, () => `no first pass: ${log}`);
      expect(existsSync(path.join(dir, 'a.pdf'))).toBe(true);
      renameSync(dir, path.join(work.dir, 'old-issues'));
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'bulletin.yaml'), SERIES);
      writeFileSync(path.join(dir, 'b.yaml'), issueWith());
      await until(() => existsSync(path.join(dir, 'b.pdf')), () => `the new folder was never built: ${log}`);
      // And it keeps watching it: an issue added later is built too.
      writeFileSync(path.join(dir, 'c.yaml'), issueWith());
      await until(() => existsSync(path.join(dir, 'c.pdf')), () => `a file added to the new folder was never built: ${log}`);
    } finally {
      child.kill('SIGINT');
    }
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(130);
  });
});
