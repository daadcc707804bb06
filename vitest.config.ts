import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real Meilisearch for the whole run, in a temporary directory on a free port.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // 2-core machines: files run in parallel, but not so many that the engine starves.
    maxWorkers: 2,
  },
});
