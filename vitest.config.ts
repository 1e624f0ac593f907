import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The million-instant reference run has its own config (vitest.reference.config.ts).
    exclude: ['test/**/*.slow.test.ts', 'node_modules/**'],
    pool: 'threads',
    // Generous: CI machines have two cores, and property and reference tests are CPU-bound.
    testTimeout: 30_000,
    globalSetup: ['test/cli/build-once.ts'],
  },
});
