/**
 * Every on-disk cache goes to one folder, $BULLETIN_CACHE_DIR when set: a build (one issue in
 * process, an archive on worker threads) writes nothing under the home folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { userCacheDir } from '../src/cache/folder.js';
import { makeArchive } from './archive-fixtures.js';
import { ROOT, SEED } from './helpers.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under `dir`, relative to it. */
const filesUnder = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort() : [];

describe('the cache folder', () => {
  it('is $BULLETIN_CACHE_DIR, else $XDG_CACHE_HOME/bulletin, else ~/.cache/bulletin', () => {
    expect(userCacheDir({ BULLETIN_CACHE_DIR: '/x/c', XDG_CACHE_HOME: '/y' }, 'linux')).toBe('/x/c');
    expect(userCacheDir({ XDG_CACHE_HOME: '/y' }, 'linux')).toBe('/y/bulletin');
    expect(userCacheDir({ HOME: '/home/u' }, 'linux')).toBe(path.join(os.homedir(), '.cache', 'bulletin'));
  });

  it('holds every cache a build writes, and nothing is written under the home folder', () => {
    const home = path.join(tmp, 'home');
    const cache = path.join(tmp, 'cache');
    mkdirSync(home);
    const env = { ...process.env, HOME: home, BULLETIN_CACHE_DIR: cache, XDG_CACHE_HOME: '', BULLETIN_FONT_CACHE: '' };
    const one = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'bulletin'), 'build', SEED, '-o', path.join(tmp, 'seed.pdf')], { encoding: 'utf8', env });
    expect(one.status, one.stderr).toBe(0);
    const { dir } = makeArchive(2);
    const many = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'bulletin'), 'build', dir, '-j', '2'], { encoding: 'utf8', env });
    expect(many.stdout).toContain('2 built');
    expect(filesUnder(cache)).toEqual(expect.arrayContaining(['file-hashes.json', 'fonts.json']));
    expect(filesUnder(home)).toEqual([]);
  });
});
