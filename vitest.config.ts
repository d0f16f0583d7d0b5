import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // dist/ built once, before any file (tests that spawn bin/bulletin or start workers run it).
    globalSetup: ['tests/setup/build-dist.ts'],
    // Each file: its own cache folder ($BULLETIN_CACHE_DIR) and temporary folder, removed after it.
    setupFiles: ['tests/setup/own-folders.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
