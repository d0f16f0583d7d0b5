import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // dist/ built once, before any file, unless its build stamp says it is fresh (tests that spawn
    // bin/bulletin or start workers run it).
    globalSetup: ['tests/setup/build-dist.ts'],
    // Each file: its own cache folder ($BULLETIN_CACHE_DIR) and temporary folder, removed after it.
    setupFiles: ['tests/setup/own-folders.ts'],
    // One test file per core. vitest's default for `run` is one core fewer — a single worker on a
    // 2-core machine, which ran the whole suite file after file on one core.
    maxWorkers: os.availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
