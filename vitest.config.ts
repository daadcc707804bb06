import { defineConfig } from 'vitest/config';

// VITEST_JSON=path also writes a JSON report (used by .ci/run for its "N passed, N failed" line).
const json = process.env.VITEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real Meilisearch for the whole run, in a temporary directory on a free port.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // 2-core machines: files run in parallel, but not so many that the engine starves.
    maxWorkers: 2,
    reporters: json ? ['default', 'json'] : ['default'],
    outputFile: json ? { json } : undefined,
  },
});
