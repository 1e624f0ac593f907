import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The million-instant reference run has its own config (vitest.reference.config.ts).
    exclude: ['test/**/*.slow.test.ts', 'node_modules/**'],
    pool: 'threads',
    globalSetup: ['test/cli/build-once.ts'],
  },
});
