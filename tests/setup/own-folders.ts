/**
 * vitest setupFiles: each test file gets its own cache folder and its own temporary folder, and both
 * are removed when the file is done. `BULLETIN_CACHE_DIR` (and XDG_CACHE_HOME, for good measure)
 * point every on-disk cache there — the font scan, the memo of file hashes — so no test reads or
 * writes the user's ~/.cache/bulletin; `TMPDIR` makes os.tmpdir() (of this process and of every CLI
 * it spawns) a folder of this file's, so a temporary folder a test forgets is removed all the same.
 *
 * Test files share worker processes (vitest.config.ts): each file starts from the environment the
 * worker started with, so nothing a file set in process.env — these folders included — reaches
 * the next one.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const worker = globalThis as { bulletinWorkerEnv?: NodeJS.ProcessEnv };
worker.bulletinWorkerEnv ??= { ...process.env };
const initial = worker.bulletinWorkerEnv;
// vitest's own variables (VITEST_*) are its business: it sets them for each file.
for (const key of Object.keys(process.env)) if (!(key in initial) && !key.startsWith('VITEST')) delete process.env[key];
for (const [key, value] of Object.entries(initial)) if (!key.startsWith('VITEST')) process.env[key] = value;

const root = mkdtempSync(path.join(os.tmpdir(), 'bulletin-test-'));
const cache = path.join(root, 'cache');
const tmp = path.join(root, 'tmp');
mkdirSync(cache);
mkdirSync(tmp);
process.env.BULLETIN_CACHE_DIR = cache;
process.env.XDG_CACHE_HOME = cache;
delete process.env.BULLETIN_FONT_CACHE;
process.env.TMPDIR = tmp;

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});
