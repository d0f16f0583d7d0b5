/**
 * Start-up: bin/bulletin runs the CommonJS bundle through bin/load-bundle.cjs with V8's code cache.
 * The cache is an optimisation only: missing or rejected (garbage, another Node), the bundle is
 * compiled from source and builds the same PDF. A package installed without caches beside its
 * bundle keeps one in the user's cache folder, made by its first run.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SEED } from './helpers.js';

const LOADER = path.join(ROOT, 'bin', 'load-bundle.cjs');
const { cacheFile } = createRequire(import.meta.url)(LOADER) as { cacheFile(name: string): string };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'startup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Builds the seed through the loader with `cachePath`; returns how the cache fared and the PDF. */
function buildWith(cachePath: string, out: string): { cache: string; pdf: Buffer } {
  const script = `const status = {};
    require(${JSON.stringify(LOADER)}).load('bulletin', { cachePath: ${JSON.stringify(cachePath)}, status })
      .main(['node', 'bulletin', 'build', ${JSON.stringify(SEED)}, '-o', ${JSON.stringify(out)}, '--force', '-q'])
      .then(() => { process.stdout.write(status.cache); });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { cache: r.stdout, pdf: readFileSync(out) };
}

describe('the bundle and its code cache', () => {
  it('npm run build made a code cache for this Node, and the CLI uses it', () => {
    expect(existsSync(cacheFile('bulletin'))).toBe(true);
    expect(existsSync(cacheFile('worker'))).toBe(true);
    expect(buildWith(cacheFile('bulletin'), path.join(tmp, 'used.pdf')).cache).toBe('used');
  });

  it('falls back to compiling the bundle when the cache is rejected or missing: the same PDF', () => {
    const garbage = path.join(tmp, 'garbage.v8cache');
    writeFileSync(garbage, Buffer.alloc(4096, 7));
    const used = buildWith(cacheFile('bulletin'), path.join(tmp, 'a.pdf'));
    const rejected = buildWith(garbage, path.join(tmp, 'b.pdf'));
    const missing = buildWith(path.join(tmp, 'none.v8cache'), path.join(tmp, 'c.pdf'));
    expect([rejected.cache, missing.cache]).toEqual(['rejected', 'missing']);
    expect(rejected.pdf.equals(used.pdf)).toBe(true);
    expect(missing.pdf.equals(used.pdf)).toBe(true);
  });
});

describe('what the bundle keeps beside it', () => {
  it("fontkit's brotli (WOFF2 fonts), a file of its own read on first use, decodes what Node's brotli encodes", () => {
    const decompress = createRequire(import.meta.url)(path.join(ROOT, 'dist', 'bundle', 'brotli.cjs')) as (data: Uint8Array, size: number) => Uint8Array;
    const text = Buffer.from('河南省科协党史学习教育简报 bulletin '.repeat(200));
    expect(Buffer.from(decompress(brotliCompressSync(text), text.length)).equals(text)).toBe(true);
  });
});

/** A copy of the package as `npm pack` installs it: the bundles without their code caches. */
function installedCopy(): string {
  const pkg = path.join(tmp, 'installed');
  mkdirSync(path.join(pkg, 'dist', 'bundle'), { recursive: true });
  mkdirSync(path.join(pkg, 'bin'));
  copyFileSync(LOADER, path.join(pkg, 'bin', 'load-bundle.cjs'));
  for (const f of readdirSync(path.join(ROOT, 'dist', 'bundle')).filter((f) => f.endsWith('.cjs'))) copyFileSync(path.join(ROOT, 'dist', 'bundle', f), path.join(pkg, 'dist', 'bundle', f));
  for (const f of ['package.json', 'fonts', 'dictionary', 'node_modules']) symlinkSync(path.join(ROOT, f), path.join(pkg, f));
  symlinkSync(path.join(ROOT, 'dist', 'face-cache'), path.join(pkg, 'dist', 'face-cache'));
  return pkg;
}

/** Runs `args` through the installed copy's loader with its own user cache folder; how the cache fared. */
function runInstalled(pkg: string, userCache: string, args: string[]): { cache: string; where: string } {
  const script = `const status = {};
    require(${JSON.stringify(path.join(pkg, 'bin', 'load-bundle.cjs'))}).load('bulletin', { status })
      .main(['node', 'bulletin', ...${JSON.stringify(args)}])
      .then(() => { process.stderr.write(JSON.stringify(status)); });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, BULLETIN_CACHE_DIR: userCache } });
  expect(r.status).toBe(0);
  return JSON.parse(r.stderr) as { cache: string; where: string };
}

describe('the code cache of an installed package', () => {
  it('is made in the user cache folder by the first run, used by the next, made again when rejected: the same PDF', () => {
    const pkg = installedCopy();
    const userCache = path.join(tmp, 'user-cache');
    expect(runInstalled(pkg, userCache, ['--version'])).toEqual({ cache: 'missing', where: 'user' });
    const made = readdirSync(path.join(userCache, 'code'));
    expect(made).toEqual([expect.stringMatching(new RegExp(`^bulletin\\.${process.version.replace(/\./gu, '\\.')}-${process.arch}\\.\\d+-\\d+\\.v8cache$`, 'u'))]);

    const out = path.join(tmp, 'installed.pdf');
    expect(runInstalled(pkg, userCache, ['build', SEED, '-o', out, '--force', '-q'])).toEqual({ cache: 'used', where: 'user' });
    expect(readFileSync(out).equals(buildWith(cacheFile('bulletin'), path.join(tmp, 'beside.pdf')).pdf)).toBe(true);

    writeFileSync(path.join(userCache, 'code', made[0]!), Buffer.alloc(4096, 7));
    expect(runInstalled(pkg, userCache, ['--version'])).toEqual({ cache: 'rejected', where: 'user' });
    expect(runInstalled(pkg, userCache, ['--version'])).toEqual({ cache: 'used', where: 'user' });
  });
});
