import os from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files that need a process of their own: they assert on what is loaded into it (the module
 * cache), which files run before them in a shared worker would change.
 */
const OWN_PROCESS = ['tests/title-lazy.test.ts'];

export default defineConfig({
  test: {
    // dist/ built once, before any file, unless its build stamp says it is fresh (tests that spawn
    // bin/bulletin or start workers run it).
    globalSetup: ['tests/setup/build-dist.ts'],
    // Each file: its own cache folder ($BULLETIN_CACHE_DIR) and temporary folder, removed after it,
    // and the worker's starting environment.
    setupFiles: ['tests/setup/own-folders.ts'],
    // One test file per core. vitest's default for `run` is one core fewer — a single worker on a
    // 2-core machine, which ran the whole suite file after file on one core.
    maxWorkers: os.availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        // Files run one after another in long-lived workers: a fresh process for each file cost
        // more CPU than a third of the suite (pdfkit, fontkit, pdfjs and our modules loaded again
        // and again). A test must not rely on module state another file left behind.
        test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: OWN_PROCESS, isolate: false },
      },
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS, isolate: true } },
    ],
  },
});
