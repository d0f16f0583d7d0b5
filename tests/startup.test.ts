/**
 * Start-up: bin/bulletin runs the CommonJS bundle through bin/load-bundle.cjs with V8's code cache.
 * The cache is an optimisation only: missing or rejected (garbage, another Node), the bundle is
 * compiled from source and builds the same PDF.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
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
